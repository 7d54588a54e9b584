import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import type { Target } from '../model.ts';
import {
  auditNumbers,
  extractTargets,
  parseOverrides,
  TARGET_OVERRIDES_FILE,
  targetOverridesSchema,
  validateTargetOverrides,
  type TargetOverride,
} from '../targets.ts';
import { normalizeText, splitFirstSentence } from '../text.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedLines = readFileSync(`${root}seeds/wuzhong-income-plan-2023-2027.txt`, 'utf8').split(/\r?\n/u);
const overridesData: unknown = JSON.parse(readFileSync(`${root}content/target-overrides.json`, 'utf8'));

/** A measure's body as the parser hands it over: title sentence and (责任单位:…) dropped, whitespace normalised. */
function measureBody(n: number): { text: string; line: number }[] {
  const i = seedLines.findIndex((l) => new RegExp(`^${n}\\.\\s*\\S`, 'u').test(l));
  if (i < 0) throw new Error(`measure ${n} not found`);
  const text = normalizeText(seedLines[i]!.replace(/^\d+\.\s*/u, '')).replace(/(责任单位:[^)]*)$/u, '');
  const body = splitFirstSentence(text)!.rest;
  return [{ text: body, line: i + 1 }];
}

const MEASURES = Array.from({ length: 20 }, (_, k) => ({ number: k + 1, paragraphs: measureBody(k + 1) }));
const overrides = validateTargetOverrides('content/target-overrides.json', overridesData, MEASURES);
const byMeasure = new Map(MEASURES.map((m) => [m.number, extractTargets(m.number, m.paragraphs, overrides)]));
const all: Target[] = [...byMeasure.values()].flat();

type Row = [
  id: string,
  indicator: string,
  value: number,
  unit: string,
  cmp: string,
  tf: string,
  year: number | null,
  kind: string,
  statement: string,
];
const row = (t: Target): Row => [
  t.id,
  t.indicator,
  t.value,
  t.unit,
  t.comparator,
  t.timeframe,
  t.year,
  t.kind,
  t.statement,
];

/**
 * Every commitment of measures 1–20 of the seed: 55 records.
 * Per measure: 1 → 14, 2 → 6, 3 → 0, 4 → 2, 5 → 12, 6 → 6, 7 → 3, 8–11 → 0, 12 → 1, 13 → 1, 14 → 5, 15 → 1, 16 → 0,
 * 17 → 1, 18 → 3, 19 → 0, 20 → 0.
 *
 * Decisions worth stating:
 * - measure 5's “1311” service (至少提供1次职业指导、3次岗位信息推送、1次免费职业技能培训和就业见习,每月至少进行1次跟踪服务) is
 *   four standards, what each 困难人员 is owed (≥, 次; the monthly follow-up as 次/月). The name “1311” itself is not.
 * - measure 5's 稳定就业6个月以上 is the condition of the 200元/人 subsidy, not a commitment: it stays inside that
 *   standard's statement. Same for measure 6's 毕业5年内 (condition of the 30万元 cap).
 * - measure 13's 1.5倍 is the condition of 低保边缘 status, but the consequence has no number of its own, so the
 *   threshold IS the standard (≤: 低于).
 * - measure 17's 再延长30年 is a standard (the term a household's contract is extended by); its indicator comes from
 *   content/target-overrides.json.
 * - 90% (特色产业产值占农业总产值的比重) is a record in measure 1 (用5年时间, over-years) and again in 14 (到2027年, by-year).
 * Numbers left out are listed in the `audit` test below.
 */
