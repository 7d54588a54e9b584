/**
 * The typed model of a Chinese official plan document (通知 + 实施方案), as produced by the parser.
 * Pure types: no Astro, no I/O. Everything the site shows is derived from a value of `PlanModel`.
 *
 * Text fields hold the source text with whitespace normalised (see `normalizeText`); characters are never changed.
 * Character offsets are UTF-16 code-unit offsets into the `text` of the paragraph they name.
 */

/** A block of running text with the 1-based line of the seed it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

export interface Notice {
  /** 发文机关 as printed in the header line, e.g. ["吴忠市委办公室", "人民政府办公室"]. */
  issuers: string[];
  /** e.g. 关于印发《全市居民收入提升行动实施方案(2023-2027年)》的通知 */
  title: string;
  /** 主送机关, without the trailing colon. */
  addressees: string;
  body: Paragraph[];
  /** 署名, one per line, e.g. ["中共吴忠市委员会办公室", "吴忠市人民政府办公室"]. */
  signatories: string[];
  /** 成文日期: verbatim and as ISO 8601 (YYYY-MM-DD). */
  date: { text: string; iso: string; line: number };
  line: number;
}

/** A 一、 level section of the plan. */
export interface Section {
  /** 1-based, from the Chinese numeral (一 → 1). */
  number: number;
  /** The marker as it should be displayed, e.g. "一、" (stray spaces removed). */
  marker: string;
  title: string;
  line: number;
  /** Running text directly under the heading (e.g. 总体目标). */
  paragraphs: Paragraph[];
}

/** How a unit's role was established: by its place in a 责任单位 list, or by an explicit 牵头单位/配合单位 label. */
export type RoleBasis = 'listed-first' | 'explicit';

export interface UnitAssignment {
  /** Registry id. */
  id: string;
  /** The unit as the text writes it in the list, with the group prefix NOT added (e.g. "银保监分局"). */
  mention: string;
  /** `lead` = first listed (or 牵头单位), `joint` = the others (or 配合单位). */
  role: 'lead' | 'joint';
}

export interface Measure {
  /** 1…N, continuous across task groups. */
  number: number;
  /** Task group number (the (一) level, 1-based). */
  group: number;
  /** The first sentence, without its 。 */
  title: string;
  /** The text after the title sentence, excluding the responsible-unit list. Usually one paragraph. */
  paragraphs: Paragraph[];
  /** The responsible-unit list exactly as written (normalised whitespace), e.g. "(责任单位:市发展改革委、…)". */
  unitsText: string;
  units: UnitAssignment[];
  roleBasis: RoleBasis;
  /** Ids of the quantified commitments found in this measure, in text order. */
  targets: string[];
  line: number;
}

export interface TaskGroup {
  number: number;
  /** e.g. "(一)" */
  marker: string;
  title: string;
  /** Running text between the group heading and its first measure (usually none); shown under the heading. */
  paragraphs: Paragraph[];
  line: number;
  /** Numbers of the measures in this group. */
  measures: number[];
}

export interface SafeguardItem {
  number: number;
  marker: string;
  /** The first sentence, without its 。 */
  title: string;
  paragraphs: Paragraph[];
  /** Units the text names in this item, in order of first appearance. */
  units: { id: string; mention: string }[];
  line: number;
}

/**
 * The normalised reading of the text's qualifier. `>`/`<` are strict (超过, 高于, 低于); `≥`/`≤` include the figure
 * (以上, 不低于, 至少; 以内, 不超过, 最高 — in Chinese official usage 以上/以下/以内 include the number itself);
 * `≈` is 左右/约; `=` means the text gives the figure with no comparator.
 */
export type Comparator = '>' | '≥' | '<' | '≤' | '≈' | '=';
/**
 * What the figure measures: `level` a level to reach (达到, or no verb), `held` a level to keep (稳定在, 保持在, 控制在),
 * `change` an amount by which something changes (调增 5元, 增长 8%), not a level.
 */
