/**
 * Quantified commitments (数字承诺) of a measure, extracted by rule from its body paragraphs.
 *
 * Pure TypeScript: no Astro, no I/O. Rules are written for the genre of Chinese plan documents (实施方案, 行动计划),
 * not for one file; where a rule cannot be general, `content/target-overrides.json` sets fields of named records.
 *
 * How a paragraph is read:
 * 1. Split into sentences (。!?), parts (;) and clauses (,). A parenthesis that holds a digit is a clause of its
 *    own, parentheses included: `(对毕业5年内在我区创业的大学生提高到30万元)`.
 * 2. Every Arabic number is a candidate (Chinese numerals are not read: in this genre they name programmes and lists —
 *    三支一扶, 四个不摘, 六特, 三年行动, 一个产业、一套班子, 一次性奖补 — and do not state commitments). It is NOT a commitment when it is (reason in `NumberReason`):
 *    - `name`: inside “…” 《…》 〔…〕 「…」 【…】 or next to a Latin letter or a `+` (“1311”, “10+N”, 5G, 〔2022〕);
 *    - `ordinal`: after 第;
 *    - `year`: 1900–2100 followed by 年 or by a dash and another year (到2027年, 2023-2027年);
 *    - `date`: followed by 月 / 日 / 号 (3月3日, 80号);
 *    - `timeframe`: the N of 用N年时间 (it makes the clause `over-years`);
 *    - `baseline`: the X of 由X提高到Y;
 *    - `no-unit`: no unit follows it (a bare number is a code or a name);
 *    - `condition`: inside a 对…的 condition whose consequence holds a number of its own (稳定就业6个月以上的,
 *      毕业5年内): the condition qualifies the standard it introduces and stays in that standard's statement.
 *      A 对…的 condition whose consequence holds no number IS the standard (低于低保标准1.5倍的家庭 → 纳入低保边缘).
 * 3. A clause holding several recorded numbers is cut at the 、 (else 和/及/与) between them, so
 *    `新增上市企业3家、新三板挂牌企业5家左右` gives two statements; a comparator word before the first (至少提供1次…、3次…),
 *    a timeframe word anywhere in the clause (每年开展…7000人次、培训…400人) and a leading verb of the first item
 *    (新增, 培育 … → 新增新三板挂牌企业) apply to every item.
 *    A 对…的 condition spread over clauses joins the statement of the standard it qualifies:
 *    `对组织…稳定就业6个月以上的,按规定给予…200元/人服务补贴`.
 * 4. Fields:
 *    - comparator: suffix 以上/以内/以下/左右 first, else the last of 不低于/不少于/至少/超过/高于/突破 (≥),
 *      不超过/不高于/最高/最多/低于/少于 (≤), 约 (≈) before the number; a parenthetical with none inherits the one of
 *      the record it qualifies; otherwise `=`.
 *    - timeframe: 年均 in the clause → annual-average; 每年/逐年 in the clause → per-year; 每年 heading an earlier
 *      clause of the sentence → per-year for targets (到2027年每年新培育…2000个,创造新岗位3000个); 用N年时间 earlier in
 *      the sentence → over-years; 到YYYY年 earlier in the sentence → by-year; else none. `year` is the YYYY of the
 *      governing 到YYYY年 whatever the timeframe (到2027年每年… → per-year, 2027).
 *    - kind: standard when the number sits in or after a 对…的 condition, or the clause has 给予 / 最高 / 至少提供 /
 *      调增 / 每人 / 每户 / 每月, or the unit is a rate (元/人, 次/月); target otherwise.
 *    - indicator: the clause's words before the number, less scope and time words (全市, 到2027年, 每年, 年均),
 *      comparator words, the predicate verb (达到, 稳定在, 控制在…) and a baseline (由85%提高到); when an object
 *      follows the number (1500个公益性岗位) the object; for 对X给予/给予X … N 元 Y, `Y(X)`; for N倍, `A与B之比`. A bare metric
 *      (综合产值, 全产业链产值, 总产量, 增长) takes the subject of the previous record of the same part:
 *      酿酒葡萄基地规模 … 综合产值 → 酿酒葡萄综合产值.
 */
