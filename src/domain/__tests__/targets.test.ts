import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import type { Target } from '../model.ts';
import { foldWidth, widenPunctuation } from '../text/text.ts';
import {
  auditNumbers,
  comparatorRule,
  figureRule,
  formRule,
  hedgeRule,
  indicatorRule,
  kindRule,
  numberContexts,
  recipientRule,
  sharedVerbRule,
  timeRule,
  unitRule,
  extractTargets,
  parseOverrides,
  parseOverridesText,
  TARGET_OVERRIDES_FILE,
  targetOverridesSchema,
  validateTargetOverrides,
  type TargetOverride,
  type Word,
} from '../targets/targets.ts';
import { normalizeText } from '../text/text.ts';
import { splitFirstSentence } from '../text/split.ts';
import { jsonLines } from '../reviewed.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seedLines = readFileSync(`${root}seeds/wuzhong-income-plan-2023-2027.txt`, 'utf8').split(/\r?\n/u);
const overridesData: unknown = JSON.parse(readFileSync(`${root}${TARGET_OVERRIDES_FILE}`, 'utf8'));

/** A measure's body as the parser hands it over: title sentence and (责任单位:…) dropped, whitespace normalised. */
function measureBody(n: number): { text: string; line: number }[] {
  const i = seedLines.findIndex((l) => new RegExp(`^${n}\\.\\s*\\S`, 'u').test(l));
  if (i < 0) throw new Error(`measure ${n} not found`);
  const text = normalizeText(seedLines[i]!.replace(/^\d+\.\s*/u, '')).replace(/(责任单位:[^)]*)$/u, '');
  const body = splitFirstSentence(text)!.rest;
  return [{ text: body, line: i + 1 }];
}

const MEASURES = Array.from({ length: 20 }, (_, k) => ({ number: k + 1, paragraphs: measureBody(k + 1) }));
const overrides = validateTargetOverrides(TARGET_OVERRIDES_FILE, overridesData, MEASURES);
const byMeasure = new Map(MEASURES.map((m) => [m.number, extractTargets(m.number, m.paragraphs, overrides)]));
const all: Target[] = [...byMeasure.values()].flat();

type Row = [
  id: string,
  kind: string,
  figure: string,
  qualifier: string[],
  time: string,
  comparator: string,
  form: string,
  timeframe: string,
  year: number | null,
  years: number | null,
  value: number,
  unit: string,
  indicator: string,
  recipient: string | null,
];
const row = (t: Target): Row => [
  t.id,
  t.kind,
  t.figure,
  t.qualifier,
  t.time,
  t.comparator,
  t.form,
  t.timeframe,
  t.year,
  t.years,
  t.value,
  t.unit,
  t.indicator,
  t.recipient,
];

/**
 * Every number with a unit of measures 1–20 of the seed: 57 records, of which 42 targets, 9 standards … (counted
 * below). Read against the text:
 * - 超过30家 is strict (>), 以上/不低于/至少 include the figure (≥), 低于低保标准1.5倍 is strict (<), 毕业5年内 is ≤.
 * - 稳定在11.2万亩 and 控制在/保持在 are held levels; 每年调增…5元 and 年均增长8% are changes, not levels.
 * - 到2027年每年新培育创业实体2000个,创造新岗位3000个,创业带动就业1万人次以上: 每年 heads all three.
 * - 力争每年新增入规工业企业20户以上 keeps its 力争 (a qualifier); 力争用5年时间 keeps it in its time words. 确保就业局势
 *   总体稳定 is a clause of its own: its 确保 does not reach 城镇新增就业.
 * - 每月至少进行1次 is timed 每月 (per-period); 不低于55%并逐年增加 is timed 逐年 and its figure keeps 并逐年增加.
 * - 新培育 heads “专精特新”…企业超过30家 as it heads 瞪羚企业10家; 培育 heads 自治区级…龙头企业120家 (a flow, not a stock).
 * - measure 5's “1311” services go to the 就业困难群体 the sentence 聚焦 on; the 200元/人 subsidy to 劳务中介组织、劳务经纪人;
 *   调增城乡居民基础养老金5元 names no recipient (城乡居民 is part of the pension's name).
 * - 低于低保标准1.5倍的家庭, 稳定就业6个月以上的 (the condition of the 200元/人 subsidy) and 毕业5年内…的大学生 (of the
 *   30万元 cap) are who qualifies (eligibility), not benefits; 3个…县和96个…村 say where money goes (scope); 再延长30年
 *   试点 describes a pilot.
 */