const EXPECTED: Row[] = [
  [
    't-1-1',
    '特色产业产值占农业总产值的比重',
    90,
    '%',
    '≥',
    'over-years',
    null,
    'target',
    '全市特色产业产值占农业总产值的比重达到90%以上',
  ],
  ['t-1-2', '酿酒葡萄基地规模', 50, '万亩', '=', 'by-year', 2027, 'target', '到2027年全市酿酒葡萄基地规模达到50万亩'],
  ['t-1-3', '酿酒葡萄综合产值', 500, '亿元', '=', 'by-year', 2027, 'target', '综合产值达500亿元'],
  ['t-1-4', '枸杞种植面积', 11.2, '万亩', '=', 'by-year', 2027, 'target', '枸杞种植面积稳定在11.2万亩'],
  ['t-1-5', '枸杞全产业链产值', 15, '亿元', '=', 'by-year', 2027, 'target', '全产业链产值达15亿元'],
  ['t-1-6', '奶牛存栏', 45, '万头', '=', 'by-year', 2027, 'target', '奶牛存栏45万头'],
  ['t-1-7', '牛奶产业全产业链产值', 400, '亿元', '=', 'by-year', 2027, 'target', '牛奶产业全产业链产值达400亿元'],
  ['t-1-8', '肉牛饲养量', 62.2, '万头', '=', 'by-year', 2027, 'target', '肉牛饲养量达到62.2万头'],
  ['t-1-9', '肉牛全产业链产值', 143, '亿元', '=', 'by-year', 2027, 'target', '全产业链产值达143亿元'],
  ['t-1-10', '滩羊饲养量', 836, '万只', '=', 'by-year', 2027, 'target', '滩羊饲养量达到836万只'],
  ['t-1-11', '滩羊全产业链产值', 189, '亿元', '=', 'by-year', 2027, 'target', '全产业链产值达189亿元'],
  ['t-1-12', '蔬菜面积', 57, '万亩', '≥', 'by-year', 2027, 'target', '蔬菜面积达到57万亩以上'],
  ['t-1-13', '蔬菜总产量', 150, '万吨', '≥', 'by-year', 2027, 'target', '总产量达150万吨以上'],
  ['t-1-14', '蔬菜总产值', 50, '亿元', '=', 'by-year', 2027, 'target', '总产值达50亿元'],
  ['t-2-1', '新培育“瞪羚”企业', 10, '家', '=', 'by-year', 2027, 'target', '到2027年新培育“瞪羚”企业10家'],
  [
    't-2-2',
    '“专精特新”中小企业及“小巨人”企业',
    30,
    '家',
    '≥',
    'by-year',
    2027,
    'target',
    '“专精特新”中小企业及“小巨人”企业超过30家',
  ],
  ['t-2-3', '市场主体总量', 14.8, '万户', '=', 'by-year', 2027, 'target', '市场主体总量达到14.8万户'],
  ['t-2-4', '新增入规工业企业', 20, '户', '≥', 'per-year', null, 'target', '力争每年新增入规工业企业20户以上'],
  ['t-2-5', '新增上市企业', 3, '家', '=', 'by-year', 2027, 'target', '到2027年新增上市企业3家'],
  ['t-2-6', '新增新三板挂牌企业', 5, '家', '≈', 'by-year', 2027, 'target', '新三板挂牌企业5家左右'],
  ['t-4-1', '网络交易额增长', 8, '%', '≥', 'annual-average', 2027, 'target', '到2027年全市网络交易额年均增长8%以上'],
  ['t-4-2', '社会物流总额增长', 8.5, '%', '≥', 'annual-average', 2027, 'target', '社会物流总额年均增长8.5%以上'],
  ['t-5-1', '城镇新增就业', 1, '万人', '≥', 'annual-average', null, 'target', '全市城镇新增就业年均达到1万人以上'],
  ['t-5-2', '城镇调查失业率', 5.5, '%', '≤', 'none', null, 'target', '城镇调查失业率控制在5.5%以内'],
  [
    't-5-3',
    '应届高校毕业生总体就业率',
    90,
    '%',
    '≥',
    'per-year',
    null,
    'target',
    '应届高校毕业生总体就业率每年保持在90%以上',
  ],
  [
    't-5-4',
    '农村劳动力转移就业',
    18,
    '万人',
    '≥',
    'annual-average',
    null,
    'target',
    '农村劳动力转移就业年均达到18万人以上',
  ],
  [
    't-5-5',
    '工资收入占农村居民可支配收入比重',
    45,
    '%',
    '≥',
    'none',
    null,
    'target',
    '工资收入占农村居民可支配收入比重达到45%以上',
  ],
  [
    't-5-6',
    '劳务经纪人能力提升培训',
    200,
    '人',
    '=',
    'per-year',
    null,
    'target',
    '每年开展劳务经纪人能力提升培训200人',
  ],
  [
    't-5-7',
    '服务补贴(劳务中介组织、劳务经纪人)',
    200,
    '元/人',
    '=',
    'none',
    null,
    'standard',
    '对组织农村转移劳动力到企业稳定就业6个月以上的,按规定给予劳务中介组织、劳务经纪人200元/人服务补贴',
  ],
  ['t-5-8', '职业指导', 1, '次', '≥', 'none', null, 'standard', '开展至少提供1次职业指导'],
  ['t-5-9', '岗位信息推送', 3, '次', '≥', 'none', null, 'standard', '3次岗位信息推送'],
  ['t-5-10', '免费职业技能培训和就业见习', 1, '次', '≥', 'none', null, 'standard', '1次免费职业技能培训和就业见习'],
  ['t-5-11', '跟踪服务', 1, '次/月', '≥', 'none', null, 'standard', '每月至少进行1次跟踪服务的“1311”公共就业服务'],
  ['t-5-12', '公益性岗位', 1500, '个', '=', 'per-year', null, 'target', '全市每年开发购买1500个公益性岗位'],
  [
    't-6-1',
    '创业担保贷款(创业个人)',
    20,
    '万元',
    '≤',
    'none',
    null,
    'standard',
    '对创业个人最高给予20万元创业担保贷款',
  ],
  [
    't-6-2',
    '创业担保贷款(毕业5年内在我区创业的大学生)',
    30,
    '万元',
    '≤',
    'none',
    null,
    'standard',
    '(对毕业5年内在我区创业的大学生提高到30万元)',
  ],
  [
    't-6-3',
    '创业担保贷款(合伙创业和小微企业)',
    300,
    '万元',
    '≤',
    'none',
    null,
    'standard',
    '对合伙创业和小微企业最高给予300万元创业担保贷款',
  ],
  ['t-6-4', '新培育创业实体', 2000, '个', '=', 'per-year', 2027, 'target', '到2027年每年新培育创业实体2000个'],
  ['t-6-5', '创造新岗位', 3000, '个', '=', 'per-year', 2027, 'target', '创造新岗位3000个'],
  ['t-6-6', '创业带动就业', 1, '万人次', '≥', 'per-year', 2027, 'target', '创业带动就业1万人次以上'],
  ['t-7-1', '补贴性职业技能培训', 7000, '人次', '=', 'per-year', null, 'target', '每年开展补贴性职业技能培训7000人次'],
  ['t-7-2', '培训高素质农民', 400, '人', '=', 'per-year', null, 'target', '培训高素质农民400人'],
  [
    't-7-3',
    '线上线下招聘活动',
    100,
    '场次',
    '≥',
    'per-year',
    2027,
    'target',
    '到2027年每年开展线上线下招聘活动100场次以上',
  ],
  ['t-12-1', '调增城乡居民基础养老金', 5, '元', '=', 'per-year', null, 'standard', '每年调增城乡居民基础养老金5元'],
  [
    't-13-1',
    '人均收入与低保标准之比',
    1.5,
    '倍',
    '≤',
    'none',
    null,
    'standard',
    '对扣减刚性支出后,人均收入低于低保标准1.5倍的家庭,纳入低保边缘群体管理',
  ],
  [
    't-14-1',
    '特色产业产值占农业总产值的比重',
    90,
    '%',
    '≥',
    'by-year',
    2027,
    'target',
    '全市特色产业产值占农业总产值的比重达到90%以上',
  ],
  [
    't-14-2',
    '特色产业收入占农民收入比重',
    45,
    '%',
    '≥',
    'by-year',
    2027,
    'target',
    '特色产业收入占农民收入比重达到45%以上',
  ],
  [
    't-14-3',
    '培育国家级农业产业化龙头企业',
    4,
    '家',
    '=',
    'by-year',
    2027,
    'target',
    '培育国家级农业产业化龙头企业4家',
  ],
  [
    't-14-4',
    '自治区级农业产业化龙头企业',
    120,
    '家',
    '=',
    'by-year',
    2027,
    'target',
    '自治区级农业产业化龙头企业120家',
  ],
  ['t-14-5', '农产品加工转化率', 81, '%', '≥', 'by-year', 2027, 'target', '农产品加工转化率达到81%以上'],
  ['t-15-1', '培育各类经营主体', 3100, '家', '≥', 'by-year', 2027, 'target', '培育各类经营主体3100家以上'],
  [
    't-17-1',
    '农村土地承包二轮到期后再延长期限',
    30,
    '年',
    '=',
    'none',
    null,
    'standard',
    '稳慎推进农村土地承包二轮到期后再延长30年试点',
  ],
  [
    't-18-1',
    '乡村振兴衔接资金用于产业发展的比例',
    55,
    '%',
    '≥',
    'per-year',
    null,
    'target',
    '乡村振兴衔接资金用于产业发展的比例不低于55%并逐年增加',
  ],
  ['t-18-2', '乡村振兴重点帮扶县', 3, '个', '=', 'none', null, 'target', '加强对3个乡村振兴重点帮扶县'],
  ['t-18-3', '重点帮扶移民村(社区)', 96, '个', '=', 'none', null, 'target', '96个重点帮扶移民村(社区)的倾斜投入'],
];

