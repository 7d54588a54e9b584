/**
 * The search quality table: what people type, and the page(s) that must come back in the top 3 of /search/.
 * Three kinds: unit short names (alias), residents' everyday words (everyday, see src/lib/search-synonyms.ts) and
 * words of the text (term). Alias rows are built from the registry and the open data (every measure that names the
 * unit), so they cannot drift from the text.
 */
import { departmentPath, measurePath } from '../src/lib/open-data.ts';

export type QueryKind = 'alias' | 'everyday' | 'term';

export interface QualityRow {
  query: string;
  kind: QueryKind;
  /** Every one of these paths must be among the first 3 results. */
  inTop3?: string[];
  /** This path must be the first result. */
  first?: string;
  /** The first 3 results (or all, if fewer) must all come from these paths. */
  top3Within?: string[];
}

const m = measurePath;

/** Everyday words → the measure whose text uses the plan's word for it. */
export const everydayRows: QualityRow[] = [
  { query: '租房', kind: 'everyday', first: m(11) },
  { query: '找工作', kind: 'everyday', inTop3: [m(5)] },
  { query: '创业贷款', kind: 'everyday', first: m(6) },
  { query: '退休金', kind: 'everyday', first: m(12) },
  { query: '讨薪', kind: 'everyday', first: m(10) },
  { query: '涨工资', kind: 'everyday', inTop3: [m(8)] },
  { query: '社保', kind: 'everyday', inTop3: [m(12)] },
  { query: '看病', kind: 'everyday', inTop3: [m(12)] },
  { query: '种地补贴', kind: 'everyday', first: m(18) },
  { query: '开网店', kind: 'everyday', inTop3: [m(4)] },
  { query: '个体户', kind: 'everyday', first: m(6) },
  { query: '退伍军人', kind: 'everyday', inTop3: [m(6)] },
  { query: '送外卖', kind: 'everyday', first: m(7) },
  { query: '夜市', kind: 'everyday', first: m(4) },
  { query: '存钱', kind: 'everyday', first: m(11) },
  { query: '农家乐', kind: 'everyday', first: m(14) },
  { query: '养羊', kind: 'everyday', inTop3: [m(16)] },
  { query: '贫困户', kind: 'everyday', inTop3: [m(19)] },
  { query: '学技术', kind: 'everyday', inTop3: [m(7)] },
  { query: '应届生', kind: 'everyday', inTop3: [m(5)] },
];

/** Words of the text → the measure that says them (Chinese segmentation of multi-character policy terms). */
export const termRows: QualityRow[] = [
  { query: '滩羊', kind: 'term', inTop3: [m(16)] },
  { query: '冷凉蔬菜', kind: 'term', first: m(1) },
  { query: '公益性岗位', kind: 'term', first: m(5) },
  { query: '创业担保贷款', kind: 'term', first: m(6) },
  { query: '以工代赈', kind: 'term', first: m(3) },
  { query: '宅基地', kind: 'term', first: m(17) },
  { query: '最低工资', kind: 'term', first: m(8) },
  { query: '消费券', kind: 'term', first: m(4) },
  { query: '闽宁协作', kind: 'term', first: m(19) },
  { query: '低保', kind: 'term', inTop3: [m(13)] },
  { query: '电子劳动合同', kind: 'term', first: m(10) },
  { query: '家庭农场', kind: 'term', first: m(15) },
  { query: '养老保险', kind: 'term', inTop3: [m(12)] },
  { query: '高校毕业生', kind: 'term', inTop3: [m(5)] },
  { query: '耕地地力保护补贴', kind: 'term', first: m(18) },
  { query: '夜间经济', kind: 'term', first: m(4) },
];

/** A unit in the open data (dist/data/departments.json). */
export interface DepartmentRecord {
  id: string;
  name: string;
  aliases: string[];
  measures: { number: number; role: string }[];
  safeguards: number[];
}

/** Short names that people type for units (the five, and more): the measures naming the unit come first. */
export const MEASURE_ALIAS_QUERIES = [
  '人社局',
  '发改委',
  '工信局',
  '市场监管局',
  '医保局',
  '住建局',
  '文旅局',
  '卫健委',
  '退役军人局',
  '商务局',
  '金融局',
];

const unitOf = (departments: readonly DepartmentRecord[], alias: string): DepartmentRecord => {
  const unit = departments.find((d) => d.aliases.includes(alias));
  if (!unit) throw new Error(`no unit in the registry has the alias ${alias}`);
  return unit;
};

/**
 * Alias → the first 3 results are measures that name the unit (or the unit's own page, once it exists). Works
 * without the unit pages.
 */
export function measureAliasRows(departments: readonly DepartmentRecord[]): QualityRow[] {
  return MEASURE_ALIAS_QUERIES.map((query) => {
    const unit = unitOf(departments, query);
    // The pages that name the unit: its own page, its measures and, where the safeguards name it, /safeguards/.
    const safeguards = unit.safeguards.length > 0 ? ['/safeguards/'] : [];
    return {
      query,
      kind: 'alias',
      top3Within: [departmentPath(unit.id), ...unit.measures.map((x) => m(x.number)), ...safeguards],
    };
  });
}

/** The five: each must return its unit's page first. */
export const UNIT_FIRST_ALIASES = ['人社局', '发改委', '工信局', '市场监管局', '医保局'];

/**
 * Unit pages (/departments/<id>/, issue 4): every alias in the registry finds its unit's page in the top 3, and the
 * issue's five put it first. These rows need the unit pages to exist; see the condition in search.test.ts.
 */
export function unitPageRows(departments: readonly DepartmentRecord[]): QualityRow[] {
  return departments.flatMap((unit) =>
    unit.aliases.map((query): QualityRow => {
      const page = departmentPath(unit.id);
      return UNIT_FIRST_ALIASES.includes(query)
        ? { query, kind: 'alias', first: page }
        : { query, kind: 'alias', inTop3: [page] };
    }),
  );
}
