/**
 * Groupings for the table of quantified commitments (/targets/); the words for the codes are in labels.ts, every
 * value shown beside them comes from the targets collection. Pure.
 */
import type { Target, TargetKind, Timeframe } from '../../domain/model.ts';
import { targetGroupingSchema, targetKindSchema, timeframeSchema, type TargetGrouping } from '../../domain/schemas.ts';
import { TARGET_GROUPING_LABEL } from '../labels.ts';
import { targetsViewPath } from '../routes.ts';

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

export type { TargetGrouping };

/** The views of the table, in the order the switcher lists them. */
export const TARGET_VIEWS: readonly { by: TargetGrouping; label: string; path: string }[] =
  targetGroupingSchema.options.map((by) => ({ by, label: TARGET_GROUPING_LABEL[by], path: targetsViewPath(by) }));

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