import { z } from 'zod';
import { SourceError } from './errors.ts';
import type { Comparator, Target, TargetKind, Timeframe } from './model.ts';

export const TARGET_OVERRIDES_FILE = 'content/target-overrides.json';

export interface TargetParagraph {
  text: string;
  line: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Overrides

const comparatorSchema = z.enum(['≥', '≤', '≈', '=']);
const timeframeSchema = z.enum(['by-year', 'per-year', 'annual-average', 'over-years', 'none']);
const kindSchema = z.enum(['target', 'standard']);

export const targetOverrideSchema = z
  .object({
    /** Measure number. */
    measure: z.number().int().positive(),
    /** A verbatim substring of the statement of the record(s) to change. */
    statement: z.string().min(1),
    /** Narrows the match to the record with this value (when one statement holds several). */
    value: z.number().optional(),
    /** Fields to set. */
    set: z
      .object({
        indicator: z.string().min(1).optional(),
        value: z.number().optional(),
        unit: z.string().min(1).optional(),
        comparator: comparatorSchema.optional(),
        timeframe: timeframeSchema.optional(),
        year: z.number().int().nullable().optional(),
        kind: kindSchema.optional(),
      })
      .strict()
      .optional(),
    /** Remove the matched record(s): a number the rules take for a commitment but is not one. */
    drop: z.literal(true).optional(),
    /** Why the rules cannot get this right on their own. Required. */
    reason: z.string().min(1),
  })
  .strict()
  .refine((o) => o.drop !== undefined || (o.set !== undefined && Object.keys(o.set).length > 0), {
    message: 'an override needs a non-empty `set` or `drop: true`',
  });

export const targetOverridesSchema = z.array(targetOverrideSchema);

export type TargetOverride = z.infer<typeof targetOverrideSchema>;

/**
 * The parsed JSON of the overrides file → overrides (shape only; `extractTargets` throws on one that matches nothing).
 * The form the ingest pipeline calls.
 */
export function parseOverrides(data: unknown, file: string = TARGET_OVERRIDES_FILE): TargetOverride[] {
  return validateTargetOverrides(file, data);
}

/**
 * Check the shape of the overrides file; with `measures`, also that every override matches at least one record the
 * rules extract from its measure (an override that matches nothing is stale and must go).
 */
export function validateTargetOverrides(
  file: string,
  data: unknown,
  measures?: ReadonlyArray<{ number: number; paragraphs: readonly TargetParagraph[] }>,
): TargetOverride[] {
  const parsed = targetOverridesSchema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
      .join('; ');
    throw new SourceError(file, 1, `bad target overrides: ${detail}`);
  }
  const overrides = parsed.data;
  if (measures) {
    overrides.forEach((o, i) => {
      const m = measures.find((x) => x.number === o.measure);
      if (!m) throw new SourceError(file, 1, `override [${i}] names measure ${o.measure}, which does not exist`);
      const found = extractRaw(o.measure, m.paragraphs).filter((t) => matches(o, t));
      if (found.length === 0) throw new SourceError(file, 1, unmatched(i, o));
    });
  }
  return overrides;
}

function matches(o: TargetOverride, t: { statement: string; value: number }): boolean {
  return t.statement.includes(o.statement) && (o.value === undefined || t.value === o.value);
}

function unmatched(i: number, o: TargetOverride): string {
  const v = o.value === undefined ? '' : ` with value ${o.value}`;
  return `override [${i}] (measure ${o.measure}, statement “${o.statement}”${v}) matches no target`;
}

// ---------------------------------------------------------------------------------------------------------------
// Extraction

/**
 * The quantified commitments of measure `measure`, in text order, numbered `t-<measure>-1`…
 * `overrides` may hold the whole file: only entries for this measure apply; one that matches nothing throws.
 */
export function extractTargets(
  measure: number,
  paragraphs: readonly TargetParagraph[],
  overrides: readonly TargetOverride[] = [],
): Target[] {
  let records = extractRaw(measure, paragraphs);
  overrides.forEach((o, i) => {
    if (o.measure !== measure) return;
    const hit = records.filter((t) => matches(o, t));
    if (hit.length === 0) throw new SourceError(TARGET_OVERRIDES_FILE, 1, unmatched(i, o));
    if (o.drop) records = records.filter((t) => !hit.includes(t));
    else for (const t of hit) Object.assign(t, o.set);
  });
  return records.map((t, n) => ({ ...t, id: `t-${measure}-${n + 1}` }));
}

