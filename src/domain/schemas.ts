/**
 * The one definition of every enum and record shape: zod schemas, with the types inferred from them (model.ts
 * re-exports the types under their model names). The schemas of the generated content entries (content/plan/) are
 * shared by the Astro collections and the tests; the frontmatter written by content-files.ts must satisfy them.
 * A list of an enum's values is its schema's `.options`, never written out again.
 */
import { z } from 'zod';

const line = z.number().int().positive();

// ---------------------------------------------------------------------------------------------------------------
// Enums

/**
 * The normalised reading of the text's qualifier. `>`/`<` are strict (超过, 高于, 低于); `≥`/`≤` include the figure
 * (以上, 不低于, 至少; 以内, 不超过, 最高 — in Chinese official usage 以上/以下/以内 include the number itself);
 * `≈` is 左右/约; `=` means the text gives the figure with no comparator.
 */
export const comparatorSchema = z.enum(['>', '≥', '<', '≤', '≈', '=']);
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * What the figure measures: `level` a level to reach (达到, or no verb), `held` a level to keep (稳定在, 保持在, 控制在),
 * `change` an amount by which something changes (调增 5元, 增长 8%), not a level.
 */
export const formSchema = z.enum(['level', 'held', 'change']);
export type Form = z.infer<typeof formSchema>;

/**
 * by-year: 到2027年…; per-year: 每年…/逐年…; per-period: a period shorter than a year (每月, 每季度…); annual-average:
 * 年均…; over-years: 用5年时间…; none: the text gives no time.
 * In the order a reader scans them (the /targets/timeframe/ groups): dated goals first, standing rules last.
 */
export const timeframeSchema = z.enum(['by-year', 'per-year', 'per-period', 'annual-average', 'over-years', 'none']);
export type Timeframe = z.infer<typeof timeframeSchema>;

/**
 * standard: what a person or organisation can get (with its recipient); eligibility: a threshold that decides who
 * qualifies (低于低保标准1.5倍的家庭); target: a result the city commits to reach; scope: a number naming where effort or
 * money goes, not a result (对3个重点帮扶县…的倾斜投入); pilot: a number that describes a pilot (再延长30年试点).
 * In the order the pages list them (the /targets/kind/ groups): what a resident can get first.
 */
export const targetKindSchema = z.enum(['standard', 'eligibility', 'target', 'scope', 'pilot']);
export type TargetKind = z.infer<typeof targetKindSchema>;

/** A unit's place in a measure's list: `lead` = first listed (or 牵头单位), `joint` = the others (or 配合单位). */
export const roleSchema = z.enum(['lead', 'joint']);
export type Role = z.infer<typeof roleSchema>;

/** How a unit's role was established: by its place in a 责任单位 list, or by an explicit 牵头单位/配合单位 label. */
export const roleBasisSchema = z.enum(['listed-first', 'explicit']);
export type RoleBasis = z.infer<typeof roleBasisSchema>;

/** What a 一、 level section of the plan is: the overall goal (总体目标), the task groups (主要任务), the safeguards. */
export const sectionRoleSchema = z.enum(['goal', 'tasks', 'safeguards', 'other']);
export type SectionRole = z.infer<typeof sectionRoleSchema>;

/**
 * Kinds of responsible unit, in registry order (content/units.json is grouped by kind in this order). The code is
 * the word pages show; names are written with ASCII brackets, as the seed does.
 */
export const unitKindSchema = z.enum(['市直部门', '群团组织', '中央和自治区驻吴单位', '园区', '县(市、区)', '其他']);
export type UnitKind = z.infer<typeof unitKindSchema>;

/**
 * How far the text explains a glossary term: `defined` (the passage says what it is), `examples` (a list closed by 等
 * only gives examples), `named` (the site says where it appears instead of defining it).
 */
export const glossaryKindSchema = z.enum(['defined', 'examples', 'named']);
export type GlossaryKind = z.infer<typeof glossaryKindSchema>;

