/**
 * Labels and groupings for the table of quantified commitments (/targets/). The labels are UI words for the model's
 * codes; every value shown beside them comes from the targets collection. Pure.
 */
import type { Target, TargetKind, Timeframe } from '../../domain/model.ts';
import { TIMEFRAME_LABEL } from '../../domain/targets/figure-label.ts';
import { targetKindSchema, timeframeSchema } from '../../domain/schemas.ts';

/** The fields of a target record the table shows. */
export type TargetRow = Pick<
  Target,
  | 'id'
  | 'measure'
  | 'start'
  | 'statement'
  | 'indicator'
  | 'value'
  | 'unit'
  | 'comparator'
  | 'timeframe'
  | 'year'
  | 'kind'
  | 'figure'
  | 'qualifier'
  | 'time'
  | 'quote'
  | 'recipient'
>;

/** Timeframes in the order a reader scans them: dated goals first, standing rules last (the schema's order). */
export const TIMEFRAMES: readonly Timeframe[] = timeframeSchema.options;
/** Kinds in the order the pages list them: what a resident can get first (the schema's order). */
export const KINDS: readonly TargetKind[] = targetKindSchema.options;

/** Headers of the timeframe groups: how the text times the figure, whatever the year. */
export const TIMEFRAME_GROUP_LABEL: Record<Timeframe, string> = TIMEFRAME_LABEL;

/** What each kind means, in plain words (the /targets/ lead, group headers and the /data/ page). */
export const KIND_HINT: Record<TargetKind, string> = {
  target: '全市要达到的结果',
  standard: '个人或单位可以得到的待遇、补贴或服务\uFF0C对象以原文为准',
  eligibility: '决定谁可以得到帮扶的条件\uFF0C本身不是待遇',
  scope: '说明投入或工作范围的数字\uFF0C不是要达到的结果',
  pilot: '试点内容里的数字\uFF0C不是普遍适用的标准',
};

export type TargetGrouping = 'measure' | 'timeframe' | 'kind';

/** The three views of the table, each its own page (so each works without JS). */
export const TARGET_VIEWS: readonly { by: TargetGrouping; label: string; path: string }[] = [
  { by: 'measure', label: '按措施', path: '/targets/' },
  { by: 'timeframe', label: '按时限', path: '/targets/timeframe/' },
  { by: 'kind', label: '按类型', path: '/targets/kind/' },
];

export interface TargetGroup<T extends TargetRow> {
  /** Stable ASCII key, usable as an id suffix. */
  key: string;
  targets: T[];
}

const textOrder = <T extends TargetRow>(a: T, b: T) => a.measure - b.measure || a.start - b.start;

/** Rows grouped for one view; inside a group, text order. Empty groups are left out. */
export function groupTargets<T extends TargetRow>(targets: readonly T[], by: TargetGrouping): TargetGroup<T>[] {
  const sorted = [...targets].sort(textOrder);
  if (by === 'measure') {
    return [...new Set(sorted.map((t) => t.measure))].map((n) => ({
      key: String(n),
      targets: sorted.filter((t) => t.measure === n),
    }));
  }
  const keys: readonly string[] = by === 'timeframe' ? TIMEFRAMES : KINDS;
  return keys
    .map((key) => ({ key, targets: sorted.filter((t) => (by === 'timeframe' ? t.timeframe : t.kind) === key) }))
    .filter((g) => g.targets.length > 0);
}