/** Why a number is not a commitment. */
export type NumberReason = 'name' | 'ordinal' | 'year' | 'date' | 'timeframe' | 'baseline' | 'no-unit' | 'condition';

export interface NumberDecision {
  paragraph: number;
  start: number;
  end: number;
  /** The number as written. */
  text: string;
  /** Index into the measure's (un-overridden) target list, or null when the number is not a commitment. */
  target: number | null;
  reason: NumberReason | null;
}

/** Every Arabic number of the paragraphs with the decision taken on it: the audit trail of `extractTargets`. */
export function auditNumbers(paragraphs: readonly TargetParagraph[]): NumberDecision[] {
  const out: NumberDecision[] = [];
  let n = 0;
  paragraphs.forEach((p, pi) => {
    const { candidates } = analyse(p.text);
    for (const c of candidates) {
      out.push({
        paragraph: pi,
        start: c.start,
        end: c.end,
        text: p.text.slice(c.start, c.end),
        target: c.reason ? null : n++,
        reason: c.reason,
      });
    }
  });
  return out;
}

type RawTarget = Omit<Target, 'id'>;

function extractRaw(measure: number, paragraphs: readonly TargetParagraph[]): RawTarget[] {
  const out: RawTarget[] = [];
  paragraphs.forEach((p, pi) => {
    for (const r of analyse(p.text).records) {
      out.push({
        measure,
        paragraph: pi,
        start: r.start,
        end: r.end,
        statement: p.text.slice(r.start, r.end),
        indicator: r.indicator,
        value: r.value,
        unit: r.unit,
        comparator: r.comparator,
        timeframe: r.timeframe,
        year: r.year,
        kind: r.kind,
      });
    }
  });
  return out;
}

// --- lexical tables ---------------------------------------------------------------------------------------------

const NUMBER_RE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const HAS_DIGIT = /[0-9０-９]/;

/** Longest first where one is a prefix of another. */
const UNITS = [
  '个百分点',
  '万平方米',
  '平方米',
  '平方公里',
  '万千瓦',
  '千瓦',
  '公里',
  '万亩',
  '亩',
  '亿元',
  '万元',
  '千元',
  '元',
  '万人次',
  '人次',
  '万人',
  '人',
  '万户',
  '户',
  '万头',
  '头',
  '万只',
  '只',
  '万吨',
  '吨',
  '万个',
  '个月',
  '个',
  '万家',
  '家',
  '场次',
  '次',
  '倍',
  '小时',
  '周岁',
  '岁',
  '年',
  '天',
  '项',
  '所',
  '座',
  '辆',
  '名',
  '条',
  '处',
  '台',
  '套',
  '张',
  '件',
  '批',
  '期',
  '届',
  '亿',
  '万',
  '%',
  '％',
  '‰',
];
const UNIT_RE = new RegExp(
  `^(${UNITS.join('|')})(/(?:人|户|亩|月|年|天|次|吨|头|只|平方米)(?:[·・](?:月|年|天))?)?`,
  'u',
);
const SUFFIX_RE = /^(?:及以上|以上|以内|之内|以下|左右|上下)/u;
const SUFFIX_COMPARATOR: Record<string, Comparator> = {
  及以上: '≥',
  以上: '≥',
  以内: '≤',
  之内: '≤',
  以下: '≤',
  左右: '≈',
  上下: '≈',
};
const PREFIX_COMPARATOR_RE = /不低于|不少于|不超过|不高于|至少|超过|高于|多于|突破|最高|最多|低于|少于/gu;
const PREFIX_COMPARATOR: Record<string, Comparator> = {
  不低于: '≥',
  不少于: '≥',
  至少: '≥',
  超过: '≥',
  高于: '≥',
  多于: '≥',
  突破: '≥',
  不超过: '≤',
  不高于: '≤',
  最高: '≤',
  最多: '≤',
  低于: '≤',
  少于: '≤',
};
/** 约 only right before the number (节约, 约束 are words). */
const ABOUT_RE = /(?:大约|约为|约)$/u;