/** How the targets table is grouped; each grouping is a view of its own page (so each works without JS). */
export const targetGroupingSchema = z.enum(['measure', 'timeframe', 'kind']);
export type TargetGrouping = z.infer<typeof targetGroupingSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Records

const UNIT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const unitName = z.string().min(1, 'must not be empty').regex(/^\S+$/u, 'must not contain whitespace');

/** An entry of the hand-reviewed registry of responsible units (content/units.json). */
export const unitSchema = z.strictObject({
  /** Stable ASCII id, used in URLs (/departments/<id>/). */
  id: z
    .string()
    .regex(UNIT_ID, 'must be a lowercase ASCII slug (a-z, 0-9, single hyphens): it becomes /departments/<id>/'),
  /** Canonical name, e.g. 市人力资源和社会保障局. */
  name: unitName,
  /** Other names: forms used in the text (without a carried prefix) and in daily speech (人社局). */
  aliases: z.array(unitName),
  kind: unitKindSchema,
  /** For a group entry (各县<市、区>): the member names. */
  members: z.array(unitName).min(1, 'must list at least one member when present').optional(),
  /** The entry names no particular unit (市有关部门<单位>): counts of units say so. */
  unspecified: z.literal(true).optional(),
});
export type Unit = z.infer<typeof unitSchema>;

/** A registry unit where the text names it. */
export const unitMentionSchema = z.object({
  /** Registry id. */
  id: z.string().regex(/^[a-z0-9-]+$/u),
  /** The unit as the text writes it, with the group prefix NOT added (e.g. "银保监分局"). */
  mention: z.string().min(1),
});
export type UnitMention = z.infer<typeof unitMentionSchema>;

/** A unit in a measure's 责任单位 list, with its role there. */
export const unitAssignmentSchema = unitMentionSchema.extend({ role: roleSchema });
export type UnitAssignment = z.infer<typeof unitAssignmentSchema>;

/**
 * The entries of the generated content collections (content/plan/). The parser's model (model.ts) derives its records
 * from these where they describe the same thing; its paragraphs carry their seed line, the entries' are plain text.
 */
export const noticeSchema = z.object({
  /** 发文机关 as printed in the header line, e.g. ["吴忠市委办公室", "人民政府办公室"]. */
  issuers: z.array(z.string().min(1)).min(1),
  /** e.g. 关于印发《全市居民收入提升行动实施方案(2023-2027年)》的通知 */
  title: z.string().min(1),
  /** 主送机关, without the colon that closes the line. */
  addressees: z.string().min(1),
  /** The colon that closes the addressee line, as written (ASCII or full width). */
  addresseesColon: z.string().length(1),
  /** 署名, one per line, e.g. ["中共吴忠市委员会办公室", "吴忠市人民政府办公室"]. */
  signatories: z.array(z.string().min(1)).min(1),
  /** ISO 8601 date (成文日期). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  dateText: z.string().min(1),
  line,
});
export type NoticeEntry = z.infer<typeof noticeSchema>;

export const planInfoSchema = z.object({
  /** e.g. 全市居民收入提升行动实施方案(2023—2027年) */
  title: z.string().min(1),
  period: z.object({ start: z.number().int(), end: z.number().int() }),
  source: z.string().min(1),
});
export type PlanInfo = z.infer<typeof planInfoSchema>;

/**
 * A numbered heading of the text: a 一、 section, a (一) task group, a (一) item of 保障措施, a 1. measure. The number is
 * 1-based, from the numeral (一 → 1, １ → 1); the marker is as the text writes it, stray spaces removed ("一、",
 * "(一)", "1.", "1、", "１．", "01."): pages print the marker, never one rebuilt from the number.
 */
const numberedHeadingSchema = z.object({
  number: z.number().int().positive(),
  marker: z.string().min(1),
  title: z.string().min(1),
  line,
});

/**
 * A numbered item whose title is its first sentence (a measure, an item of 保障措施): `title` without the mark that
 * closes the sentence, `titleEnd` that mark as written (。, or ？ ！ ? ! where the title asks or exclaims). Pages that
 * print the sentence print `titleEnd`, never a 。 of their own.
 */
