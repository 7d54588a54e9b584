/**
 * The numbers of a measure's text and what the text says about each, extracted by rule from its body paragraphs.
 *
 * Pure TypeScript: no Astro, no I/O. Rules are written for the genre of Chinese plan documents (实施方案, 行动计划),
 * not for one file; where a rule cannot be general, `content/target-overrides.json` sets fields of named records.
 * Width-blind: every rule matches on `foldWidth(text)` (same offsets) and every verbatim field is sliced from the
 * original text, so full-width and ASCII punctuation give the same records.
 *
 * How a paragraph is read:
 * 1. Split into sentences (。!?), parts (;) and clauses (,). A parenthesis that holds a digit is a clause of its
 *    own, parentheses included: `(对毕业5年内在我区创业的大学生提高到30万元)`.
 * 2. Every Arabic number is a candidate (Chinese numerals name programmes and lists in this genre — 三支一扶, 六特,
 *    一次性奖补 — and are not read). It is NOT recorded when (reason in `NumberReason`): `name` inside “…” 《…》 〔…〕
 *    or next to a Latin letter or `+` (“1311”, “10+N”); `ordinal` after 第; `year` 1900–2100 before 年 or a year
 *    range; `date` before 月/日/号; `timeframe` the N of 用N年时间 (it is the record's `years`); `baseline` the X of
 *    由X提高到Y; `no-unit`. Every other number with a unit is a record: one that states a 对…的 condition is an
 *    `eligibility` record even when its consequence holds a number of its own (稳定就业6个月以上的 → 200元/人).
 * 3. A clause holding several numbers is cut at the 、 (else 和/及/与) between them; words before the first item
 *    (至少, 每年) apply to every item, and then lie in the record's `quote`. A verb of flow (新增, 新培育) carries on to
 *    the next items of the sentence that have no verb of their own and count the same thing (`sharedVerbRule`).
 * 4. Each field has one rule function (exported, each with its own table of cases from the real text):
 *    `comparatorRule`, `formRule`, `figureRule`, `timeRule`, `hedgeRule`, `kindRule`, `recipientRule`, `unitRule`,
 *    `indicatorRule`, `sharedVerbRule`.
 */
import { z } from 'zod';
import { SourceError } from '../errors.ts';
import { describeIssues, jsonLines, parseJsonText, type JsonLines } from '../reviewed.ts';
import type { Comparator, Form, Paragraph, Target, TargetKind, Timeframe } from '../model.ts';
import { comparatorSchema, formSchema, targetKindSchema, timeframeSchema } from '../schemas.ts';
import { chineseNumeral, foldWidth } from '../text/text.ts';
import { dictionary, longestAt, scan, type Dictionary } from '../text/scan.ts';
import {
  CLAUSE_END,
  lastBoundary,
  LIST_COMMA,
  PAIR_JOINERS,
  PART_END,
  SENTENCE_END,
  splitText,
  trimPiece,
} from '../text/split.ts';

export const TARGET_OVERRIDES_FILE = 'content/reviewed/target-overrides.json';

// ---------------------------------------------------------------------------------------------------------------
// Overrides

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
        form: formSchema.optional(),
        timeframe: timeframeSchema.optional(),
        year: z.number().int().nullable().optional(),
        kind: targetKindSchema.optional(),
        recipient: z.string().min(1).nullable().optional(),
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

/** The overrides from the file's text: errors name the line of the entry at fault. */
export function parseOverridesText(text: string, file: string = TARGET_OVERRIDES_FILE): TargetOverride[] {
  return validateTargetOverrides(file, parseJsonText(text, file), undefined, jsonLines(text));
}

/**
 * Check the shape of the overrides file; with `measures`, also that every override matches at least one record the
 * rules extract from its measure (an override that matches nothing is stale and must go). `lines` (from the file's
 * text) gives each error the line of its entry; without it errors point at line 1.
 */