const BY_YEAR_RE = /(?:到|至|于)((?:19|20)\d\d)年(?:底|末)?|((?:19|20)\d\d)年(?:底|末)?(?:前|以前)/gu;
const OVER_YEARS_RE =
  /用[0-9０-９一二三四五六七八九十两]+年(?:左右)?(?:的)?时间|经过[0-9０-９一二三四五六七八九十两]+年(?:左右)?(?:的)?努力/u;
/** A clause that opens with 每年 (after scope and resolve words) sets the pace for the parallel clauses after it. */
const HEAD_PER_YEAR_RE =
  /^[((]?(?:(?:到|至)(?:19|20)\d\d年(?:底|末)?|力争|确保|努力|争取|全市|全县|全区|全省|全州|全盟|全旗|各地)*(?:每年|逐年)/u;

const STANDARD_CUE_RE = /给予|最高|至少提供|调增|每人|每户|每月/u;
const PER_MARKERS: [RegExp, string][] = [
  [/每人/u, '人'],
  [/每户/u, '户'],
  [/每亩/u, '亩'],
  [/每月/u, '月'],
  [/每天|每日/u, '天'],
];

const LEADING_RE =
  /^(?:(?:到|至)(?:19|20)\d\d年(?:底|末)?[,,]?|(?:19|20)\d\d年(?:底|末)?(?:前|以前)[,,]?|用\S{1,3}年(?:左右)?(?:的)?时间[,,]?|力争|确保|努力|争取|全市|全县|全区|全省|全州|全盟|全旗|各地|各县(?:[((<]市、区[))>])?|每年|年均|逐年|开展|实现|给予|按规定|按照规定|依规)/u;
const ANYWHERE_RE = /年均|每年|逐年|每月|每人|每户|至少|不低于|不少于|不超过|不高于|最高|最多/gu;
const TRAILING_RE =
  /(?:达到|累计达|达|稳定在|控制在|保持在|维持在|提高到|提高至|提升到|提升至|增加到|增加至|增至|降至|降到|下降到|超过|高于|低于|突破|约为|大约|约|分别|总计|共|均|为|在|的)$/u;
/** 由85%(提高到): the baseline is not part of the indicator. */
const BASELINE_RE = /[由从][0-9０-９][^,,]*$/u;
/** Verbs that a 、-list shares: 新增上市企业3家、新三板挂牌企业5家 → 新增新三板挂牌企业. */
const SHARED_VERB_RE = /^(?:新增|新培育|培育|新建|建设|创建|打造|引进|新改建|改造|开发|发展)/u;
const GENERIC_RE = /^(?:综合|全产业链|总|年)?(?:产值|产量|规模|面积|总量|总额|增长|增速|增幅)$/u;
const METRIC_SUFFIX_RE =
  /(?:基地规模|种植规模|养殖规模|种植面积|饲养量|存栏量|存栏|出栏量|出栏|综合产值|全产业链产值|总产值|产值|总产量|产量|总量|总额|面积|规模)$/u;

// --- structures ------------------------------------------------------------------------------------------------

interface Clause {
  start: number;
  end: number;
  sentence: number;
  part: number;
  paren: boolean;
}

interface Candidate {
  start: number;
  end: number;
  value: number;
  unit: string;
  /** End of unit + comparator suffix. */
  after: number;
  suffix: string;
  clause: number;
  reason: NumberReason | null;
  /** Set by the condition pass. */
  standard?: boolean;
  statementStart?: number;
  statementEnd?: number;
}

/** A record as the rules find it: the model's fields plus where its number and clause stand. */
interface Found extends Pick<
  Target,
  'start' | 'end' | 'indicator' | 'value' | 'unit' | 'comparator' | 'timeframe' | 'year' | 'kind'
> {
  numStart: number;
  object: string | null;
  clause: number;
}

const OPEN_CLOSE: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '《': '》',
  '〔': '〕',
  '「': '」',
  '『': '』',
  '【': '】',
  '"': '"',
};

/** Positions inside quotes and brackets that hold names: “1311”, 《…》, 〔2022〕. */
function nameMask(text: string): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i++) {
    const close = OPEN_CLOSE[text[i]!];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0) continue;
    for (let k = i; k <= j; k++) mask[k] = true;
    i = j;
  }
  return mask;
}