export type Form = 'level' | 'held' | 'change';
/** by-year: 到2027年…; per-year: 每年…; annual-average: 年均…; over-years: 用5年时间…; none: the text gives no time. */
export type Timeframe = 'by-year' | 'per-year' | 'annual-average' | 'over-years' | 'none';
/**
 * target: a result the city commits to reach; standard: what a person or organisation can get (with its recipient);
 * eligibility: a threshold that decides who qualifies (低于低保标准1.5倍的家庭); scope: a number naming where effort or
 * money goes, not a result (对3个重点帮扶县…的倾斜投入); pilot: a number that describes a pilot (再延长30年试点).
 */
export type TargetKind = 'target' | 'standard' | 'eligibility' | 'scope' | 'pilot';

/** A number of a measure's text with what the text says about it. Every string field is the text's own words. */
export interface Target {
  /** Stable anchor id, `t-<measure>-<n>` (n = 1-based order in the measure). */
  id: string;
  measure: number;
  /** Index into the measure's `paragraphs`. */
  paragraph: number;
  /** Offsets of `statement` in that paragraph's text. */
  start: number;
  end: number;
  /** The verbatim clause, marked on the measure page. */
  statement: string;
  /**
   * Offset where `quote` starts: the statement plus any earlier words of the sentence the record's fields draw on
   * (到2027年每年… heading a list, 至少 before a list of services). Equal to `start` when the statement holds them all.
   */
  quoteStart: number;
  /** Verbatim text from `quoteStart` to `end`: every word of the record's label comes from it. */
  quote: string;
  indicator: string;
  value: number;
  /** e.g. 万亩, 亿元, %, 人, 元/人 (width-folded: ％ → %). */
  unit: string;
  /** Verbatim span of the statement from the qualifier word to the unit and suffix: 超过30家, 达到90%以上, 稳定在11.2万亩. */
  figure: string;
  /** The words that qualify the figure, as written, in text order (超过; 达到, 以上; 调增). Empty when none. */
  qualifier: string[];
  comparator: Comparator;
  form: Form;
  /** Time words as written (每年, 年均, 到2027年, 力争用5年时间, 到2027年每年), or '' when the text gives none. */
  time: string;
  timeframe: Timeframe;
  /** The year the sentence's 到YYYY年 names (到2027年 → 2027), or null. */
  year: number | null;
  /** The N of 用N年时间 (over-years), else null. */
  years: number | null;
  kind: TargetKind;
  /** For a standard or an eligibility threshold: who gets it, as the text names them; null when the text does not say. */
  recipient: string | null;
}

export interface Plan {
  /** e.g. 全市居民收入提升行动实施方案(2023—2027年) */
  title: string;
  period: { start: number; end: number };
  preamble: Paragraph[];
  sections: Section[];
  /** Number of the section holding the task groups (主要任务), the overall goal (总体目标) and the safeguards (保障措施). */
  goalSection: number;
  tasksSection: number;
  safeguardsSection: number;
  groups: TaskGroup[];
  measures: Measure[];
  safeguards: SafeguardItem[];
  targets: Target[];
}

export interface PlanModel {
  /** Name of the seed file, as used in error messages and citations of the source. */
  source: string;
  notice: Notice;
  plan: Plan;
}

export type UnitKind = '市直部门' | '群团组织' | '中央和自治区驻吴单位' | '园区' | '县(市、区)' | '其他';

/** An entry of the hand-reviewed registry of responsible units (content/units.json). */
export interface Unit {
  /** Stable ASCII id, used in URLs (/departments/<id>/). */
  id: string;
  /** Canonical name, e.g. 市人力资源和社会保障局. */
  name: string;
  /** Other names: forms used in the text (without a carried prefix) and in daily speech (人社局). */
  aliases: string[];
  kind: UnitKind;
  /** For a group entry (各县<市、区>): the member names. */
  members?: string[];
}