const titledItemSchema = numberedHeadingSchema.extend({ titleEnd: z.string().length(1) });

/** A 一、 level section of the plan. */
export const sectionSchema = numberedHeadingSchema.extend({ role: sectionRoleSchema });
export type SectionEntry = z.infer<typeof sectionSchema>;

/** A task group (the (一) level), with the numbers of its measures. */
export const groupSchema = numberedHeadingSchema.extend({ measures: z.array(z.number().int().positive()).min(1) });
export type GroupEntry = z.infer<typeof groupSchema>;

/** A measure: `number` 1…N, continuous across task groups; `title` its first sentence, closed by `titleEnd`. */
export const measureSchema = titledItemSchema.extend({
  /** Task group number (the (一) level, 1-based). */
  group: z.number().int().positive(),
  /** The text after the title sentence, excluding the responsible-unit list. Usually one paragraph. */
  paragraphs: z.array(z.string()),
  units: z.array(unitAssignmentSchema).min(1),
  roleBasis: roleBasisSchema,
  /** The responsible-unit list exactly as written (normalised whitespace), e.g. "(责任单位:市发展改革委、…)". */
  unitsText: z.string().min(1),
  /** Ids of the quantified commitments found in this measure, in text order. */
  targets: z.array(z.string()),
});
export type MeasureEntry = z.infer<typeof measureSchema>;

/** An item of 保障措施: its title is the first sentence (closed by `titleEnd`); its units in order of first appearance. */
export const safeguardSchema = titledItemSchema.extend({ units: z.array(unitMentionSchema) });
export type SafeguardEntry = z.infer<typeof safeguardSchema>;

/** A number of a measure's text with what the text says about it. Every string field is the text's own words. */
export const targetSchema = z.object({
  /** Stable anchor id, `t-<measure>-<n>` (n = 1-based order in the measure). */
  id: z.string().regex(/^t-\d+-\d+$/u),
  measure: z.number().int().positive(),
  /** Index into the measure's `paragraphs`. */
  paragraph: z.number().int().nonnegative(),
  /** Offsets of `statement` in that paragraph's text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The verbatim clause, marked on the measure page. */
  statement: z.string().min(1),
  /**
   * Offset where `quote` starts: the statement plus any earlier words of the sentence the record's fields draw on
   * (到2027年每年… heading a list, 至少 before a list of services). Equal to `start` when the statement holds them all.
   */
  quoteStart: z.number().int().nonnegative(),
  /** Verbatim text from `quoteStart` to `end`: every word of the record's label comes from it. */
  quote: z.string().min(1),
  indicator: z.string().min(1),
  value: z.number(),
  /** e.g. 万亩, 亿元, %, 人, 元/人 (width-folded: ％ → %). */
  unit: z.string(),
  /**
   * Verbatim span of the statement from the qualifier word to the unit and suffix, with a change phrase that follows
   * it (不低于55%并逐年增加): 超过30家, 达到90%以上, 稳定在11.2万亩.
   */
  figure: z.string().min(1),
  /**
   * The words that qualify the figure, as written, in text order (超过; 达到, 以上; 调增; 力争, 以上): comparator and form
   * words and the words of resolve (力争, 确保) before it. Empty when none.
   */
  qualifier: z.array(z.string().min(1)),
  comparator: comparatorSchema,
  form: formSchema,
  /**
   * Time words as written, wherever the statement writes them (每年, 每月, 年均, 到2027年, 力争用5年时间, 到2027年每年;
   * 逐年 of 并逐年增加), or '' when the text gives none.
   */
  time: z.string(),
  timeframe: timeframeSchema,
  /** The year the sentence's 到YYYY年 names (到2027年 → 2027), or null. */
  year: z.number().int().nullable(),
  /** The N of 用N年时间 (over-years), else null. */
  years: z.number().int().nullable(),
  kind: targetKindSchema,
  /** For a standard or an eligibility threshold: who gets it, as the text names them; null when the text does not say. */
  recipient: z.string().min(1).nullable(),
});
export type Target = z.infer<typeof targetSchema>;