function splitClauses(text: string, mask: boolean[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let part = 0;
  let from = 0;
  let depth = 0;
  let open = -1;
  const push = (s: number, e: number, paren = false) => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) clauses.push({ start: s, end: e, sentence, part, paren });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (mask[i]) continue;
    if (ch === '(' || ch === '(') {
      if (depth++ === 0) open = i;
      continue;
    }
    if ((ch === ')' || ch === ')') && depth > 0) {
      if (--depth === 0 && HAS_DIGIT.test(text.slice(open, i))) {
        push(from, open);
        push(open, i + 1, true);
        from = i + 1;
      }
      continue;
    }
    if (depth > 0) continue;
    if ('。!?!?'.includes(ch)) {
      push(from, i);
      from = i + 1;
      sentence++;
      part++;
    } else if (';;'.includes(ch)) {
      push(from, i);
      from = i + 1;
      part++;
    } else if (',,'.includes(ch)) {
      push(from, i);
      from = i + 1;
    }
  }
  push(from, text.length);
  return clauses;
}

function toNumber(s: string): number {
  return Number(
    s.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))),
  );
}

function exclusion(
  text: string,
  start: number,
  end: number,
  mask: boolean[],
  unit: string | null,
): NumberReason | null {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 8);
  const value = toNumber(text.slice(start, end));
  if (mask[start]) return 'name';
  if (/[A-Za-z+＋]$/u.test(before) || /^[A-Za-z+＋]/u.test(after)) return 'name';
  if (/第$/u.test(before)) return 'ordinal';
  if (Number.isInteger(value) && value >= 1900 && value <= 2100 && /^(?:年|[-—–~～至到](?:19|20)\d\d)/u.test(after))
    return 'year';
  if (/^(?:月|日|号)/u.test(after)) return 'date';
  if (/^年(?:左右)?(?:的)?(?:时间|努力)/u.test(after) && /(?:用|经过)$/u.test(before)) return 'timeframe';
  if (/[由从]$/u.test(before)) return 'baseline';
  if (unit === null) return 'no-unit';
  return null;
}

interface Analysis {
  candidates: Candidate[];
  records: Found[];
}

