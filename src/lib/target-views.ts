/**
 * Labels and groupings for the table of quantified commitments (/targets/). The labels are UI words for the model's
 * codes; every value shown beside them comes from the targets collection. Pure.
 */
import type { Comparator, TargetKind, Timeframe } from './model.ts';

export interface TargetRow {
  id: string;
  measure: number;
  start: number;
  statement: string;
  indicator: string;
  value: number;
  unit: string;
  comparator: Comparator;
  timeframe: Timeframe;
  year: number | null;
  kind: TargetKind;
}

/** Timeframes in the order a reader scans them: dated goals first, standing rules last. */
export const TIMEFRAMES: readonly Timeframe[] = ['by-year', 'per-year', 'annual-average', 'over-years', 'none'];
export const KINDS: readonly TargetKind[] = ['standard', 'target'];

export const TIMEFRAME_LABEL: Record<Timeframe, string> = {
  'by-year': '到某年',
  'per-year': '每年',
  'annual-average': '年均',
  'over-years': '若干年内',
  none: '无时限',
};

export const KIND_LABEL: Record<TargetKind, string> = { target: '目标', standard: '标准' };
export const KIND_HINT: Record<TargetKind, string> = {
  target: '全市要达到的数量',
  standard: '个人或企业可以得到的待遇、补贴或服务',
};

/** Words for the comparator, so the symbol never stands alone (screen readers and readers who do not know ≥). */
export const COMPARATOR_LABEL: Record<Comparator, string> = { '≥': '不低于', '≤': '不超过', '≈': '约', '=': '等于' };

/** The timeframe as a reader says it: 到2027年, 每年, 每年(到2027年), 年均 … */
export function timeframeText(t: Pick<TargetRow, 'timeframe' | 'year'>): string {
  if (t.year === null) return TIMEFRAME_LABEL[t.timeframe];
  return t.timeframe === 'by-year' ? `到${t.year}年` : `${TIMEFRAME_LABEL[t.timeframe]}(到${t.year}年)`;
}

/** Plain number as written in the text (11.2, not 11.20; no grouping separators). */
export const valueText = (v: number) => String(v);

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
    return [...new Set(sorted.map((t) => t.measure))].map((n) => ({ key: String(n), targets: sorted.filter((t) => t.measure === n) }));
  }
  const keys: readonly string[] = by === 'timeframe' ? TIMEFRAMES : KINDS;
  return keys
    .map((key) => ({ key, targets: sorted.filter((t) => (by === 'timeframe' ? t.timeframe : t.kind) === key) }))
    .filter((g) => g.targets.length > 0);
}
