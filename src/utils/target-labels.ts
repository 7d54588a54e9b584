/**
 * Reader-facing words for the parsed targets' enums (UI chrome), and the figure as a reader sees it. The numbers and
 * units themselves always come from the parsed target.
 */
import type { Comparator, Target, TargetKind, Timeframe } from '../lib/model.ts';

const COMPARATOR: Record<Comparator, string> = { '≥': '不低于', '≤': '不高于', '≈': '约', '=': '达到' };
const KIND: Record<TargetKind, string> = { target: '目标', standard: '标准' };

export const comparatorLabel = (c: Comparator) => COMPARATOR[c];
export const kindLabel = (k: TargetKind) => KIND[k];

/** by-year → 到2027年; the others name how the text counts. */
export function timeframeLabel(timeframe: Timeframe, year: number | null): string {
  switch (timeframe) {
    case 'by-year':
      return year === null ? '到期' : `到${year}年`;
    case 'per-year':
      return '每年';
    case 'annual-average':
      return '年均';
    case 'over-years':
      return '多年内';
    case 'none':
      return '未限定';
  }
}

/** The value as written in a sentence: `50万亩`, `不低于8%`, `约5家`. */
export function formatFigure(t: Pick<Target, 'comparator' | 'value' | 'unit'>): string {
  const prefix = t.comparator === '=' ? '' : COMPARATOR[t.comparator];
  return `${prefix}${formatNumber(t.value)}${t.unit}`;
}

/** Plain decimal, no grouping (the text writes 1500, not 1,500), no float noise. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(Number(value.toPrecision(12)));
}