function analyse(text: string): Analysis {
  const mask = nameMask(text);
  const clauses = splitClauses(text, mask);
  const clauseAt = (pos: number) => clauses.findIndex((c) => pos >= c.start && pos < c.end);

  // 1. candidates
  const candidates: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseAt(start);
    if (clause < 0) continue;
    const um = UNIT_RE.exec(text.slice(end));
    const unit = um ? (um[1] === '％' ? '%' : um[1]!) + (um[2] ?? '') : null;
    let after = end + (um ? um[0].length : 0);
    const sm = SUFFIX_RE.exec(text.slice(after));
    const suffix = sm ? sm[0] : '';
    after += suffix.length;
    candidates.push({
      start,
      end,
      value: toNumber(m[0]),
      unit: unit ?? '',
      after,
      suffix,
      clause,
      reason: exclusion(text, start, end, mask, unit),
    });
  }

  // 2. 对…的 conditions
  conditionPass(text, clauses, candidates);

  // 3. records, clause by clause
  const records: Found[] = [];
  clauses.forEach((clause, ci) => {
    const recs = candidates.filter((c) => c.clause === ci && c.reason === null);
    if (recs.length === 0) return;
    const segStart: number[] = recs.map(() => clause.start);
    const segEnd: number[] = recs.map(() => clause.end);
    for (let k = 0; k + 1 < recs.length; k++) {
      const from = recs[k]!.after;
      const between = text.slice(from, recs[k + 1]!.start);
      let idx = between.lastIndexOf('、');
      if (idx < 0) {
        const ms = [...between.matchAll(/和|及|与/gu)];
        idx = ms.length ? ms[ms.length - 1]!.index : -1;
      }
      if (idx < 0) continue;
      segEnd[k] = from + idx;
      segStart[k + 1] = from + idx + 1;
    }
    recs.forEach((c, k) => {
      const prevAfter = k > 0 ? recs[k - 1]!.after : clause.start;
      const windowStart = Math.max(segStart[k]!, prevAfter);
      const pre = text.slice(windowStart, c.start);
      let post = text.slice(c.after, segEnd[k]);
      if (clause.paren) post = post.replace(/[))]$/u, '');
      const prev = records.at(-1);
      const hostOfParen =
        clause.paren && prev && prev.clause === ci - 1 && clauses[ci - 1]!.sentence === clause.sentence;

      // comparator
      let comparator: Comparator | null = c.suffix ? SUFFIX_COMPARATOR[c.suffix]! : null;
      if (!comparator) comparator = prefixComparator(pre);
      if (!comparator && k > 0) comparator = prefixComparator(text.slice(clause.start, recs[0]!.start), true);
      if (!comparator && hostOfParen) comparator = prev.comparator;
      comparator ??= '=';

      // unit: 每人 / 每月 … make a rate
      let unit = c.unit;
      if (!unit.includes('/')) {
        const per = PER_MARKERS.filter(([re]) => re.test(pre)).map(([, u]) => u);
        if (per.length) unit += '/' + per.join('·');
      }

      // kind
      const clauseText = text.slice(clause.start, clause.end);
      let kind: TargetKind =
        c.standard || STANDARD_CUE_RE.test(clauseText) || unit.includes('/') ? 'standard' : 'target';
      if (hostOfParen && prev.kind === 'standard') kind = 'standard';

      // timeframe and year
      const sentenceStart = clauses.find((x) => x.sentence === clause.sentence)!.start;
      const lead = text.slice(sentenceStart, c.start);
      let year: number | null = null;
      for (const ym of lead.matchAll(BY_YEAR_RE)) year = Number(ym[1] ?? ym[2]);
      const local: Timeframe | null = /年均/u.test(clauseText)
        ? 'annual-average'
        : /每年|逐年/u.test(clauseText)
          ? 'per-year'
          : null;
      const headPerYear = clauses.some(
        (x, xi) => xi < ci && x.sentence === clause.sentence && HEAD_PER_YEAR_RE.test(text.slice(x.start, x.end)),
      );
      const timeframe: Timeframe =
        local ??
        (kind === 'target' && headPerYear
          ? 'per-year'
          : OVER_YEARS_RE.test(lead)
            ? 'over-years'
            : year !== null
              ? 'by-year'
              : 'none');

      // indicator
      let { indicator, object } = indicatorOf(pre, post, unit, clause.paren);
      if (object === null && hostOfParen && prev.object && indicator.startsWith('(')) {
        indicator = prev.object + indicator;
        object = prev.object;
      }
      if (k > 0 && object === null && segStart[k]! > clause.start) {
        const first = records.at(-k)!;
        const verb = SHARED_VERB_RE.exec(first.indicator)?.[0];
        if (first.clause === ci && first.object === null && verb && !SHARED_VERB_RE.test(indicator))
          indicator = verb + indicator;
      }
      if (GENERIC_RE.test(indicator) && prev && clauses[prev.clause]!.part === clause.part) {
        const topic = prev.indicator.replace(METRIC_SUFFIX_RE, '') || prev.indicator;
        indicator = topic + indicator;
      }
      if (!indicator) indicator = text.slice(segStart[k], segEnd[k]);

      records.push({
        start: c.statementStart ?? segStart[k]!,
        end: c.statementEnd ?? segEnd[k]!,
        numStart: c.start,
        indicator,
        object,
        value: c.value,
        unit,
        comparator,
        timeframe,
        year,
        kind,
        clause: ci,
      });
    });
  });
  records.sort((a, b) => a.numStart - b.numStart);
  return { candidates, records };
}

function prefixComparator(pre: string, strictOnly = false): Comparator | null {
  let found: Comparator | null = null;
  for (const m of pre.matchAll(PREFIX_COMPARATOR_RE)) found = PREFIX_COMPARATOR[m[0]]!;
  if (!strictOnly && ABOUT_RE.test(pre)) return '≈';
  return found;
}