export function validateTargetOverrides(
  file: string,
  data: unknown,
  measures?: ReadonlyArray<{ number: number; paragraphs: readonly Paragraph[] }>,
  lines?: JsonLines,
): TargetOverride[] {
  const lineOf = (i: number) => lines?.lineOf([i]) ?? 1;
  const parsed = targetOverridesSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.path[0];
    const detail = describeIssues(parsed.error, '(root)');
    throw new SourceError(file, typeof first === 'number' ? lineOf(first) : 1, `bad target overrides: ${detail}`);
  }
  const overrides = parsed.data;
  if (measures) {
    overrides.forEach((o, i) => {
      const m = measures.find((x) => x.number === o.measure);
      if (!m)
        throw new SourceError(file, lineOf(i), `override [${i}] names measure ${o.measure}, which does not exist`);
      const found = extractRaw(o.measure, m.paragraphs).filter((t) => matches(o, t));
      if (found.length === 0) throw new SourceError(file, lineOf(i), unmatched(i, o));
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
  paragraphs: readonly Paragraph[],
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
export type NumberReason = 'name' | 'ordinal' | 'year' | 'date' | 'timeframe' | 'baseline' | 'no-unit';

/** Every reason, in the order the pages name them (the site's count sentences say what they leave out). */
export const NUMBER_REASONS: readonly NumberReason[] = [
  'year',
  'date',
  'timeframe',
  'ordinal',
  'name',
  'baseline',
  'no-unit',
];

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
export function auditNumbers(paragraphs: readonly Paragraph[]): NumberDecision[] {
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

function extractRaw(measure: number, paragraphs: readonly Paragraph[]): RawTarget[] {
  return paragraphs.flatMap((p, paragraph) =>
    analyse(p.text).records.map((r) => ({ measure, paragraph, ...r.fields })),
  );
}

// --- lexical tables (all matched on width-folded text: ASCII punctuation only) ------------------------------------

const NUMBER_RE = /[0-9]+(?:\.[0-9]+)?/g;
const HAS_DIGIT = /[0-9]/;

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
  '‰',
];
const UNIT_RE = new RegExp(
  `^(${UNITS.join('|')})(/(?:人|户|亩|月|年|天|次|吨|头|只|平方米)(?:[·・](?:月|年|天))?)?`,
  'u',
);

/**
 * Comparator words written after the figure. 以上/以下/以内 include the figure itself in Chinese official usage. 内
 * alone is read only after a unit of time (毕业5年内; 100家内资企业 is a name).
 */
export const SUFFIX_COMPARATOR: Readonly<Record<string, Comparator>> = {
  及以上: '≥',
  以上: '≥',
  以内: '≤',
  之内: '≤',
  内: '≤',
  以下: '≤',
  左右: '≈',
  上下: '≈',
};
const SUFFIX_RE = new RegExp(
  `^(?:${Object.keys(SUFFIX_COMPARATOR)
    .filter((w) => w !== '内')
    .join('|')})`,
  'u',
);
const TIME_UNIT_RE = /^(?:年|个月|月|周|天|日|小时)$/u;

/** Comparator words written before the figure: strict (超过 >, 低于 <) and inclusive (不低于 ≥, 最高 ≤). */
export const PREFIX_COMPARATOR: Readonly<Record<string, Comparator>> = {
  不低于: '≥',
  不少于: '≥',
  至少: '≥',
  超过: '>',
  高于: '>',
  多于: '>',
  突破: '>',
  不超过: '≤',
  不高于: '≤',
  最高: '≤',
  最多: '≤',
  低于: '<',
  少于: '<',
};
const PREFIX_COMPARATOR_WORDS = dictionary(Object.entries(PREFIX_COMPARATOR));
/** Words for 'about' (≈), read only right before the number (节约, 约束 are words); longest first. */
export const ABOUT_WORDS: readonly string[] = ['大约', '约为', '约'];
const ABOUT_RE = new RegExp(`(?:${ABOUT_WORDS.join('|')})$`, 'u');

/** Verbs that say what kind of figure it is (`Form`), longest first. 达 only right before the number. */
export const FORM_VERBS: Readonly<Record<string, Form>> = {
  稳定在: 'held',
  保持在: 'held',
  控制在: 'held',
  维持在: 'held',
  提高到: 'level',
  提高至: 'level',
  提升到: 'level',
  提升至: 'level',
  增加到: 'level',
  增加至: 'level',
  降低到: 'level',
  下降到: 'level',
  累计达到: 'level',
  累计达: 'level',
  达到: 'level',
  增至: 'level',
  降至: 'level',
  降到: 'level',
  调增: 'change',
  调减: 'change',
  增长: 'change',
  提高: 'change',
  提升: 'change',
  增加: 'change',
  下降: 'change',
  降低: 'change',
  减少: 'change',
};
/** Verbs read only when the number follows at once (达 is also part of 达标, 到达…; 达到 is one of `FORM_VERBS`). */
export const BARE_FORM_VERBS: Readonly<Record<string, Form>> = { 达: 'level' };
const FORM_VERB_WORDS = dictionary(Object.entries(FORM_VERBS));
const FORM_VERB_AT_END = dictionary(Object.entries(BARE_FORM_VERBS));

const BY_YEAR_RE = /(?:到|至|于)((?:19|20)\d\d)年(?:底|末)?|((?:19|20)\d\d)年(?:底|末)?(?:前|以前)/gu;
const YEARS_NUMERAL = '[0-9一二三四五六七八九十两]+';
const OVER_YEARS_RE = new RegExp(
  `(?:力争)?(?:用(${YEARS_NUMERAL})年(?:左右)?(?:的)?时间|经过(${YEARS_NUMERAL})年(?:左右)?(?:的)?努力)`,
  'u',
);
/**
 * The words that make a figure `per-year`, `per-period` and `annual-average` (the other timeframes are patterns with
 * a year). Read wherever the statement writes them: before the figure (每年开展…200人, 每月至少进行1次) or in a change
 * phrase after it (不低于55%并逐年增加).
 */
export const TIMEFRAME_WORDS = {
  'per-year': ['每年', '逐年'],
  'per-period': ['每月', '每季度', '每季', '每半年', '每周', '每旬'],
  'annual-average': ['年均'],
} as const satisfies Partial<Record<Timeframe, readonly string[]>>;
const PER_YEAR_RE = new RegExp(TIMEFRAME_WORDS['per-year'].join('|'), 'gu');
const PER_PERIOD_RE = new RegExp(TIMEFRAME_WORDS['per-period'].join('|'), 'gu');
const ANNUAL_AVERAGE_RE = new RegExp(TIMEFRAME_WORDS['annual-average'].join('|'), 'gu');

/**
 * Words of resolve the genre writes before a figure (力争每年新增…20户以上, 确保…): they qualify the commitment, so a
 * record keeps them among its qualifier words and its label shows them.
 */
export const HEDGE_WORDS: readonly string[] = ['力争', '争取', '确保', '努力', '力求'];
const HEDGE_DICT = dictionary(HEDGE_WORDS.map((w) => [w, w] as const));
const SCOPE_WORDS = '全市|全县|全区|全省|全州|全盟|全旗|各地';
/** Words that may open a clause before its subject: 到YYYY年, resolve, scope. */
const HEAD_WORDS = `(?:(?:到|至)(?:19|20)\\d\\d年(?:底|末)?|${HEDGE_WORDS.join('|')}|${SCOPE_WORDS})`;
/** A clause that opens with 每年 (after scope and resolve words) sets the pace for the parallel clauses after it. */
const HEAD_PER_YEAR_RE = new RegExp(`^\\(?${HEAD_WORDS}*(${TIMEFRAME_WORDS['per-year'].join('|')})`, 'u');
/** A clause of resolve, scope and time words only, with no predicate of its own (力争用5年时间,): it heads the rest. */
const HEAD_CLAUSE_RE = new RegExp(`^\\(?(?:${HEAD_WORDS}|${OVER_YEARS_RE.source})+$`, 'u');

/** A change phrase joined to the figure it follows (不低于55%并逐年增加): part of the figure as written. */
const CHANGE_TAIL_RE =
  /^(?:(?:并且|并|且|而且)(?:逐年|每年|逐步|稳步|持续|不断)?|逐年|逐步|稳步|持续|不断)(?:有所)?(?:增加|提高|提升|增长|递增|扩大|上升|下降|降低|减少|递减)$/u;

const STANDARD_CUE_RE = /给予|最高|至少提供|调增|每人|每户|每月/u;
const PER_MARKERS: [RegExp, string][] = [
  [/每人/u, '人'],
  [/每户/u, '户'],
  [/每亩/u, '亩'],
  [/每月/u, '月'],
  [/每天|每日/u, '天'],
];
/** An earlier clause that names whom the sentence serves: 聚焦长期失业人员、…等就业困难群体. */
const SERVED_RE = /^(?:聚焦|针对|面向|帮助|服务)(.+)$/u;
/** The verbs by which 对X… gives X something (对创业个人最高给予20万元, 对…大学生提高到30万元). */
const GIVE_VERB = '(?:最高|最多)?(?:给予|提高到|提高至|调整为|调整到|提升到|提升至|补助|奖励|发放)';
/** 对X + a giving verb: X is who receives. */
const TO_RECIPIENT_RE = new RegExp(`^对(.+?)${GIVE_VERB}`, 'u');
/** The words after 对…的 up to the giving verb of the same clause: the head noun of the holder (…的大学生提高到). */
const HOLDER_HEAD_RE = new RegExp(`^(\\p{Script=Han}{1,6}?)${GIVE_VERB}`, 'u');
/** What names a party (a person, household or organisation) rather than a thing given: 劳务经纪人, 小微企业. */
const PARTY_RE = /(?:人|者|员|户|家庭|企业|组织|机构|单位|主体|群体|对象|农场|合作社)$/u;

const LEADING_RE =
  /^(?:(?:到|至)(?:19|20)\d\d年(?:底|末)?,?|(?:19|20)\d\d年(?:底|末)?(?:前|以前),?|(?:力争)?用\S{1,3}年(?:左右)?(?:的)?时间,?|力争|确保|努力|争取|全市|全县|全区|全省|全州|全盟|全旗|各地|各县(?:[(<]市、区[)>])?|每年|年均|逐年|开展|实现|给予|按规定|按照规定|依规|调增|调减|(?:稳慎|稳步|积极|加快|深入|持续|审慎稳妥)?推进)/u;
const ANYWHERE_RE = /年均|每年|逐年|每月|每人|每户|至少|不低于|不少于|不超过|不高于|最高|最多/gu;
const TRAILING_RE =
  /(?:增长|调增|调减|达到|累计达|达|稳定在|控制在|保持在|维持在|提高到|提高至|提升到|提升至|增加到|增加至|增至|降至|降到|下降到|超过|高于|低于|突破|约为|大约|约|分别|总计|共|均|为|在|的)$/u;
/** 由85%(提高到): the baseline is not part of the indicator. */
const BASELINE_RE = /[由从][0-9][^,]*$/u;
/** Verbs of flow a list of items shares (`sharedVerbRule`): 新增上市企业3家、新三板挂牌企业5家 → 新增新三板挂牌企业. */
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

/** A stretch of the paragraph: offsets into it. */
export interface Span {
  start: number;
  end: number;
}

/** A number of the (width-folded) paragraph with the unit and comparator suffix written after it. */
export interface NumberSpan extends Span {
  value: number;
  /** The unit as written after the number (width-folded), '' for none. */
  unit: string;
  /** End of the unit and any comparator suffix. */
  after: number;
  suffix: string;
}

interface Candidate extends NumberSpan {
  clause: number;
  reason: NumberReason | null;
  /** Set by the condition pass: the number states the condition itself, or sits in its consequence. */
  condition?: 'region' | 'consequence';
  /** For a condition: the holder it names, 对…的 up to the head noun after 的 (…1.5倍的家庭); unset when none. */
  conditionHolder?: Span;
  /** For a condition: where its words start, after 对. */
  conditionStart?: number;
  /** For a condition whose consequence holds a number: the start of that number (the standard it decides). */
  consequence?: number;
  /** For a consequence: the start of its condition (对…), which its quote includes. */
  quoteFrom?: number;
  statementStart?: number;
  statementEnd?: number;
}

/**
 * Everything the field rules may look at for one number, all on the width-folded text (same offsets as the original).
 * Built by `analyse`; `numberContexts` exposes it so each rule can be tested on sentences of the real text.
 */
export interface NumberContext extends NumberSpan {
  /** The paragraph, width-folded. */
  text: string;
  clause: Clause;
  /** Start of the record's own segment (the clause, or its 、-item). */
  segStart: number;
  segEnd: number;
  /** Segment text before the number, from the previous number's end at the earliest. */
  preStart: number;
  /** Start of the sentence. */
  sentenceStart: number;
  /** For the second and later numbers of a clause: the clause start up to the first number (shared words). */
  listLead: Span | null;
  /** Earlier clauses of the same sentence. */
  earlier: Clause[];
  condition: 'region' | 'consequence' | null;
  /** For a condition: the holder it names (…的家庭, …的大学生), or null when 的 ends it with no noun after. */
  conditionHolder: Span | null;
  /** For a condition: where its words start, after 对 (they may begin in an earlier clause: 对扣减刚性支出后,…). */
  conditionStart: number | null;
}

/** A word of the text with its place in the paragraph. */
export interface Word extends Span {
  text: string;
}

/** A record as the rules find it: the model's fields plus where its number and clause stand. */
interface Found {
  /** The model's fields. */
  fields: Omit<Target, 'id' | 'measure' | 'paragraph'>;
  indicator: string;
  unit: string;
  kind: TargetKind;
  comparator: Comparator;
  numStart: number;
  object: string | null;
  clause: number;
  /** The qualifier words with their offsets (a parenthesis after this record inherits them). */
  qualifierWords: Word[];
  /** Where the verb of flow its indicator starts with is written (its own, or carried from an earlier item). */
  verbAt: number | null;
  /** The recipient span (a condition whose holder is unnamed takes its standard's). */
  recipient: Span | null;
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

/**
 * Clauses of a paragraph as written (the splitter is width-blind, and an ASCII ! or ? ends a sentence only where one
 * really ends, which the folded copy no longer tells). Quoted names are not cut; a parenthesis is not cut either, and
 * one that holds a digit is a clause of its own.
 */
function splitClauses(text: string, mask: boolean[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let part = 0;
  const pieces = splitText(text, CLAUSE_END, {
    brackets: { open: '(', close: ')' },
    ownPiece: (bracketed) => HAS_DIGIT.test(foldWidth(bracketed)),
    opaque: (i) => mask[i]!,
  });
  for (const piece of pieces) {
    const { start, end } = trimPiece(piece);
    if (end > start) clauses.push({ start, end, sentence, part, paren: piece.bracketed });
    const closer = piece.closer && foldWidth(piece.closer);
    if (closer && SENTENCE_END.includes(closer)) sentence++;
    if (closer && PART_END.includes(closer)) part++;
  }
  return clauses;
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
  const value = Number(text.slice(start, end));
  if (mask[start]) return 'name';
  if (/[A-Za-z+]$/u.test(before) || /^[A-Za-z+]/u.test(after)) return 'name';
  if (/第$/u.test(before)) return 'ordinal';
  if (Number.isInteger(value) && value >= 1900 && value <= 2100 && /^(?:年|[-—–~至到](?:19|20)\d\d)/u.test(after))
    return 'year';
  if (/^(?:月|日|号)/u.test(after)) return 'date';
  if (/^年(?:左右)?(?:的)?(?:时间|努力)/u.test(after) && /(?:用|经过)$/u.test(before)) return 'timeframe';
  if (/[由从]$/u.test(before)) return 'baseline';
  if (unit === null) return 'no-unit';
  return null;
}

interface Analysis {
  candidates: Candidate[];
  contexts: NumberContext[];
  records: Found[];
}

/**
 * The last word of `words` in text[from, to), read left to right taking the longest word at each place (`longestAt`);
 * `atEnd` words count only where they end the stretch.
 */
function lastWord<T>(
  words: Dictionary<T>,
  text: string,
  from: number,
  to: number,
  atEnd: Dictionary<T> = [],
): Word | null {
  const stretch = text.slice(from, to);
  let found: Word | null = null;
  for (let i = 0; i < stretch.length;) {
    const tail = longestAt(atEnd, stretch, i);
    const word =
      longestAt(words, stretch, i)?.word ?? (tail && i + tail.word.length === stretch.length ? tail.word : null);
    if (word === null) {
      i++;
      continue;
    }
    found = { text: word, start: from + i, end: from + i + word.length };
    i += word.length;
  }
  return found;
}

/** The first match of a global regex in text[from, to), as a word with paragraph offsets. */
function firstMatch(re: RegExp, text: string, from: number, to: number): Word | null {
  const m = text.slice(from, to).matchAll(re).next();
  return m.done
    ? null
    : { text: m.value[0], start: from + m.value.index, end: from + m.value.index + m.value[0].length };
}

/** The last match of a global regex in text[from, to), as a word with paragraph offsets. */
function lastMatch(re: RegExp, text: string, from: number, to: number): Word | null {
  let found: Word | null = null;
  for (const m of text.slice(from, to).matchAll(re))
    found = { text: m[0], start: from + m.index, end: from + m.index + m[0].length };
  return found;
}

function analyse(original: string): Analysis {
  const text = foldWidth(original);
  const mask = nameMask(text);
  const clauses = splitClauses(original, mask);
  const clauseAt = (pos: number) => clauses.findIndex((c) => pos >= c.start && pos < c.end);

  // 1. candidates
  const candidates: Candidate[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const clause = clauseAt(start);
    if (clause < 0) continue;
    const um = UNIT_RE.exec(text.slice(end));
    const unit = um ? um[1]! + (um[2] ?? '') : null;
    let after = end + (um ? um[0].length : 0);
    const sm = SUFFIX_RE.exec(text.slice(after));
    const suffix = sm ? sm[0] : unit !== null && TIME_UNIT_RE.test(unit) && text[after] === '内' ? '内' : '';
    after += suffix.length;
    candidates.push({
      start,
      end,
      value: Number(m[0]),
      unit: unit ?? '',
      after,
      suffix,
      clause,
      reason: exclusion(text, start, end, mask, unit),
    });
  }

  // 2. 对…的 conditions
  conditionPass(text, clauses, candidates);

  // 3. records, clause by clause (a condition whose consequence holds a number waits for that standard: step 4)
  const contexts: NumberContext[] = [];
  const records: Found[] = [];
  const sentenceStartOf = (clause: Clause) => clauses.find((x) => x.sentence === clause.sentence)!.start;
  const earlierOf = (ci: number) => clauses.filter((x, xi) => xi < ci && x.sentence === clauses[ci]!.sentence);
  clauses.forEach((clause, ci) => {
    const recs = candidates.filter((c) => c.clause === ci && c.reason === null && c.consequence === undefined);
    if (recs.length === 0) return;
    const segStart: number[] = recs.map(() => clause.start);
    const segEnd: number[] = recs.map(() => clause.end);
    for (let k = 0; k + 1 < recs.length; k++) {
      const from = recs[k]!.after;
      const between = text.slice(from, recs[k + 1]!.start);
      let idx = lastBoundary(between, LIST_COMMA);
      if (idx < 0) idx = lastBoundary(between, PAIR_JOINERS);
      if (idx < 0) continue;
      segEnd[k] = from + idx;
      segStart[k + 1] = from + idx + 1;
    }
    recs.forEach((c, k) => {
      const prevAfter = k > 0 ? recs[k - 1]!.after : clause.start;
      const ctx = contextOf(c, ci, {
        segStart: segStart[k]!,
        segEnd: segEnd[k]!,
        preStart: Math.max(segStart[k]!, prevAfter),
        listLead: k > 0 ? { start: clause.start, end: recs[0]!.start } : null,
        condition: c.condition ?? null,
        conditionStart: c.conditionStart ?? null,
      });
      const prev = records.at(-1);
      const host =
        clause.paren && prev && prev.clause === ci - 1 && clauses[ci - 1]!.sentence === clause.sentence ? prev : null;
      const sameSentence =
        prev && clauses[prev.clause]!.sentence === clause.sentence && clauses[prev.clause]!.part === clause.part
          ? prev
          : null;
      records.push(record(ctx, c, ci, host, sameSentence));
    });
  });

  // 4. conditions whose consequence holds a number: recipient as the standard's when the holder is unnamed
  for (const c of candidates.filter((x) => x.reason === null && x.consequence !== undefined)) {
    const ctx = contextOf(c, c.clause, {
      segStart: c.statementStart!,
      segEnd: c.statementEnd!,
      preStart: c.conditionStart!,
      listLead: null,
      condition: 'region',
      conditionStart: c.conditionStart!,
    });
    const standard = records.find((r) => r.numStart === c.consequence);
    records.push(record(ctx, c, c.clause, null, null, standard?.recipient ?? null));
  }

  records.sort((a, b) => a.numStart - b.numStart);
  contexts.sort((a, b) => a.start - b.start);
  return { candidates, contexts, records };

  /** A number's context: the candidate's own fields, its clause and sentence, and the spans its caller worked out. */
  function contextOf(
    c: Candidate,
    ci: number,
    spans: Pick<NumberContext, 'segStart' | 'segEnd' | 'preStart' | 'listLead' | 'condition' | 'conditionStart'>,
  ): NumberContext {
    const clause = clauses[ci]!;
    return {
      text,
      start: c.start,
      end: c.end,
      value: c.value,
      unit: c.unit,
      after: c.after,
      suffix: c.suffix,
      clause,
      sentenceStart: sentenceStartOf(clause),
      earlier: earlierOf(ci),
      conditionHolder: c.conditionHolder ?? null,
      ...spans,
    };
  }

  /** One record from its number's context, with the rules of the fields. */
  function record(
    ctx: NumberContext,
    c: Candidate,
    ci: number,
    host: Found | null,
    prev: Found | null,
    standardRecipient: Span | null = null,
  ): Found {
    contexts.push(ctx);
    const { unit, words: rateWords } = unitRule(ctx);
    const form = formRule(ctx);
    const cmp = comparatorRule(ctx, host);
    const kind = kindRule(ctx, unit, host?.kind ?? null);
    const time = timeRule(ctx, kind);
    const hedge = hedgeRule(ctx, kind);
    const ownWords = [...rateWords, ...cmp.words, ...(form.word ? [form.word] : [])];
    const figure = figureRule(ctx, ownWords);
    let { indicator, object } = indicatorRule(ctx, unit, kind);
    if (object === null && host?.object && kind !== 'pilot') {
      indicator = host.object;
      object = host.object;
    }
    let verbAt: number | null = null;
    const ownVerb = SHARED_VERB_RE.exec(indicator)?.[0];
    if (ownVerb) {
      const at = text.indexOf(ownVerb, ctx.segStart);
      verbAt = at >= 0 && at < ctx.start ? at : null;
    } else if (prev) {
      const carried = sharedVerbRule(prev, { indicator, unit, object, formWord: form.word });
      if (carried) {
        indicator = carried + indicator;
        verbAt = prev.verbAt;
      }
    }
    if (GENERIC_RE.test(indicator) && prev) {
      const topic = prev.indicator.replace(METRIC_SUFFIX_RE, '') || prev.indicator;
      indicator = topic + indicator;
    }
    if (!indicator) indicator = text.slice(ctx.segStart, ctx.segEnd);
    const recipient =
      kind === 'standard' || kind === 'eligibility' ? recipientRule(ctx, kind, standardRecipient) : null;

    const start = c.statementStart ?? ctx.segStart;
    let end = c.statementEnd ?? ctx.segEnd;
    // A statement that starts inside a parenthesis does not take its closing bracket alone.
    if (ctx.clause.paren && start > ctx.clause.start && end === ctx.clause.end && text[end - 1] === ')') end--;
    // Each word in one field: a word that is part of the time words (每月 of 每月至少进行1次, 力争 of 力争用5年时间) is
    // not a qualifier too.
    const inTime = (w: Word) => time.words.some((t) => w.start >= t.start && w.end <= t.end);
    const qualifier = [...ownWords, ...hedge]
      .filter((w, i, all) => all.findIndex((x) => x.start === w.start) === i && !inTime(w))
      .sort((a, b) => a.start - b.start);
    const quoteStart = Math.min(
      start,
      ...qualifier.map((w) => w.start),
      ...time.words.map((w) => w.start),
      ...(verbAt === null ? [] : [verbAt]),
      ...(c.quoteFrom === undefined ? [] : [c.quoteFrom]),
    );
    return {
      fields: {
        start,
        end,
        statement: original.slice(start, end),
        quoteStart,
        quote: original.slice(quoteStart, end),
        indicator,
        value: c.value,
        unit,
        figure: original.slice(figure.start, figure.end),
        qualifier: qualifier.map((w) => original.slice(w.start, w.end)),
        comparator: cmp.comparator,
        form: form.form,
        time: time.words.map((w) => original.slice(w.start, w.end)).join(''),
        timeframe: time.timeframe,
        year: time.year,
        years: time.years,
        kind,
        recipient: recipient && original.slice(recipient.start, recipient.end),
      },
      indicator,
      unit,
      kind,
      comparator: cmp.comparator,
      numStart: c.start,
      object,
      qualifierWords: qualifier,
      clause: ci,
      verbAt,
      recipient,
    };
  }
}

/** The context of every recorded number of a paragraph (for the rule tests). */
export function numberContexts(paragraph: string): NumberContext[] {
  return analyse(paragraph).contexts;
}

// --- field rules -------------------------------------------------------------------------------------------------

/**
 * Unit: the unit written after the number; 每人/每户/每月… before it in its segment make a rate (次 + 每月 → 次/月).
 * Returns those words too: they are part of the figure as written (每月至少进行1次).
 */
export function unitRule(ctx: NumberContext): { unit: string; words: Word[] } {
  if (ctx.unit.includes('/')) return { unit: ctx.unit, words: [] };
  const words: Word[] = [];
  const per: string[] = [];
  for (const [re, u] of PER_MARKERS) {
    const w = lastMatch(new RegExp(re.source, 'gu'), ctx.text, ctx.preStart, ctx.start);
    if (w) {
      words.push(w);
      per.push(u);
    }
  }
  return { unit: per.length ? `${ctx.unit}/${per.join('·')}` : ctx.unit, words };
}

/**
 * Comparator: a suffix after the figure (以上, 以内, 左右) first, else the last comparator word before it in its
 * segment (超过, 不低于, 至少, 最高, 低于; 约 right before the number). A later item of a list takes a comparator word
 * of the list's lead (至少提供1次…、3次… → 至少); a parenthesis takes its host's (最高给予20万元(…提高到30万元)).
 * Returns the words as written, which may lie before the statement (then inside the record's quote).
 */
export function comparatorRule(
  ctx: NumberContext,
  host: { comparator: Comparator; qualifierWords?: Word[] } | null = null,
): { comparator: Comparator; words: Word[] } {
  const { text } = ctx;
  const words: Word[] = [];
  let comparator: Comparator | null = null;
  if (ctx.suffix) {
    comparator = SUFFIX_COMPARATOR[ctx.suffix]!;
    words.push({ text: ctx.suffix, start: ctx.after - ctx.suffix.length, end: ctx.after });
  }
  const about = ABOUT_RE.exec(text.slice(ctx.preStart, ctx.start));
  const prefix = about
    ? { text: about[0], start: ctx.start - about[0].length, end: ctx.start }
    : lastWord(PREFIX_COMPARATOR_WORDS, text, ctx.preStart, ctx.start);
  if (prefix) {
    words.push(prefix);
    comparator ??= about ? '≈' : PREFIX_COMPARATOR[prefix.text]!;
  }
  if (!comparator && ctx.listLead) {
    const lead = lastWord(PREFIX_COMPARATOR_WORDS, text, ctx.listLead.start, ctx.listLead.end);
    if (lead) {
      words.push(lead);
      comparator = PREFIX_COMPARATOR[lead.text]!;
    }
  }
  if (!comparator && host) {
    comparator = host.comparator;
    words.push(...(host.qualifierWords ?? []).filter((w) => PREFIX_COMPARATOR[w.text] ?? SUFFIX_COMPARATOR[w.text]));
  }
  return { comparator: comparator ?? '=', words };
}

/** Verbs of adjustment that take the adjusted thing as object before the figure (调增城乡居民基础养老金5元). */
const OBJECT_VERB_RE = /调增|调减/gu;

/**
 * Form: the form verb right before the number (稳定在11.2万亩 held, 增长8% change, 达到50万亩 level), or 调增/调减 with
 * its object between (调增城乡居民基础养老金5元, change); a verb inside a noun (能力提升培训200人) is not one.
 */
export function formRule(ctx: NumberContext): { form: Form; word: Word | null } {
  const direct = lastWord(FORM_VERB_WORDS, ctx.text, ctx.preStart, ctx.start, FORM_VERB_AT_END);
  const word =
    direct && direct.end === ctx.start ? direct : lastMatch(OBJECT_VERB_RE, ctx.text, ctx.preStart, ctx.start);
  return { form: word ? (FORM_VERBS[word.text] ?? 'level') : 'level', word };
}

/**
 * Figure: the verbatim span from the earliest qualifier word of the number's own segment (超过, 达到, 稳定在, 最高) to
 * the end of its unit and suffix: 超过30家, 达到90%以上, 低于低保标准1.5倍. Words inherited from a list lead or a host
 * lie outside the segment and are not part of it. A change phrase that ends the segment right after the figure is
 * part of it (不低于55%并逐年增加): the figure states a floor and a direction together.
 */
export function figureRule(ctx: NumberContext, words: readonly Word[]): Span {
  const own = words.filter((w) => w.start >= ctx.preStart && w.end <= ctx.start);
  const tail = CHANGE_TAIL_RE.test(ctx.text.slice(ctx.after, ctx.segEnd));
  return { start: Math.min(ctx.start, ...own.map((w) => w.start)), end: tail ? ctx.segEnd : ctx.after };
}

/**
 * Time: 年均, 每年/逐年 or 每月/每季度… before the number in its clause (or in the list's lead); for a target, 每年
 * heading an earlier clause of the sentence (到2027年每年新培育…2000个,创造新岗位3000个); 用N年时间 earlier in the
 * sentence; 到YYYY年 earlier in the sentence; else such a word after the figure in its segment (不低于55%并逐年增加);
 * else none. A 到YYYY年 written right before 每年/年均 stays with it (到2027年每年). `year` is the governing 到YYYY年
 * whatever the timeframe.
 */
export function timeRule(
  ctx: NumberContext,
  kind: TargetKind,
): { timeframe: Timeframe; words: Word[]; year: number | null; years: number | null } {
  const { text } = ctx;
  let byYear: Word | null = null;
  let year: number | null = null;
  for (const m of text.slice(ctx.sentenceStart, ctx.start).matchAll(BY_YEAR_RE)) {
    byYear = { text: m[0], start: ctx.sentenceStart + m.index, end: ctx.sentenceStart + m.index + m[0].length };
    year = Number(m[1] ?? m[2]);
  }
  const withYear = (w: Word): Word[] => (byYear && byYear.end === w.start ? [byYear, w] : [w]);
  const periodic: [Timeframe, RegExp][] = [
    ['annual-average', ANNUAL_AVERAGE_RE],
    ['per-year', PER_YEAR_RE],
    ['per-period', PER_PERIOD_RE],
  ];
  for (const [timeframe, re] of periodic) {
    const w = lastMatch(re, text, ctx.clause.start, ctx.start);
    if (w) return { timeframe, words: withYear(w), year, years: null };
  }
  if (kind === 'target') {
    for (const c of ctx.earlier) {
      const m = HEAD_PER_YEAR_RE.exec(text.slice(c.start, c.end));
      if (!m) continue;
      const at = c.start + m[0].length - m[1]!.length;
      return {
        timeframe: 'per-year',
        words: withYear({ text: m[1]!, start: at, end: at + m[1]!.length }),
        year,
        years: null,
      };
    }
  }
  const over = OVER_YEARS_RE.exec(text.slice(ctx.sentenceStart, ctx.start));
  if (over) {
    const n = over[1] ?? over[2]!;
    const start = ctx.sentenceStart + over.index;
    return {
      timeframe: 'over-years',
      words: [{ text: over[0], start, end: start + over[0].length }],
      year,
      years: /^\d+$/u.test(n) ? Number(n) : chineseNumeral(n.replace('两', '二')),
    };
  }
  if (byYear) return { timeframe: 'by-year', words: [byYear], year, years: null };
  for (const [timeframe, re] of periodic) {
    const w = firstMatch(re, text, ctx.after, ctx.segEnd);
    if (w) return { timeframe, words: [w], year, years: null };
  }
  return { timeframe: 'none', words: [], year, years: null };
}

/**
 * Resolve: a word of resolve (力争, 争取, 确保…) before the number in its clause (力争每年新增入规工业企业20户以上), or
 * heading the sentence in an earlier clause that has no predicate of its own (力争用5年时间,…) or, for a target, in the
 * clause whose 每年 paces the later ones. A clause with a predicate of its own keeps its 确保 (确保就业局势总体稳定,
 * 全市城镇新增就业…: the 确保 is that clause's). 经过5年努力 is time, not resolve.
 */
export function hedgeRule(ctx: NumberContext, kind: TargetKind): Word[] {
  const { text } = ctx;
  const own = hedgeIn(text, ctx.clause.start, ctx.start);
  if (own) return [own];
  for (const c of ctx.earlier) {
    const clauseText = text.slice(c.start, c.end);
    const pace = kind === 'target' ? HEAD_PER_YEAR_RE.exec(clauseText) : null;
    if (!HEAD_CLAUSE_RE.test(clauseText) && !pace) continue;
    const w = hedgeIn(text, c.start, pace ? c.start + pace[0].length : c.end);
    if (w) return [w];
  }
  return [];
}

/** The last word of resolve in text[from, to), leaving out the 努力 of 经过N年努力. */
function hedgeIn(text: string, from: number, to: number): Word | null {
  const hits = scan(text.slice(from, to), HEDGE_DICT).filter(
    (m) => !/经过\S{1,3}年(?:左右)?(?:的)?$/u.test(text.slice(from, from + m.start)),
  );
  const m = hits.at(-1);
  return m ? { text: m.word, start: from + m.start, end: from + m.end } : null;
}

/**
 * Kind: `eligibility` when the number states a 对…的 condition whose consequence has no number (低于低保标准1.5倍的家庭,
 * 纳入低保边缘); `pilot` when the words after it name a 试点; `scope` when it sits inside a 对…的 object in mid-clause
 * (加强对3个…县和96个…村的倾斜投入: where effort goes, not a result); `standard` when it is the consequence of a 对…的
 * condition, its clause gives (给予, 最高, 至少提供, 调增, 每人/每户/每月) or its unit is a rate (元/人); else `target`.
 */
export function kindRule(ctx: NumberContext, unit: string, hostKind: TargetKind | null = null): TargetKind {
  const { text } = ctx;
  if (ctx.condition === 'region') return 'eligibility';
  if (/^[^,;。]*试点/u.test(text.slice(ctx.after, ctx.segEnd))) return 'pilot';
  const open = ctx.clause.paren ? ctx.clause.start + 1 : ctx.clause.start;
  const before = text.slice(text[open] === '对' ? open + 1 : open, ctx.start);
  const scopeOpen = /对(?!标|接|口|照|外|此)([^对]*)$/u.exec(before);
  if (
    scopeOpen &&
    !/给予|提高到|提高至/u.test(scopeOpen[1]!) &&
    /^[^,;。]*的/u.test(text.slice(ctx.after, ctx.clause.end))
  )
    return 'scope';
  if (ctx.condition === 'consequence') return 'standard';
  if (STANDARD_CUE_RE.test(text.slice(ctx.clause.start, ctx.clause.end)) || unit.includes('/')) return 'standard';
  if (hostKind === 'standard') return 'standard';
  return 'target';
}

/**
 * Recipient, as the text names them: for a condition, the holder it names (对…的家庭, 对…的大学生), else — 的 with no
 * noun after it (对组织…就业6个月以上的,给予劳务中介组织、劳务经纪人…) — the recipient of the standard it decides;
 * 对X(最高)给予 / 对X提高到 → X; 给予X … → X when X names a party (劳务中介组织、劳务经纪人; not 给予体检1次); an earlier
 * clause 聚焦/针对/面向 X → X; else null: the text does not say. A word that starts the name of the benefit is no
 * recipient (调增城乡居民基础养老金5元: 城乡居民基础养老金 is the pension's name).
 */
export function recipientRule(
  ctx: NumberContext,
  kind: TargetKind,
  standardRecipient: Span | null = null,
): Span | null {
  const { text } = ctx;
  if (kind === 'eligibility') return ctx.conditionHolder ?? standardRecipient;
  const open = ctx.clause.paren ? ctx.clause.start + 1 : ctx.clause.start;
  const before = text.slice(open, ctx.start);
  const to = TO_RECIPIENT_RE.exec(before);
  if (to) return trimSpan(text, open + 1, open + 1 + to[1]!.length);
  const give = /给予(?:[^给]*?)$/u.exec(text.slice(ctx.preStart, ctx.start));
  if (give && give[0].length > 2) {
    const span = trimSpan(text, ctx.preStart + give.index + 2, ctx.start);
    if (PARTY_RE.test(text.slice(span.start, span.end))) return span;
  }
  for (const c of [...ctx.earlier].reverse()) {
    const m = SERVED_RE.exec(text.slice(c.start, c.end));
    if (m) return { start: c.end - m[1]!.length, end: c.end };
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  const strip = /^(?:按规定|按照规定|依规)/u.exec(text.slice(s, e));
  if (strip) s += strip[0].length;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/**
 * Indicator: what the figure counts, from the words of its segment less scope, time, comparator and predicate words;
 * when an object follows the number (1500个公益性岗位) the object; for N倍, `A与B之比`; for a pilot, the pilot as
 * written (农村土地承包二轮到期后再延长30年试点). For a condition, its words from after 对, with the phrases that
 * qualify them even where they lie in an earlier clause (对扣减刚性支出后,人均收入低于… → 扣减刚性支出后人均收入与低保
 * 标准之比). Width-folded text (a derived label, not a quotation).
 */
export function indicatorRule(
  ctx: NumberContext,
  unit: string,
  kind: TargetKind,
): { indicator: string; object: string | null } {
  const { text } = ctx;
  const from = kind === 'eligibility' && ctx.conditionStart !== null ? ctx.conditionStart : ctx.preStart;
  let pre = text.slice(from, ctx.start);
  if (from < ctx.preStart) pre = pre.replace(/[,;]/gu, '');
  if (ctx.clause.paren) pre = pre.replace(/^\(/u, '');
  let post = text.slice(ctx.after, ctx.segEnd);
  if (ctx.clause.paren) post = post.replace(/\)$/u, '');
  if (kind === 'pilot') return { indicator: strip(text.slice(ctx.segStart, ctx.segEnd), false), object: null };
  // A condition's words after the figure name its holder (…5年内在我区创业的大学生), not what it counts.
  const object = kind === 'eligibility' ? null : objectOf(post);
  // 对X给予 … / 给予X …: X is the recipient (recipientRule), the object is the benefit.
  if (TO_RECIPIENT_RE.test(pre) && !object) return { indicator: '', object: null };
  if (object) return { indicator: object, object };
  if (unit === '倍') {
    const rm = /^(.+?)(?:低于|高于|达到|不低于|不高于|超过|为|是)(.+)$/u.exec(strip(pre, false));
    if (rm) return { indicator: `${strip(rm[1]!)}与${strip(rm[2]!)}之比`, object: null };
  }
  return { indicator: strip(pre), object: null };
}

/**
 * Shared verb: a verb of flow (新增, 新培育, 培育…) heading an item carries on to the next item of the same sentence
 * when that item has no verb of its own (no form verb, no verb of flow), no object after its figure, counts in the same
 * unit and names the same kind of thing (the same head noun, the last two characters of its indicator), whether the
 * items are cut by 、 or by ,: 新增上市企业3家、新三板挂牌企业5家左右; 新培育“瞪羚”企业10家,“专精特新”中小企业及
 * “小巨人”企业超过30家; 培育国家级…龙头企业4家,自治区级…龙头企业120家. Not carried: 创造新岗位3000个 (another noun),
 * 市场主体总量达到14.8万户 (a verb of its own). Returns the verb to put before the item's indicator, or null.
 */
export function sharedVerbRule(
  prev: { indicator: string; unit: string; object: string | null },
  item: { indicator: string; unit: string; object: string | null; formWord: Word | null },
): string | null {
  if (prev.object !== null || item.object !== null || item.formWord !== null) return null;
  const verb = SHARED_VERB_RE.exec(prev.indicator)?.[0];
  if (!verb || SHARED_VERB_RE.test(item.indicator) || prev.unit !== item.unit) return null;
  const head = (indicator: string) => indicator.slice(-2);
  return head(prev.indicator) === head(item.indicator) ? verb : null;
}

/**
 * 对…的 conditions. A clause opening with 对 whose first 的 (in it or in one of the next two clauses, with no 给予 and no
 * number before) closes the condition; the consequence is the rest of that clause, plus the next clause when the 的
 * is followed only by a short head noun (…的家庭,纳入低保边缘群体管理). The holder is 对…的 with that head noun, or
 * with the noun before the consequence's giving verb (…的大学生提高到30万元).
 *
 * A number of the condition is an eligibility record. When the consequence holds no number, the record's statement
 * is condition and consequence (对…1.5倍的家庭,纳入低保边缘群体管理). When it does (稳定就业6个月以上的 → 200元/人;
 * 毕业5年内…的大学生 → 30万元), condition and standard are two records side by side: the condition's statement ends
 * where the standard's begins, and the standard's quote starts at the condition.
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
    const head = text.slice(de + 1, dc.end);
    const extend =
      /^[\p{Script=Han}]{0,4}$/u.test(head) && next !== undefined && next.sentence === c.sentence && !next.paren;
    const consEnd = extend ? next.end : dc.end;
    // Where the holder ends: a head noun before the consequence's giving verb in the same clause, or the whole rest
    // of the clause when that is a short noun (…的家庭,), else right after 的 (no noun: …6个月以上的,).
    const headNoun = HOLDER_HEAD_RE.exec(head);
    const holderEnd = headNoun ? de + 1 + headNoun[1]!.length : extend ? dc.end : de + 1;
    const holder = holderEnd > de + 1 ? { start: regionStart + 1, end: holderEnd } : undefined;
    const inRegion = candidates.filter((x) => live(x) && x.start >= regionStart && x.start < de);
    const inConsequence = candidates.filter((x) => live(x) && x.start > de && x.start < consEnd);
    for (const x of inRegion) {
      x.condition = 'region';
      x.conditionStart = regionStart + 1;
      if (holder) x.conditionHolder = holder;
      else if (!inConsequence.length) x.conditionHolder = { start: regionStart + 1, end: de + 1 };
      if (inConsequence.length) {
        x.consequence = inConsequence[0]!.start;
        x.statementStart = regionStart;
        x.statementEnd = headNoun ? holderEnd : dc.end;
      } else {
        x.statementStart = c.start;
        x.statementEnd = consEnd;
      }
    }
    for (const x of inConsequence) {
      x.condition = 'consequence';
      if (inRegion.length) {
        x.quoteFrom = regionStart;
        if (headNoun && x.clause === deClause) x.statementStart = holderEnd;
      } else if (x.clause !== ci) x.statementStart = c.start;
    }
  });
}

function objectOf(post: string): string | null {
  if (!post || /^[并且而以,、的和及与;]/u.test(post)) return null;
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
