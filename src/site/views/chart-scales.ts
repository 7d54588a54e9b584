/**
 * Chart geometry with d3-scale/d3-array, computed at build time (no DOM): plain numbers the .astro chart components
 * turn into SVG elements. Coordinates are rounded to 0.1 so the markup is byte-stable across runs and platforms.
 */
import { max, scaleBand, scaleLinear } from 'd3';
import { formatNumber } from '../../domain/targets/figure-label.ts';

export const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Width of a label in the chart's user units, without a DOM: CJK text and symbols take 1em, ASCII letters and digits
 * 0.6em, dots and spaces 0.3em. Generous on purpose — labels are placed next to bars, never measured afterwards.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += /[.\s,:]/u.test(c) ? 0.3 : /[\x21-\x7e]/u.test(c) ? 0.6 : 1;
  return round(em * fontSize);
}

export interface BarInput {
  /** Stable key (for ids and tests). */
  key: string;
  /** Category label written next to (or above) the bar. */
  label: string;
  value: number;
  /** The value as shown at the end of the bar, e.g. 500亿元, ≥57万亩. */
  valueLabel: string;
}

export interface BarMark extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  /** Baseline of the category label. */
  labelY: number;
  valueX: number;
  valueY: number;
}

export interface Tick {
  x: number;
  label: string;
  /** text-anchor that keeps the label inside the SVG. */
  anchor: 'start' | 'middle' | 'end';
}

/** Anchor a label centred on x, unless that would cross the SVG's left or right edge. */
export function anchorWithin(x: number, labelWidth: number, width: number): Tick['anchor'] {
  return x - labelWidth / 2 < 0 ? 'start' : x + labelWidth / 2 > width ? 'end' : 'middle';
}

export interface BarChartLayout {
  width: number;
  height: number;
  fontSize: number;
  labelPosition: 'left' | 'above';
  bars: BarMark[];
  ticks: Tick[];
  /** The plot's horizontal extent (x of value 0, x of the domain's top) and vertical extent. */
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
}

export interface BarLayoutOptions {
  /** Width of the SVG in user units (also its intrinsic CSS width). */
  width: number;
  /** `left`: a label column (short names); `above`: the label on its own line above the bar (long names). */
  labelPosition: 'left' | 'above';
  fontSize?: number;
  barHeight?: number;
  /** Vertical space between rows. */
  gap?: number;
  /** Approximate number of axis ticks (d3's `ticks(count)`); 0 for no axis. */
  tickCount?: number;
}

const PAD = 6;

/**
 * Horizontal bars on a linear scale from 0 (the domain is `nice`d, so ticks land on round numbers). Rows keep the
 * input order; the value label sits just past the bar end, inside the SVG for every value.
 */