/**
 * 对…的 conditions. A clause opening with 对 whose first 的 (in it or in one of the next two clauses, with no 给予 and no
 * number before) closes the condition; the consequence is the rest of that clause, plus the next clause when the 的
 * is followed only by a short head noun (…的家庭,纳入低保边缘群体管理).
 */
function conditionPass(text: string, clauses: Clause[], candidates: Candidate[]): void {
  const live = (c: Candidate) => c.reason === null;
  clauses.forEach((c, ci) => {
    const off = c.paren ? 1 : 0;
    if (!/^对(?!标|接|口|照|外|此|于此)/u.test(text.slice(c.start + off, c.end))) return;
    let de = -1;
    let deClause = -1;
    for (let cj = ci; cj <= ci + 2 && cj < clauses.length && clauses[cj]!.sentence === c.sentence; cj++) {
      const cc = clauses[cj]!;
      if (cj > ci && cc.paren) break;
      const from = cj === ci ? c.start + off + 1 : cc.start;
      const k = text.indexOf('的', from);
      if (k >= 0 && k < cc.end) {
        de = k;
        deClause = cj;
        break;
      }
      if (/给予/u.test(text.slice(cc.start, cc.end)) || HAS_DIGIT.test(text.slice(cc.start, cc.end))) break;
    }
    if (de < 0) return;
    const regionStart = c.start + off;
    if (/给予|提高到|提高至/u.test(text.slice(regionStart, de))) return;
    const dc = clauses[deClause]!;
    const next = clauses[deClause + 1];
    const extend =
      /^[\p{Script=Han}]{0,4}$/u.test(text.slice(de + 1, dc.end)) &&
      next !== undefined &&
      next.sentence === c.sentence &&
      !next.paren;
    const consEnd = extend ? next.end : dc.end;
    const inRegion = candidates.filter((x) => live(x) && x.start >= regionStart && x.start < de);
    const inConsequence = candidates.filter((x) => live(x) && x.start > de && x.start < consEnd);
    for (const x of inRegion) {
      if (inConsequence.length) x.reason = 'condition';
      else {
        x.standard = true;
        x.statementStart = c.start;
        x.statementEnd = consEnd;
      }
    }
    for (const x of inConsequence) {
      x.standard = true;
      if (x.clause !== ci) x.statementStart = c.start;
    }
  });
}

/**
 * The indicator from the words of the number's segment. `pre` is the text before the number, `post` after its unit
 * and comparator suffix. Returns the object noun (what follows the number) separately for inheritance.
 */
function indicatorOf(
  pre: string,
  post: string,
  unit: string,
  paren: boolean,
): { indicator: string; object: string | null } {
  let p = paren ? pre.replace(/^[((]/u, '') : pre;
  const object = objectOf(post);

  // 对X(最高)给予 / 对X提高到 …: a standard for beneficiary X
  const bm = /^对(.+?)(?:最高|最多)?(?:给予|提高到|提高至|调整为|调整到|提升到|提升至|补助|奖励|发放)/u.exec(p);
  const gm = bm || !object ? null : /给予(.+)$/u.exec(p);
  const beneficiary = (bm?.[1] ?? gm?.[1])?.replace(ANYWHERE_RE, '').trim();
  if (beneficiary) return { indicator: object ? `${object}(${beneficiary})` : `(${beneficiary})`, object };

  if (object) return { indicator: object, object };

  if (unit === '倍') {
    const rm = /^(.+?)(?:低于|高于|达到|不低于|不高于|超过|为|是)(.+)$/u.exec(strip(p, false));
    if (rm) return { indicator: `${strip(rm[1]!)}与${strip(rm[2]!)}之比`, object: null };
  }
  p = strip(p);
  return { indicator: p, object: null };
}

function objectOf(post: string): string | null {
  if (!post || /^[并且而以,,、的和及与;;]/u.test(post)) return null;
  const cut = post.split('的')[0]!.trim();
  return cut || null;
}

function strip(s: string, trailing = true): string {
  let t = s.trim();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(LEADING_RE, '').trim();
  }
  t = t.replace(ANYWHERE_RE, '');
  if (trailing) {
    for (let prev = ''; prev !== t;) {
      prev = t;
      t = t.replace(TRAILING_RE, '').replace(BASELINE_RE, '').trim();
    }
  }
  return t;
}