const EXPECTED: Row[] = [
  [
    't-1-1',
    'target',
    '达到90%以上',
    ['达到', '以上'],
    '力争用5年时间',
    '≥',
    'level',
    'over-years',
    null,
    5,
    90,
    '%',
    '特色产业产值占农业总产值的比重',
    null,
  ],
  [
    't-1-2',
    'target',
    '达到50万亩',
    ['达到'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    50,
    '万亩',
    '酿酒葡萄基地规模',
    null,
  ],
  [
    't-1-3',
    'target',
    '达500亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    500,
    '亿元',
    '酿酒葡萄综合产值',
    null,
  ],
  [
    't-1-4',
    'target',
    '稳定在11.2万亩',
    ['稳定在'],
    '到2027年',
    '=',
    'held',
    'by-year',
    2027,
    null,
    11.2,
    '万亩',
    '枸杞种植面积',
    null,
  ],
  [
    't-1-5',
    'target',
    '达15亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    15,
    '亿元',
    '枸杞全产业链产值',
    null,
  ],
  ['t-1-6', 'target', '45万头', [], '到2027年', '=', 'level', 'by-year', 2027, null, 45, '万头', '奶牛存栏', null],
  [
    't-1-7',
    'target',
    '达400亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    400,
    '亿元',
    '牛奶产业全产业链产值',
    null,
  ],
  [
    't-1-8',
    'target',
    '达到62.2万头',
    ['达到'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    62.2,
    '万头',
    '肉牛饲养量',
    null,
  ],
  [
    't-1-9',
    'target',
    '达143亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    143,
    '亿元',
    '肉牛全产业链产值',
    null,
  ],
  [
    't-1-10',
    'target',
    '达到836万只',
    ['达到'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    836,
    '万只',
    '滩羊饲养量',
    null,
  ],
  [
    't-1-11',
    'target',
    '达189亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    189,
    '亿元',
    '滩羊全产业链产值',
    null,
  ],
  [
    't-1-12',
    'target',
    '达到57万亩以上',
    ['达到', '以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    57,
    '万亩',
    '蔬菜面积',
    null,
  ],
  [
    't-1-13',
    'target',
    '达150万吨以上',
    ['达', '以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    150,
    '万吨',
    '蔬菜总产量',
    null,
  ],
  [
    't-1-14',
    'target',
    '达50亿元',
    ['达'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    50,
    '亿元',
    '蔬菜总产值',
    null,
  ],
  ['t-2-1', 'target', '10家', [], '到2027年', '=', 'level', 'by-year', 2027, null, 10, '家', '新培育“瞪羚”企业', null],
  [
    't-2-2',
    'target',
    '超过30家',
    ['超过'],
    '到2027年',
    '>',
    'level',
    'by-year',
    2027,
    null,
    30,
    '家',
    '新培育“专精特新”中小企业及“小巨人”企业',
    null,
  ],
  [
    't-2-3',
    'target',
    '达到14.8万户',
    ['达到'],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    14.8,
    '万户',
    '市场主体总量',
    null,
  ],
  [
    't-2-4',
    'target',
    '20户以上',
    ['力争', '以上'],
    '每年',
    '≥',
    'level',
    'per-year',
    null,
    null,
    20,
    '户',
    '新增入规工业企业',
    null,
  ],
  ['t-2-5', 'target', '3家', [], '到2027年', '=', 'level', 'by-year', 2027, null, 3, '家', '新增上市企业', null],
  [
    't-2-6',
    'target',
    '5家左右',
    ['左右'],
    '到2027年',
    '≈',
    'level',
    'by-year',
    2027,
    null,
    5,
    '家',
    '新增新三板挂牌企业',
    null,
  ],
  [
    't-4-1',
    'target',
    '增长8%以上',
    ['增长', '以上'],
    '年均',
    '≥',
    'change',
    'annual-average',
    2027,
    null,
    8,
    '%',
    '网络交易额',
    null,
  ],
  [
    't-4-2',
    'target',
    '增长8.5%以上',
    ['增长', '以上'],
    '年均',
    '≥',
    'change',
    'annual-average',
    2027,
    null,
    8.5,
    '%',
    '社会物流总额',
    null,
  ],
  [
    't-5-1',
    'target',
    '达到1万人以上',
    ['达到', '以上'],
    '年均',
    '≥',
    'level',
    'annual-average',
    null,
    null,
    1,
    '万人',
    '城镇新增就业',
    null,
  ],
  [
    't-5-2',
    'target',
    '控制在5.5%以内',
    ['控制在', '以内'],
    '',
    '≤',
    'held',
    'none',
    null,
    null,
    5.5,
    '%',
    '城镇调查失业率',
    null,
  ],
  [
    't-5-3',
    'target',
    '保持在90%以上',
    ['保持在', '以上'],
    '每年',
    '≥',
    'held',
    'per-year',
    null,
    null,
    90,
    '%',
    '应届高校毕业生总体就业率',
    null,
  ],
  [
    't-5-4',
    'target',
    '达到18万人以上',
    ['达到', '以上'],
    '年均',
    '≥',
    'level',
    'annual-average',
    null,
    null,
    18,
    '万人',
    '农村劳动力转移就业',
    null,
  ],
  [
    't-5-5',
    'target',
    '达到45%以上',
    ['达到', '以上'],
    '',
    '≥',
    'level',
    'none',
    null,
    null,
    45,
    '%',
    '工资收入占农村居民可支配收入比重',
    null,
  ],
  [
    't-5-6',
    'target',
    '200人',
    [],
    '每年',
    '=',
    'level',
    'per-year',
    null,
    null,
    200,
    '人',
    '劳务经纪人能力提升培训',
    null,
  ],
  [
    't-5-7',
    'eligibility',
    '6个月以上',
    ['以上'],
    '',
    '≥',
    'level',
    'none',
    null,
    null,
    6,
    '个月',
    '组织农村转移劳动力到企业稳定就业',
    '劳务中介组织、劳务经纪人',
  ],
  [
    't-5-8',
    'standard',
    '200元/人',
    [],
    '',
    '=',
    'level',
    'none',
    null,
    null,
    200,
    '元/人',
    '服务补贴',
    '劳务中介组织、劳务经纪人',
  ],
  [
    't-5-9',
    'standard',
    '至少提供1次',
    ['至少'],
    '',
    '≥',
    'level',
    'none',
    null,
    null,
    1,
    '次',
    '职业指导',
    '长期失业人员、残疾人员、退役军人等就业困难群体',
  ],
  [
    't-5-10',
    'standard',
    '3次',
    ['至少'],
    '',
    '≥',
    'level',
    'none',
    null,
    null,
    3,
    '次',
    '岗位信息推送',
    '长期失业人员、残疾人员、退役军人等就业困难群体',
  ],
  [
    't-5-11',
    'standard',
    '1次',
    ['至少'],
    '',
    '≥',
    'level',
    'none',
    null,
    null,
    1,
    '次',
    '免费职业技能培训和就业见习',
    '长期失业人员、残疾人员、退役军人等就业困难群体',
  ],
  [
    't-5-12',
    'standard',
    '每月至少进行1次',
    ['至少'],
    '每月',
    '≥',
    'level',
    'per-period',
    null,
    null,
    1,
    '次/月',
    '跟踪服务',
    '长期失业人员、残疾人员、退役军人等就业困难群体',
  ],
  ['t-5-13', 'target', '1500个', [], '每年', '=', 'level', 'per-year', null, null, 1500, '个', '公益性岗位', null],
  [
    't-6-1',
    'standard',
    '最高给予20万元',
    ['最高'],
    '',
    '≤',
    'level',
    'none',
    null,
    null,
    20,
    '万元',
    '创业担保贷款',
    '创业个人',
  ],
  [
    't-6-2',
    'eligibility',
    '5年内',
    ['内'],
    '',
    '≤',
    'level',
    'none',
    null,
    null,
    5,
    '年',
    '毕业',
    '毕业5年内在我区创业的大学生',
  ],
  [
    't-6-3',
    'standard',
    '提高到30万元',
    ['最高', '提高到'],
    '',
    '≤',
    'level',
    'none',
    null,
    null,
    30,
    '万元',
    '创业担保贷款',
    '毕业5年内在我区创业的大学生',
  ],
  [
    't-6-4',
    'standard',
    '最高给予300万元',
    ['最高'],
    '',
    '≤',
    'level',
    'none',
    null,
    null,
    300,
    '万元',
    '创业担保贷款',
    '合伙创业和小微企业',
  ],
  [
    't-6-5',
    'target',
    '2000个',
    [],
    '到2027年每年',
    '=',
    'level',
    'per-year',
    2027,
    null,
    2000,
    '个',
    '新培育创业实体',
    null,
  ],
  [
    't-6-6',
    'target',
    '3000个',
    [],
    '到2027年每年',
    '=',
    'level',
    'per-year',
    2027,
    null,
    3000,
    '个',
    '创造新岗位',
    null,
  ],
  [
    't-6-7',
    'target',
    '1万人次以上',
    ['以上'],
    '到2027年每年',
    '≥',
    'level',
    'per-year',
    2027,
    null,
    1,
    '万人次',
    '创业带动就业',
    null,
  ],
  [
    't-7-1',
    'target',
    '7000人次',
    [],
    '每年',
    '=',
    'level',
    'per-year',
    null,
    null,
    7000,
    '人次',
    '补贴性职业技能培训',
    null,
  ],
  ['t-7-2', 'target', '400人', [], '每年', '=', 'level', 'per-year', null, null, 400, '人', '培训高素质农民', null],
  [
    't-7-3',
    'target',
    '100场次以上',
    ['以上'],
    '到2027年每年',
    '≥',
    'level',
    'per-year',
    2027,
    null,
    100,
    '场次',
    '线上线下招聘活动',
    null,
  ],
  [
    't-12-1',
    'standard',
    '调增城乡居民基础养老金5元',
    ['调增'],
    '每年',
    '=',
    'change',
    'per-year',
    null,
    null,
    5,
    '元',
    '城乡居民基础养老金',
    null,
  ],
  [
    't-13-1',
    'eligibility',
    '低于低保标准1.5倍',
    ['低于'],
    '',
    '<',
    'level',
    'none',
    null,
    null,
    1.5,
    '倍',
    '扣减刚性支出后人均收入与低保标准之比',
    '扣减刚性支出后,人均收入低于低保标准1.5倍的家庭',
  ],
  [
    't-14-1',
    'target',
    '达到90%以上',
    ['达到', '以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    90,
    '%',
    '特色产业产值占农业总产值的比重',
    null,
  ],
  [
    't-14-2',
    'target',
    '达到45%以上',
    ['达到', '以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    45,
    '%',
    '特色产业收入占农民收入比重',
    null,
  ],
  [
    't-14-3',
    'target',
    '4家',
    [],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    4,
    '家',
    '培育国家级农业产业化龙头企业',
    null,
  ],
  [
    't-14-4',
    'target',
    '120家',
    [],
    '到2027年',
    '=',
    'level',
    'by-year',
    2027,
    null,
    120,
    '家',
    '培育自治区级农业产业化龙头企业',
    null,
  ],
  [
    't-14-5',
    'target',
    '达到81%以上',
    ['达到', '以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    81,
    '%',
    '农产品加工转化率',
    null,
  ],
  [
    't-15-1',
    'target',
    '3100家以上',
    ['以上'],
    '到2027年',
    '≥',
    'level',
    'by-year',
    2027,
    null,
    3100,
    '家',
    '培育各类经营主体',
    null,
  ],
  [
    't-17-1',
    'pilot',
    '30年',
    [],
    '',
    '=',
    'level',
    'none',
    null,
    null,
    30,
    '年',
    '农村土地承包二轮到期后再延长30年试点',
    null,
  ],
  [
    't-18-1',
    'target',
    '不低于55%并逐年增加',
    ['不低于'],
    '逐年',
    '≥',
    'level',
    'per-year',
    null,
    null,
    55,
    '%',
    '乡村振兴衔接资金用于产业发展的比例',
    null,
  ],
  ['t-18-2', 'scope', '3个', [], '', '=', 'level', 'none', null, null, 3, '个', '乡村振兴重点帮扶县', null],
  ['t-18-3', 'scope', '96个', [], '', '=', 'level', 'none', null, null, 96, '个', '重点帮扶移民村(社区)', null],
];

/** The context of the `nth` occurrence of `number` (as written) among a sentence's recorded numbers. */
function ctxOf(sentence: string, number: string, nth = 0) {
  const hits = numberContexts(sentence).filter((c) => sentence.slice(c.start, c.end) === number);
  const ctx = hits[nth];
  if (!ctx) throw new Error(`no recorded number ${number} in ${sentence}`);
  return ctx;
}
const words = (sentence: string, ws: readonly { start: number; end: number }[]) =>
  ws.map((w) => sentence.slice(w.start, w.end));

describe('extractTargets on the real seed', () => {
  it('finds the 57 numbers with a unit of measures 1–20, each with exactly the fields listed', () => {
    expect(all.map(row)).toEqual(EXPECTED);
    const count = (k: string) => all.filter((t) => t.kind === k).length;
    expect([count('target'), count('standard'), count('eligibility'), count('scope'), count('pilot')]).toEqual([
      42, 9, 3, 2, 1,
    ]);
  });

  it('verbatim fields are slices of the text: statement, quote, figure, qualifier, time, recipient', () => {
    for (const m of MEASURES) {
      const ts = byMeasure.get(m.number)!;
      ts.forEach((t, n) => {
        const text = m.paragraphs[t.paragraph]!.text;
        expect(t.id).toBe(`t-${m.number}-${n + 1}`);
        expect(t.statement).toBe(text.slice(t.start, t.end));
        expect(t.quote).toBe(text.slice(t.quoteStart, t.end));
        expect(t.quote.endsWith(t.statement)).toBe(true);
        expect(t.statement).toContain(t.figure);
        expect(t.figure).toContain(String(t.value));
        for (const w of [...t.qualifier, t.time]) expect(t.quote).toContain(w);
        if (t.recipient) expect(text).toContain(t.recipient);
      });
    }
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
  });

  const widenDigits = (s: string) => s.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  it.each([
    ['punctuation', widenPunctuation],
    ['punctuation and digits', (s: string) => widenDigits(widenPunctuation(s))],
  ])('is width-blind: the seed with full-width %s gives the same records', (_, widen) => {
    for (const m of MEASURES) {
      const wide = m.paragraphs.map((p) => ({ ...p, text: widen(p.text) }));
      const a = byMeasure.get(m.number)!;
      const b = extractTargets(m.number, wide, overrides);
      expect(b.length).toBe(a.length);
      b.forEach((t, i) => {
        const fold = (x: Target) => ({
          ...x,
          statement: foldWidth(x.statement),
          quote: foldWidth(x.quote),
          figure: foldWidth(x.figure),
          qualifier: x.qualifier.map(foldWidth),
          time: foldWidth(x.time),
          recipient: x.recipient && foldWidth(x.recipient),
          indicator: foldWidth(x.indicator),
        });
        expect(fold(t)).toEqual(fold(a[i]!));
        expect(t.statement).toBe(wide[t.paragraph]!.text.slice(t.start, t.end));
      });
    }
    expect(MEASURES.some((m) => widenPunctuation(m.paragraphs[0]!.text) !== m.paragraphs[0]!.text)).toBe(true);
  });

  it('audit: every other Arabic number of measures 1–20 is left out for a stated reason (years, names, 用N年时间)', () => {
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
      [5, '1311', 'name'], // the “1311” service's name
      [6, '2027', 'year'],
      [7, '10', 'name'], // “10+N” 专项活动
      [7, '2027', 'year'],
      [14, '2027', 'year'],
      [15, '2027', 'year'],
    ]);
    const decided = MEASURES.reduce((s, m) => s + auditNumbers(m.paragraphs).length, 0);
    const digits = MEASURES.reduce(
      (s, m) => s + m.paragraphs.reduce((x, p) => x + (p.text.match(/\d+(?:\.\d+)?/gu)?.length ?? 0), 0),
      0,
    );
    expect(decided).toBe(digits);
  });
});

// Each field rule with its own table of cases from the real text: a wrong rule fails by name.
const S = {
  m1: '力争用5年时间,全市特色产业产值占农业总产值的比重达到90%以上,现代农业产业体系健全完备。',
  m1b: '到2027年全市酿酒葡萄基地规模达到50万亩,综合产值达500亿元;枸杞种植面积稳定在11.2万亩,全产业链产值达15亿元。',
  m2: '到2027年新培育“瞪羚”企业10家,“专精特新”中小企业及“小巨人”企业超过30家,市场主体总量达到14.8万户。',
  m2b: '实施优质企业上市“明珠计划”,到2027年新增上市企业3家、新三板挂牌企业5家左右。',
  m2c: '实施中小企业提升计划,力争每年新增入规工业企业20户以上。',
  m4: '到2027年全市网络交易额年均增长8%以上,社会物流总额年均增长8.5%以上,社会消费品零售总额持续稳定增长。',
  m5: '全市城镇新增就业年均达到1万人以上,城镇调查失业率控制在5.5%以内。',
  m5a: '完善就业优先政策体系,健全就业促进机制,进一步加大财政、金融宏观政策对就业的支持力度,确保就业局势总体稳定,全市城镇新增就业年均达到1万人以上,城镇调查失业率控制在5.5%以内。',
  m5b: '每年开展劳务经纪人能力提升培训200人,对组织农村转移劳动力到企业稳定就业6个月以上的,按规定给予劳务中介组织、劳务经纪人200元/人服务补贴。',
  m5c: '加强困难人员就业援助,聚焦长期失业人员、残疾人员、退役军人等就业困难群体,开展至少提供1次职业指导、3次岗位信息推送、1次免费职业技能培训和就业见习,每月至少进行1次跟踪服务的“1311”公共就业服务,促进困难人员快就业、多就业。',
  m6: '对创业个人最高给予20万元创业担保贷款(对毕业5年内在我区创业的大学生提高到30万元),对合伙创业和小微企业最高给予300万元创业担保贷款。',
  m6b: '到2027年每年新培育创业实体2000个,创造新岗位3000个,创业带动就业1万人次以上。',
  m12: '落实城乡居民基础养老金正常调整机制,根据经济社会发展,每年调增城乡居民基础养老金5元。',
  m14: '到2027年,全市特色产业产值占农业总产值的比重达到90%以上,特色产业收入占农民收入比重达到45%以上,培育国家级农业产业化龙头企业4家,自治区级农业产业化龙头企业120家,农产品加工转化率达到81%以上。',
  m13: '对扣减刚性支出后,人均收入低于低保标准1.5倍的家庭,纳入低保边缘群体管理,及时给予基本生活救助和相应的专项社会救助。',
  m17: '稳慎推进农村土地承包二轮到期后再延长30年试点,规范农村土地有序流转。',
  m18: '乡村振兴衔接资金用于产业发展的比例不低于55%并逐年增加。',
  m18b: '巩固拓展脱贫攻坚成果,加强对3个乡村振兴重点帮扶县和96个重点帮扶移民村(社区)的倾斜投入,持续推动脱贫地区基础设施建设和产业发展。',
};

describe('comparatorRule', () => {
  it.each([
    [S.m2, '30', '>', ['超过']],
    [S.m1, '90', '≥', ['以上']],
    [S.m18, '55', '≥', ['不低于']],
    [S.m5, '5.5', '≤', ['以内']],
    [S.m2b, '5', '≈', ['左右']],
    [S.m13, '1.5', '<', ['低于']],
    [S.m6, '20', '≤', ['最高']],
    [S.m5c, '3', '≥', ['至少']], // a later list item takes the lead's 至少
    [S.m1b, '11.2', '=', []],
    [S.m2, '10', '=', []],
    [S.m5b, '6', '≥', ['以上']], // a condition: 稳定就业6个月以上的
    [S.m6, '5', '≤', ['内']], // 内 after a unit of time: 毕业5年内
  ])('%#: %s → %s %s', (sentence, number, comparator, ws) => {
    const r = comparatorRule(ctxOf(sentence, number));
    expect([r.comparator, words(sentence, r.words)]).toEqual([comparator, ws]);
  });
  it('a parenthesis takes its host’s comparator (最高给予20万元(…提高到30万元))', () => {
    const host = comparatorRule(ctxOf(S.m6, '20'));
    const r = comparatorRule(ctxOf(S.m6, '30'), { comparator: host.comparator, qualifierWords: host.words });
    expect([r.comparator, words(S.m6, r.words)]).toEqual(['≤', ['最高']]);
  });
});

describe('formRule', () => {
  it.each([
    [S.m1b, '11.2', 'held', '稳定在'],
    [S.m5, '5.5', 'held', '控制在'],
    [S.m12, '5', 'change', '调增'],
    [S.m4, '8', 'change', '增长'],
    [S.m1b, '50', 'level', '达到'],
    [S.m1b, '500', 'level', '达'],
    [S.m6, '30', 'level', '提高到'],
    [S.m5b, '200', 'level', null], // 能力提升培训200人: 提升 is inside a noun
    [S.m2, '10', 'level', null],
  ])('%#: %s → %s', (sentence, number, form, word) => {
    const r = formRule(ctxOf(sentence, number));
    expect([r.form, r.word && sentence.slice(r.word.start, r.word.end)]).toEqual([form, word]);
  });
});

describe('figureRule (with the comparator, form and rate words of the number’s own segment)', () => {
  const figure = (sentence: string, number: string, nth = 0) => {
    const ctx = ctxOf(sentence, number, nth);
    const f = formRule(ctx).word;
    const ws = [...unitRule(ctx).words, ...comparatorRule(ctx).words, ...(f ? [f] : [])];
    const span = figureRule(ctx, ws);
    return sentence.slice(span.start, span.end);
  };
  it.each([
    [S.m2, '30', 0, '超过30家'],
    [S.m1, '90', 0, '达到90%以上'],
    [S.m1b, '11.2', 0, '稳定在11.2万亩'],
    [S.m13, '1.5', 0, '低于低保标准1.5倍'],
    [S.m12, '5', 0, '调增城乡居民基础养老金5元'],
    [S.m5c, '1', 2, '每月至少进行1次'],
    [S.m5c, '3', 0, '3次'], // 至少 is the list lead's, outside this item
    [S.m6b, '2000', 0, '2000个'],
    [S.m2b, '5', 0, '5家左右'],
    [S.m18, '55', 0, '不低于55%并逐年增加'], // a change phrase that ends the clause after the figure
    [S.m4, '8', 0, '增长8%以上'], // 社会消费品零售总额持续稳定增长 is another clause
    [S.m6, '5', 0, '5年内'],
  ])('%#: %s %s → %s', (sentence, number, nth, expected) => {
    expect(figure(sentence, number, nth)).toBe(expected);
  });
});

describe('unitRule', () => {
  it.each([
    [S.m5b, '200', 1, '元/人'],
    [S.m5c, '1', 2, '次/月'],
    [S.m4, '8', 0, '%'],
    [S.m1b, '11.2', 0, '万亩'],
  ])('%#: %s %s → %s', (sentence, number, nth, unit) => {
    expect(unitRule(ctxOf(sentence, number, nth)).unit).toBe(unit);
  });
});

describe('timeRule', () => {
  it.each([
    [S.m1, '90', 'target', 'over-years', '力争用5年时间', null, 5],
    [S.m1b, '500', 'target', 'by-year', '到2027年', 2027, null],
    [S.m4, '8', 'target', 'annual-average', '年均', 2027, null],
    [S.m5, '1', 'target', 'annual-average', '年均', null, null],
    [S.m5, '5.5', 'target', 'none', '', null, null],
    [S.m6b, '2000', 'target', 'per-year', '到2027年每年', 2027, null],
    [S.m6b, '3000', 'target', 'per-year', '到2027年每年', 2027, null], // 每年 heads the parallel clauses
    [S.m12, '5', 'standard', 'per-year', '每年', null, null],
    [S.m18, '55', 'target', 'per-year', '逐年', null, null], // in 并逐年增加 after the figure
    [S.m5c, '1', 'standard', 'per-period', '每月', null, null, 2], // 每月至少进行1次
    [S.m5c, '3', 'standard', 'none', '', null, null], // 每月 is in a later clause
    [S.m2c, '20', 'target', 'per-year', '每年', null, null],
  ])('%#: %s %s → %s', (sentence, number, kind, timeframe, time, year, years, nth = 0) => {
    const r = timeRule(ctxOf(sentence, number, nth), kind as Target['kind']);
    expect([r.timeframe, words(sentence, r.words).join(''), r.year, r.years]).toEqual([timeframe, time, year, years]);
  });
});

describe('kindRule', () => {
  it.each([
    [S.m2, '30', 0, 'target'],
    [S.m6, '20', 0, 'standard'],
    [S.m5b, '200', 1, 'standard'], // the consequence of 对…的
    [S.m5c, '3', 0, 'standard'],
    [S.m12, '5', 0, 'standard'],
    [S.m13, '1.5', 0, 'eligibility'],
    [S.m18b, '3', 0, 'scope'],
    [S.m18b, '96', 0, 'scope'],
    [S.m17, '30', 0, 'pilot'],
    [S.m5b, '200', 0, 'target'], // 培训200人
    [S.m5b, '6', 0, 'eligibility'], // the condition of the 200元/人 subsidy
    [S.m6, '5', 0, 'eligibility'], // the condition of the 30万元 cap
  ])('%#: %s %s → %s', (sentence, number, nth, kind) => {
    const ctx = ctxOf(sentence, number, nth);
    expect(kindRule(ctx, unitRule(ctx).unit)).toBe(kind);
  });
});

describe('recipientRule', () => {
  const span = (sentence: string, number: string, nth = 0, standard: ReturnType<typeof recipientRule> = null) => {
    const ctx = ctxOf(sentence, number, nth);
    return recipientRule(ctx, kindRule(ctx, unitRule(ctx).unit), standard);
  };
  /** A condition's recipient: the holder it names, else the recipient of the standard it decides (`standard`). */
  const recipient = (sentence: string, number: string, nth = 0, standard?: [string, number]) => {
    const r = span(sentence, number, nth, standard ? span(sentence, ...standard) : null);
    return r && sentence.slice(r.start, r.end);
  };
  it.each([
    [S.m5b, '200', 1, '劳务中介组织、劳务经纪人'],
    [S.m5c, '1', 0, '长期失业人员、残疾人员、退役军人等就业困难群体'],
    [S.m6, '20', 0, '创业个人'],
    [S.m6, '30', 0, '毕业5年内在我区创业的大学生'],
    [S.m6, '300', 0, '合伙创业和小微企业'],
    [S.m12, '5', 0, null], // 城乡居民 starts the pension's name (城乡居民基础养老金): the text names no recipient
    [S.m13, '1.5', 0, '扣减刚性支出后,人均收入低于低保标准1.5倍的家庭'],
    [S.m6, '5', 0, '毕业5年内在我区创业的大学生'], // the holder the condition names
    ['每人每年给予体检1次。', '1', 0, null], // 给予 a thing, not a party
  ] as const)('%#: %s %s → %s', (sentence, number, nth, expected) => {
    expect(recipient(sentence, number, nth)).toBe(expected);
  });
  it('a condition that names no holder (…6个月以上的,) is for the recipient of the standard it decides', () => {
    expect(recipient(S.m5b, '6', 0, ['200', 1])).toBe('劳务中介组织、劳务经纪人');
    expect(recipient(S.m5b, '6', 0)).toBeNull();
  });
});

describe('indicatorRule', () => {
  it.each([
    [S.m5b, '200', 1, '服务补贴'],
    [S.m1b, '11.2', 0, '枸杞种植面积'],
    [S.m4, '8', 0, '网络交易额'],
    [S.m13, '1.5', 0, '扣减刚性支出后人均收入与低保标准之比'], // the condition's qualifying phrase stays
    [S.m17, '30', 0, '农村土地承包二轮到期后再延长30年试点'],
    [S.m5b, '6', 0, '组织农村转移劳动力到企业稳定就业'],
    [S.m6, '5', 0, '毕业'], // 在我区创业的大学生 after the figure names the holder, not what 5年 counts
  ])('%#: %s %s → %s', (sentence, number, nth, expected) => {
    const ctx = ctxOf(sentence, number, nth);
    const { unit } = unitRule(ctx);
    expect(indicatorRule(ctx, unit, kindRule(ctx, unit)).indicator).toBe(expected);
  });
});

describe('hedgeRule', () => {
  it.each([
    [S.m2c, '20', 'target', ['力争']], // 力争每年新增入规工业企业20户以上
    [S.m1, '90', 'target', ['力争']], // 力争用5年时间, heading a clause with no predicate of its own
    [S.m5a, '1', 'target', []], // 确保就业局势总体稳定 has a predicate of its own
    [S.m2, '30', 'target', []],
    ['经过3年努力,全县农民收入达到2万元。', '2', 'target', []], // 经过3年努力 is time
    ['到2026年,力争全县新增市场主体1000户。', '1000', 'target', ['力争']],
  ] as const)('%#: %s %s → %s', (sentence, number, kind, expected) => {
    expect(words(sentence, hedgeRule(ctxOf(sentence, number), kind))).toEqual(expected);
  });
});

describe('sharedVerbRule', () => {
  const item = (indicator: string, unit: string, object: string | null = null, formWord: Word | null = null) => ({
    indicator,
    unit,
    object,
    formWord,
  });
  it.each([
    [item('新增上市企业', '家'), item('新三板挂牌企业', '家'), '新增'], // 、-list (t-2-6)
    [item('新培育“瞪羚”企业', '家'), item('“专精特新”中小企业及“小巨人”企业', '家'), '新培育'], // ,-list (t-2-2)
    [item('培育国家级农业产业化龙头企业', '家'), item('自治区级农业产业化龙头企业', '家'), '培育'], // t-14-4
    [item('新培育创业实体', '个'), item('创造新岗位', '个'), null], // another noun, a verb of its own
    [item('新培育“专精特新”中小企业及“小巨人”企业', '家'), item('市场主体总量', '万户'), null], // another unit
    [
      item('培育自治区级农业产业化龙头企业', '家'),
      item('农产品加工转化率', '%', null, { text: '达到', start: 0, end: 2 }),
      null,
    ],
    [item('补贴性职业技能培训', '人次'), item('培训高素质农民', '人'), null], // 开展 is no verb of flow
  ])('%#: %o then %o → %s', (prev, next, expected) => {
    expect(sharedVerbRule(prev, next)).toBe(expected);
  });
  it('on the real text: the items of measures 2 and 14 read as flows', () => {
    const ind = (id: string) => all.find((t) => t.id === id)!.indicator;
    expect(ind('t-2-2')).toBe('新培育“专精特新”中小企业及“小巨人”企业');
    expect(ind('t-2-6')).toBe('新增新三板挂牌企业');
    expect(ind('t-14-4')).toBe('培育自治区级农业产业化龙头企业');
    expect(ind('t-2-3')).toBe('市场主体总量');
    expect(ind('t-6-6')).toBe('创造新岗位');
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
    expect(a).toMatchObject({
      statement: '全县新增城镇就业岗位不少于3000个',
      quote: '到2026年,全县新增城镇就业岗位不少于3000个',
      figure: '不少于3000个',
      indicator: '新增城镇就业岗位',
      comparator: '≥',
      time: '到2026年',
      timeframe: 'by-year',
      year: 2026,
      kind: 'target',
      recipient: null,
    });
    expect(b).toMatchObject({ figure: '控制在4%以内', form: 'held', comparator: '≤', year: 2026 });
  });

  it('reads loan caps as standards for the recipient named by 对…', () => {
    const [a, b] = run('对符合条件的个人最高给予15万元贴息贷款,对小微企业最高给予200万元贴息贷款。');
    expect(a).toMatchObject({ figure: '最高给予15万元', indicator: '贴息贷款', recipient: '符合条件的个人' });
    expect(b).toMatchObject({ recipient: '小微企业', kind: 'standard', comparator: '≤' });
  });

  it('reads strict comparators, 年均增长 as a change and 左右 as ≈', () => {
    const [a, b, c] = run('到2026年全县地区生产总值达到500亿元,年均增长6%左右,农民收入高于全省平均水平10%。');
    expect(a).toMatchObject({ indicator: '地区生产总值', form: 'level' });
    expect(b).toMatchObject({ figure: '增长6%左右', form: 'change', comparator: '≈', timeframe: 'annual-average' });
    expect(c).toMatchObject({ comparator: '>', qualifier: ['高于'] });
  });

  it('reads per-person rates and 对…的 conditions; a 每人 rate word is part of the figure', () => {
    const ts = run('每人每月发放生活补贴300元。对年满60周岁的老年人,每人每年给予体检1次。');
    expect(ts.map((t) => [t.value, t.unit, t.kind, t.timeframe, t.time, t.figure, t.recipient, t.statement])).toEqual([
      [
        300,
        '元/人·月',
        'standard',
        'per-period',
        '每月',
        '每人每月发放生活补贴300元',
        null,
        '每人每月发放生活补贴300元',
      ],
      [60, '周岁', 'eligibility', 'none', '', '60周岁', '年满60周岁的老年人', '对年满60周岁的老年人'],
      [1, '次/人', 'standard', 'per-year', '每年', '每人每年给予体检1次', null, '每人每年给予体检1次'],
    ]);
    expect(ts[2]!.quote).toBe('对年满60周岁的老年人,每人每年给予体检1次'); // the standard's quote holds its condition
  });

  it('a resolve word before the figure is a qualifier and reaches the label; 并逐年提高 times the figure', () => {
    const [a, b] = run('争取每年新增就业岗位500个。财政投入占比不低于10%并逐年提高。');
    expect(a).toMatchObject({ qualifier: ['争取'], time: '每年', figure: '500个' });
    expect(b).toMatchObject({ figure: '不低于10%并逐年提高', time: '逐年', timeframe: 'per-year' });
  });

  it('the made-up plan of the fixtures: full-width punctuation, 每年, a 民宿 cap', () => {
    const text = readFileSync(`${root}src/domain/__tests__/fixtures/qingshan-plan.txt`, 'utf8');
    const line = (re: RegExp) =>
      text
        .split('\n')
        .find((l) => re.test(l))!
        .replace(/^[0-9()\uFF08\uFF09]+[.、)\uFF09]?/u, '');
    const [potato] = run(line(/马铃薯/u));
    expect(potato).toMatchObject({ figure: '达到30万亩', time: '到2026年', year: 2026, timeframe: 'by-year' });
    const [b] = run(line(/民宿/u));
    expect(b).toMatchObject({
      kind: 'standard',
      recipient: '符合条件的民宿',
      figure: '最高给予10万元',
      comparator: '≤',
    });
    const [c] = run(line(/旅游重点村/u));
    expect(c).toMatchObject({ figure: '5个', time: '每年', timeframe: 'per-year' });
  });
});

describe('target overrides', () => {
  const paras = [{ text: '到2026年,全县新增城镇就业岗位不少于3000个,城镇登记失业率控制在4%以内。', line: 1 }];
  const ok: TargetOverride = { measure: 9, statement: '失业率', set: { kind: 'standard' }, reason: 'test' };

  it('the real file is valid and every entry matches a record', () => {
    expect(() => validateTargetOverrides(TARGET_OVERRIDES_FILE, overridesData, MEASURES)).not.toThrow();
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
      [{ measure: 9, statement: 'x', set: { comparator: 'gt' }, reason: 'r' }],
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

  it('from the file text, a bad or stale entry reports its own line', () => {
    const text = JSON.stringify([ok, { ...ok, set: { comparator: 'gt' } }], null, 2);
    expect(() => parseOverridesText(text, 'o.json')).toThrow(
      /^o\.json:10: bad target overrides: 1\.set\.comparator: /u,
    );
    const stale = JSON.stringify([ok, { ...ok, statement: '不在文中' }], null, 2);
    expect(() =>
      validateTargetOverrides('o.json', JSON.parse(stale), [{ number: 9, paragraphs: paras }], jsonLines(stale)),
    ).toThrow(/^o\.json:10: override \[1\] .*matches no target/u);
    expect(parseOverridesText(`\uFEFF${JSON.stringify([ok])}`, 'o.json')).toEqual([ok]);
  });
});
