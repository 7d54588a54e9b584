/**
 * The search quality table: what people type, and the page(s) that must come back in the top 3 of /search/.
 * Three kinds: unit short names (alias), residents' everyday words (everyday, see content/reviewed/search-synonyms.json) and
 * words of the text (term). Alias rows are built from the registry and the open data (every measure that names the
 * unit), so they cannot drift from the text.
 */
import { departmentPath, measurePath } from '../src/site/routes.ts';

export type QueryKind = 'alias' | 'everyday' | 'term' | 'no-match' | 'prefix' | 'topic';

export interface QualityRow {
  query: string;
  kind: QueryKind;
  /** Every one of these paths must be among the first 3 results. */
  inTop3?: string[];
  /** This path must be the first result. */
  first?: string;
  /** The first 3 results (or all, if fewer) must all come from these paths. */
  top3Within?: string[];
  /** Every one of these paths must be among the first 10 results. */
  inTop10?: string[];
  /** Nothing is found, and the page says what to try instead. */
  none?: true;
  /** No unit page (/departments/…) comes before any measure that is found. */
  measuresBeforeUnitPages?: true;
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

/**
 * Strings the plan does not contain but page furniture did (a hotline, the build year in the citation box, the copy
 * buttons, the URL): nothing may come back.
 */
export const noMatchRows: QualityRow[] = [
  '12333',
  '2026',
  '复制',
  '复制链接',
  '参考文献',
  'localhost',
  'http',
  '下岗',
].map((query) => ({ query, kind: 'no-match', none: true }));

/**
 * Recall: pages Pagefind itself finds that the search page must keep. A query that is a prefix of the text's word
 * (残疾人 → 残疾人员 in measure 5), a word whose group has other names in the text (农民工 → 农村劳动力 in
 * measure 5), a word of which the text has the parts (养老金 → 基本养老保险 in 18; 医疗救助 → 医疗 … 救助 in 13).
 */
export const prefixRows: QualityRow[] = [
  { query: '残疾人', kind: 'prefix', inTop10: [m(5), m(13)], measuresBeforeUnitPages: true },
  { query: '农民工', kind: 'prefix', inTop10: [m(5), m(6), m(10)], measuresBeforeUnitPages: true },
  { query: '养老金', kind: 'prefix', inTop10: [m(12), m(18)], measuresBeforeUnitPages: true },
  { query: '医疗救助', kind: 'prefix', inTop10: [m(12), m(13)], measuresBeforeUnitPages: true },
];

/** Topic words that unit pages and the matrix also mention: the measures come first. */
export const topicRows: QualityRow[] = [
  { query: '枸杞', kind: 'topic', first: m(1), inTop3: [m(16)], measuresBeforeUnitPages: true },
  { query: '滩羊', kind: 'topic', inTop3: [m(1), m(14), m(16)], measuresBeforeUnitPages: true },
  { query: '肉牛', kind: 'topic', inTop3: [m(1)], measuresBeforeUnitPages: true },
  { query: '财政', kind: 'topic', measuresBeforeUnitPages: true },
  { query: '就业', kind: 'topic', inTop10: [m(5), m(6), m(7)], measuresBeforeUnitPages: true },
];

/** The text of a measure in the open data (dist/data/measures.json). */
export interface MeasureRecord {
  number: number;
  title: string;
  text: string;
}

/**
 * Topic words taken from the text itself: each word (two or more characters, as the browser splits it) of each
 * measure's title that at most three measures' texts use. The title's own measure must be among the first 3, and
 * every measure whose text uses the word among the first 10. Built from the open data, so it follows the text.
 */
export function titleWordRows(measures: readonly MeasureRecord[]): QualityRow[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const rows = new Map<string, QualityRow>();
  for (const measure of measures) {
    for (const { segment: word, isWordLike } of segmenter.segment(measure.title)) {
      if (!isWordLike || Array.from(word).length < 2 || rows.has(word)) continue;
      const using = measures.filter((x) => x.text.includes(word)).map((x) => m(x.number));
      if (using.length > 3 || !using.includes(m(measure.number))) continue;
      rows.set(word, { query: word, kind: 'topic', inTop3: [m(measure.number)], inTop10: using });
    }
  }
  return [...rows.values()];
}

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

/**
 * Unit pages (/departments/<id>/): every name a person types for a unit — each registry alias, and 市 + alias for a
 * 市 unit (市人社局) — puts that unit's page first.
 */
export function unitPageRows(departments: readonly DepartmentRecord[]): QualityRow[] {
  const city = '\u5e02';
  return departments.flatMap((unit) => {
    const typed = [
      ...unit.aliases,
      ...(unit.name.startsWith(city) ? unit.aliases.filter((a) => !a.startsWith(city)).map((a) => city + a) : []),
    ];
    return [...new Set(typed)].map((query): QualityRow => ({ query, kind: 'alias', first: departmentPath(unit.id) }));
  });
}