const find = (measure: number, statement: string, value?: number) => {
  const hits = byMeasure
    .get(measure)!
    .filter((t) => t.statement.includes(statement) && (value === undefined || t.value === value));
  expect(hits, `measure ${measure}: ${statement}`).toHaveLength(1);
  return hits[0]!;
};

describe('extractTargets on the real seed', () => {
  it('finds the 55 commitments of measures 1–20, each with exactly the fields listed', () => {
    expect(all.length).toBe(55);
    expect(all.map(row)).toEqual(EXPECTED);
  });

  it('measure 1: the six 六特 industries and the 90% share', () => {
    const m1 = byMeasure.get(1)!;
    expect(m1.map((t) => [t.value, t.unit])).toEqual([
      [90, '%'],
      [50, '万亩'],
      [500, '亿元'], // 葡萄
      [11.2, '万亩'],
      [15, '亿元'], // 枸杞
      [45, '万头'],
      [400, '亿元'], // 牛奶
      [62.2, '万头'],
      [143, '亿元'], // 肉牛
      [836, '万只'],
      [189, '亿元'], // 滩羊
      [57, '万亩'],
      [150, '万吨'],
      [50, '亿元'], // 蔬菜
    ]);
    expect(find(1, '综合产值达500亿元')).toMatchObject({
      indicator: '酿酒葡萄综合产值',
      timeframe: 'by-year',
      year: 2027,
      kind: 'target',
    });
    expect(find(1, '蔬菜面积达到57万亩以上').comparator).toBe('≥');
    expect(find(1, '总产量达150万吨以上')).toMatchObject({ comparator: '≥', indicator: '蔬菜总产量' });
    expect(find(1, '总产值达50亿元')).toMatchObject({ comparator: '=', indicator: '蔬菜总产值' });
    expect(find(1, '比重达到90%以上')).toMatchObject({ comparator: '≥', timeframe: 'over-years', year: null });
  });

  it('measure 2: enterprises, 市场主体, and the two-record listing clause', () => {
    expect(find(2, '“瞪羚”企业10家')).toMatchObject({ value: 10, unit: '家', comparator: '=', year: 2027 });
    expect(find(2, '超过30家')).toMatchObject({ value: 30, comparator: '≥', timeframe: 'by-year', year: 2027 });
    expect(find(2, '14.8万户')).toMatchObject({ value: 14.8, unit: '万户', comparator: '=' });
    expect(find(2, '20户以上')).toMatchObject({
      value: 20,
      unit: '户',
      comparator: '≥',
      timeframe: 'per-year',
      year: null,
    });
    expect(find(2, '上市企业3家')).toMatchObject({ value: 3, comparator: '=', statement: '到2027年新增上市企业3家' });
    expect(find(2, '5家左右')).toMatchObject({
      value: 5,
      comparator: '≈',
      statement: '新三板挂牌企业5家左右',
      year: 2027,
    });
  });

  it('measure 5: employment targets, the 200元/人 standard and the “1311” service standards', () => {
    expect(find(5, '1万人以上')).toMatchObject({
      value: 1,
      unit: '万人',
      comparator: '≥',
      timeframe: 'annual-average',
    });
    expect(find(5, '5.5%以内')).toMatchObject({ value: 5.5, unit: '%', comparator: '≤', timeframe: 'none' });
    expect(find(5, '90%以上')).toMatchObject({ comparator: '≥', timeframe: 'per-year' });
    expect(find(5, '18万人')).toMatchObject({ value: 18, unit: '万人', comparator: '≥', timeframe: 'annual-average' });
    expect(find(5, '45%')).toMatchObject({ value: 45, comparator: '≥', timeframe: 'none' });
    expect(find(5, '培训200人')).toMatchObject({ value: 200, unit: '人', timeframe: 'per-year', kind: 'target' });
    expect(find(5, '200元/人')).toMatchObject({ value: 200, unit: '元/人', kind: 'standard', timeframe: 'none' });
    expect(find(5, '1500个')).toMatchObject({ value: 1500, unit: '个', timeframe: 'per-year', kind: 'target' });
    const service = byMeasure.get(5)!.filter((t) => t.unit.startsWith('次'));
    expect(service.map((t) => [t.value, t.unit, t.comparator, t.kind])).toEqual([
      [1, '次', '≥', 'standard'],
      [3, '次', '≥', 'standard'],
      [1, '次', '≥', 'standard'],
      [1, '次/月', '≥', 'standard'],
    ]);
  });

  it('measure 6: loan caps as standards, 2000个/3000个/1万人次 as yearly targets', () => {
    expect(find(6, '20万元')).toMatchObject({
      value: 20,
      unit: '万元',
      comparator: '≤',
      kind: 'standard',
      statement: '对创业个人最高给予20万元创业担保贷款',
    });
    expect(find(6, '30万元')).toMatchObject({
      value: 30,
      unit: '万元',
      comparator: '≤',
      kind: 'standard',
      statement: '(对毕业5年内在我区创业的大学生提高到30万元)',
    });
    expect(find(6, '300万元')).toMatchObject({ value: 300, comparator: '≤', kind: 'standard' });
    expect(find(6, '2000个')).toMatchObject({ timeframe: 'per-year', year: 2027, kind: 'target' });
    expect(find(6, '3000个')).toMatchObject({ timeframe: 'per-year', year: 2027, kind: 'target' });
    expect(find(6, '1万人次')).toMatchObject({
      value: 1,
      unit: '万人次',
      comparator: '≥',
      timeframe: 'per-year',
      year: 2027,
    });
  });

  it('measures 7, 12, 13, 17, 18', () => {
    expect(find(7, '7000人次')).toMatchObject({ value: 7000, unit: '人次', timeframe: 'per-year' });
    expect(find(7, '培训高素质农民400人')).toMatchObject({ value: 400, unit: '人', timeframe: 'per-year' });
    expect(find(12, '5元')).toMatchObject({
      value: 5,
      unit: '元',
      comparator: '=',
      timeframe: 'per-year',
      kind: 'standard',
    });
    expect(find(13, '1.5倍')).toMatchObject({ value: 1.5, unit: '倍', kind: 'standard' });
    expect(find(17, '30年')).toMatchObject({ value: 30, unit: '年', kind: 'standard' });
    expect(find(18, '55%')).toMatchObject({ value: 55, unit: '%', comparator: '≥', timeframe: 'per-year' });
    expect(find(18, '3个')).toMatchObject({ value: 3, unit: '个', kind: 'target' });
    expect(find(18, '96个')).toMatchObject({ value: 96, unit: '个', kind: 'target' });
  });

  it('statements are verbatim slices, ids are unique and numbered in text order', () => {
    for (const m of MEASURES) {
      const ts = byMeasure.get(m.number)!;
      ts.forEach((t, n) => {
        expect(t.id).toBe(`t-${m.number}-${n + 1}`);
        expect(t.measure).toBe(m.number);
        expect(t.statement).toBe(m.paragraphs[t.paragraph]!.text.slice(t.start, t.end));
        expect(t.statement).toContain(String(t.value));
      });
      const starts = ts.map((t) => m.paragraphs[t.paragraph]!.text.indexOf(String(t.value), t.start));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  it('audit: every other Arabic number of measures 1–20 is left out for a stated reason', () => {
    const left = MEASURES.flatMap((m) =>
      auditNumbers(m.paragraphs)
        .filter((a) => a.reason !== null)
        .map((a) => [m.number, a.text, a.reason]),
    );
    expect(left).toEqual([
      [1, '5', 'timeframe'], // 力争用5年时间 → over-years
      [1, '2027', 'year'], // 到2027年
      [2, '2027', 'year'],
      [2, '2027', 'year'],
      [4, '2027', 'year'],
      [5, '6', 'condition'], // 稳定就业6个月以上的 → condition of the 200元/人 subsidy
      [5, '1311', 'name'], // the “1311” service's name
      [6, '5', 'condition'], // 毕业5年内 → condition of the 30万元 cap
      [6, '2027', 'year'],
      [7, '10', 'name'], // “10+N” 专项活动
      [7, '2027', 'year'],
      [14, '2027', 'year'],
      [15, '2027', 'year'],
    ]);
    // Every number is either a record or left out: nothing is silently skipped.
    const decided = MEASURES.reduce((s, m) => s + auditNumbers(m.paragraphs).length, 0);
    const digits = MEASURES.reduce(
      (s, m) => s + m.paragraphs.reduce((x, p) => x + (p.text.match(/\d+(?:\.\d+)?/gu)?.length ?? 0), 0),
      0,
    );
    expect(decided).toBe(digits);
    // Without the override measure 17's indicator falls to the object rule (试点): the override is still needed.
    expect(extractTargets(17, MEASURES[16]!.paragraphs)[0]!.indicator).toBe('试点');
  });
});

describe('extractTargets on other documents of the genre', () => {
  const run = (...texts: string[]) =>
    extractTargets(
      9,
      texts.map((text, i) => ({ text, line: i + 1 })),
    );

  it('reads a county employment target with a governing 到YYYY年', () => {
    const [a, b] = run('到2026年,全县新增城镇就业岗位不少于3000个,城镇登记失业率控制在4%以内。');
    expect(a).toEqual({
      id: 't-9-1',
      measure: 9,
      paragraph: 0,
      start: 7,
      end: 25,
      statement: '全县新增城镇就业岗位不少于3000个',
      indicator: '新增城镇就业岗位',
      value: 3000,
      unit: '个',
      comparator: '≥',
      timeframe: 'by-year',
      year: 2026,
      kind: 'target',
    });
    expect(b).toMatchObject({
      indicator: '城镇登记失业率',
      value: 4,
      unit: '%',
      comparator: '≤',
      timeframe: 'by-year',
      year: 2026,
    });
  });

  it('reads loan caps as standards for the beneficiary named by 对…', () => {
    const [a, b] = run('对符合条件的个人最高给予15万元贴息贷款,对小微企业最高给予200万元贴息贷款。');
    expect(a).toMatchObject({
      statement: '对符合条件的个人最高给予15万元贴息贷款',
      indicator: '贴息贷款(符合条件的个人)',
      value: 15,
      unit: '万元',
      comparator: '≤',
      kind: 'standard',
      timeframe: 'none',
    });
    expect(b).toMatchObject({ indicator: '贴息贷款(小微企业)', value: 200, kind: 'standard' });
  });

  it('gives a bare 年均增长 the subject of the earlier clause, and reads 左右 as ≈', () => {
    const [a, b] = run('到2026年全县地区生产总值达到500亿元,年均增长6%左右。');
    expect(a).toMatchObject({ indicator: '地区生产总值', value: 500, unit: '亿元', timeframe: 'by-year', year: 2026 });
    expect(b).toMatchObject({
      statement: '年均增长6%左右',
      indicator: '地区生产总值增长',
      value: 6,
      unit: '%',
      comparator: '≈',
      timeframe: 'annual-average',
      year: 2026,
    });
  });

  it('splits a 、 list, shares its verb and 用N年时间, and ignores names, years, document numbers and baselines', () => {
    const ts = run(
      '力争用3年时间,培育省级龙头企业20家以上、家庭农场500家左右。',
      '根据《某某县“十四五”规划(2021—2025年)》(某政发〔2023〕5号),推广“1+3+N”模式,农村自来水普及率由85%提高到95%。',
    );
    expect(ts.map(row)).toEqual([
      ['t-9-1', '培育省级龙头企业', 20, '家', '≥', 'over-years', null, 'target', '培育省级龙头企业20家以上'],
      ['t-9-2', '培育家庭农场', 500, '家', '≈', 'over-years', null, 'target', '家庭农场500家左右'],
      ['t-9-3', '农村自来水普及率', 95, '%', '=', 'none', null, 'target', '农村自来水普及率由85%提高到95%'],
    ]);
  });

  it('reads per-person rates and 对…的 conditions', () => {
    const ts = run('每人每月发放生活补贴300元。对年满60周岁的老年人,每人每年给予体检1次。');
    expect(ts.map((t) => [t.value, t.unit, t.kind, t.timeframe])).toEqual([
      [300, '元/人·月', 'standard', 'none'],
      [1, '次/人', 'standard', 'per-year'],
    ]);
    expect(ts[1]!.statement).toBe('对年满60周岁的老年人,每人每年给予体检1次');
  });
});

describe('target overrides', () => {
  const paras = [{ text: '到2026年,全县新增城镇就业岗位不少于3000个,城镇登记失业率控制在4%以内。', line: 1 }];
  const ok: TargetOverride = { measure: 9, statement: '失业率', set: { kind: 'standard' }, reason: 'test' };

  it('the real file is valid and every entry matches a record', () => {
    expect(() => validateTargetOverrides('content/target-overrides.json', overridesData, MEASURES)).not.toThrow();
    expect(parseOverrides(overridesData)).toEqual(overrides);
    expect(targetOverridesSchema.parse(overridesData).every((o) => o.reason.length > 20)).toBe(true);
  });

  it('sets fields, drops records and renumbers', () => {
    const [a] = extractTargets(9, paras, [{ measure: 9, statement: '3000个', drop: true, reason: 'test' }, ok]);
    expect(a).toMatchObject({ id: 't-9-1', value: 4, kind: 'standard' });
  });

  it('rejects a bad shape with file:1', () => {
    const bad = [
      [{ measure: 9, statement: 'x', set: { kind: 'standard' } }], // no reason
      [{ measure: 9, statement: 'x', reason: 'r' }], // neither set nor drop
      [{ measure: 9, statement: 'x', set: { comparator: '>' }, reason: 'r' }],
      [{ ...ok, extra: 1 }],
      { measure: 9 },
    ];
    for (const data of bad) {
      expect(() => validateTargetOverrides('o.json', data)).toThrow(SourceError);
      expect(() => validateTargetOverrides('o.json', data)).toThrow(/^o\.json:1: /u);
    }
  });

  it('rejects an override that matches nothing', () => {
    const stale = [{ ...ok, statement: '不在文中' }];
    expect(() => validateTargetOverrides('o.json', stale, [{ number: 9, paragraphs: paras }])).toThrow(
      /^o\.json:1: .*matches no target/u,
    );
    expect(() =>
      validateTargetOverrides('o.json', [{ ...ok, measure: 99 }], [{ number: 9, paragraphs: paras }]),
    ).toThrow(SourceError);
    expect(() => extractTargets(9, paras, stale)).toThrow(new RegExp(`^${TARGET_OVERRIDES_FILE}:1: `, 'u'));
    expect(() => extractTargets(9, paras, [{ ...ok, value: 7 }])).toThrow(SourceError);
  });
});
