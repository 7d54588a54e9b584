/**
 * The typed model of a Chinese official plan document (通知 + 实施方案), as produced by the parser.
 * Pure types: no Astro, no I/O. Everything the site shows is derived from a value of `PlanModel`.
 *
 * Text fields hold the source text with whitespace normalised (see `normalizeText`); characters are never changed.
 * Character offsets are UTF-16 code-unit offsets into the `text` of the paragraph they name.
 *
 * Enums and the records the content collections share (Target, Unit, UnitAssignment) are zod schemas in schemas.ts;
 * their types are re-exported here so the model reads in one place.
 */
import type { RoleBasis, Target, UnitAssignment } from './schemas.ts';

export type {
  Comparator,
  Form,
  Role,
  RoleBasis,
  SectionRole,
  Target,
  TargetKind,
  Timeframe,
  Unit,
  UnitAssignment,
  UnitKind,
} from './schemas.ts';

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
