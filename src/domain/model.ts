/**
 * The typed model of a Chinese official plan document (通知 + 实施方案), as produced by the parser.
 * Pure types: no Astro, no I/O. Everything the site shows is derived from a value of `PlanModel`.
 *
 * Text fields hold the source text with whitespace normalised (see `normalizeText`); characters are never changed.
 * Character offsets are UTF-16 code-unit offsets into the `text` of the paragraph they name.
 *
 * Enums and the records the content collections share (Target, Unit, UnitAssignment, UnitMention) are zod schemas in
 * schemas.ts; their types are re-exported here so the model reads in one place, and the model's records extend the
 * collection entries' inferred types, adding what the parser keeps and the entries do not (paragraphs with lines).
 */
import type {
  GroupEntry,
  MeasureEntry,
  NoticeEntry,
  PlanInfo,
  SafeguardEntry,
  SectionEntry,
  Target,
} from './schemas.ts';

export type {
  Comparator,
  Form,
  GlossaryKind,
  Role,
  RoleBasis,
  SectionRole,
  Target,
  TargetKind,
  Timeframe,
  Unit,
  UnitAssignment,
  UnitKind,
  UnitMention,
} from './schemas.ts';

/** A block of running text with the 1-based line of the seed it starts on. */
export interface Paragraph {
  text: string;
  line: number;
}

/** The notice; the collection entry flattens `date` into `date` (ISO) and `dateText`, and keeps `body` as MDX. */
export interface Notice extends Omit<NoticeEntry, 'date' | 'dateText'> {
  body: Paragraph[];
  /** 成文日期: verbatim and as ISO 8601 (YYYY-MM-DD). */
  date: { text: string; iso: string; line: number };
}

/** A 一、 level section of the plan; the collection entry adds its role, the model its running text. */
export interface Section extends Omit<SectionEntry, 'role'> {
  /** Running text directly under the heading (e.g. 总体目标). */
  paragraphs: Paragraph[];
}

export interface Measure extends Omit<MeasureEntry, 'paragraphs'> {
  /** As the entry's, with the seed line of each paragraph. */
  paragraphs: Paragraph[];
}

export interface TaskGroup extends GroupEntry {
  /** Running text between the group heading and its first measure (usually none); shown under the heading. */
  paragraphs: Paragraph[];
}

export interface SafeguardItem extends SafeguardEntry {
  paragraphs: Paragraph[];
}

export interface Plan extends Pick<PlanInfo, 'title' | 'period'> {
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