export function barLayout(data: readonly BarInput[], options: BarLayoutOptions): BarChartLayout {
  const { width, labelPosition, fontSize = 15, barHeight = 20, gap = 10, tickCount = 4 } = options;
  if (data.some((d) => !Number.isFinite(d.value) || d.value < 0))
    throw new Error('barLayout: values must be finite and ≥ 0');
  // Labels above the bars leave a small margin so the zero line and tick sit clear of the edge.
  const labelColumn =
    labelPosition === 'left' ? (max(data, (d) => textWidth(d.label, fontSize)) ?? 0) + PAD * 1.5 : PAD;
  const valueColumn = (max(data, (d) => textWidth(d.valueLabel, fontSize)) ?? 0) + PAD * 1.5;
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value) || 1])
    .nice(tickCount || 4)
    .range([labelColumn, width - valueColumn]);
  const labelLine = labelPosition === 'above' ? fontSize + 8 : 0;
  const rowHeight = labelLine + Math.max(barHeight, fontSize + 4);
  const plotTop = PAD / 2;
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([plotTop, plotTop + data.length * (rowHeight + gap)])
    .paddingInner(gap / (rowHeight + gap));
  const bars = data.map((d): BarMark => {
    const top = y(d.key)!;
    const barTop = top + labelLine;
    const barY = barTop + (rowHeight - labelLine - barHeight) / 2;
    const centre = barY + barHeight / 2 + fontSize * 0.35;
    const end = x(d.value);
    return {
      ...d,
      x: round(x(0)),
      y: round(barY),
      width: round(end - x(0)),
      height: barHeight,
      labelX: labelPosition === 'left' ? round(labelColumn - PAD) : PAD + 3,
      labelY: round(labelPosition === 'left' ? centre : top + fontSize),
      valueX: round(end + PAD),
      valueY: round(centre),
    };
  });
  const plotBottom = round(plotTop + data.length * (rowHeight + gap) - gap + PAD / 2);
  // Tick numbers are written as the figures are (formatNumber: 1000, not d3's 1,000).
  const ticks = tickCount
    ? x.ticks(tickCount).map((v): Tick => {
        const label = formatNumber(v);
        return { x: round(x(v)), label, anchor: anchorWithin(x(v), textWidth(label, fontSize), width) };
      })
    : [];
  return {
    width,
    height: round(plotBottom + (ticks.length ? fontSize + PAD * 1.5 : PAD / 2)),
    fontSize,
    labelPosition,
    bars,
    ticks,
    plotLeft: round(x(0)),
    plotRight: round(x.range()[1]!),
    plotTop,
    plotBottom,
  };
}

export interface GoalLayout {
  width: number;
  height: number;
  fontSize: number;
  ticks: Tick[];
  /** y of the axis line. */
  axisY: number;
  plotLeft: number;
  plotRight: number;
  /** The goal value's position and its label (anchored so it stays inside the SVG). */
  marker: { x: number; label: string; labelX: number; labelY: number; anchor: 'start' | 'middle' | 'end' };
  /** The range the goal admits (≥ v: v…top; ≤ v: 0…v); null for an exact goal. */
  band: { x: number; width: number } | null;
  /** Top and height of the marker line and band. */
  top: number;
  markHeight: number;
}

/**
 * A goal on its scale (e.g. ≥90% on 0–100%), drawn as a marker and the admitted range — never a bar from zero,
 * which would read as progress already made.
 */
export function goalLayout(
  goal: { value: number; comparator: string; label: string },
  options: { width: number; domain: [number, number]; fontSize?: number; tickCount?: number; tickSuffix?: string },
): GoalLayout {
  const { width, domain, fontSize = 15, tickCount = 5, tickSuffix = '' } = options;
  const side = textWidth(`${domain[1]}${tickSuffix}`, fontSize) / 2 + 2;
  const x = scaleLinear()
    .domain(domain)
    .range([side, width - side])
    .clamp(true);
  const top = fontSize + PAD * 2;
  const markHeight = 28;
  const axisY = top + markHeight;
  const mx = round(x(goal.value));
  const anchor = anchorWithin(mx, textWidth(goal.label, fontSize), width);
  const band =
    goal.comparator === '≥' || goal.comparator === '>'
      ? { x: mx, width: round(x(domain[1]) - mx) }
      : goal.comparator === '≤' || goal.comparator === '<'
        ? { x: round(x(domain[0])), width: round(mx - x(domain[0])) }
        : null;
  return {
    width,
    height: round(axisY + fontSize + PAD * 2),
    fontSize,
    ticks: x
      .ticks(tickCount)
      .map((v): Tick => ({ x: round(x(v)), label: `${formatNumber(v)}${tickSuffix}`, anchor: 'middle' })),
    axisY,
    plotLeft: round(x(domain[0])),
    plotRight: round(x(domain[1])),
    marker: {
      x: mx,
      label: goal.label,
      labelX: anchor === 'start' ? 0 : anchor === 'end' ? width : mx,
      labelY: fontSize + 2,
      anchor,
    },
    band,
    top,
    markHeight,
  };
}
