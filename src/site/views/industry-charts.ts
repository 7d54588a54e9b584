/**
 * The 六特 charts as data: from the parsed measures and targets to bar and goal layouts plus the words of each chart's
 * title and description. The /industries/ page, the small overview component and the mutation test all go through
 * `industryCharts`, so what the test proves is what the pages draw.
 */
import { descending } from 'd3';
import { formatGoal } from '../../domain/targets/figure-label.ts';
import { barLayout, goalLayout, type BarChartLayout, type BarInput, type GoalLayout } from './chart-scales.ts';
import {
  commonYear,
  industriesName,
  isShareUnit,
  selectIndustries,
  type Industry,
  type IndustryData,
  type MeasureText,
} from '../../domain/derive/industry-data.ts';
import type { Target } from '../../domain/model.ts';
import { industryWords } from '../reviewed.ts';
import { GOAL_RANGE_NOTE } from '../labels.ts';

/** Widths in SVG user units: narrow enough that labels stay readable on a 320px screen without scaling down much. */
export const CHART_WIDTH = { output: 400, panel: 320, share: 400 } as const;

export interface OutputChart {
  unit: string;
  year: number | null;
  /** Industries with an output goal, in text order (the table's order). */
  rows: { industry: Industry; target: Target }[];
  /** Bars from the largest value down (the chart's order). */
  layout: BarChartLayout;
  title: string;
  desc: string;
}

export interface ScalePanel {
  unit: string;
  rows: { industry: Industry; target: Target }[];
  layout: BarChartLayout;
  title: string;
  desc: string;
}

export interface ShareChart {
  target: Target;
  layout: GoalLayout;
  title: string;
  desc: string;
}

export interface IndustryCharts {
  data: IndustryData;
  /** e.g. 六特产业 */
  name: string;
  year: number | null;
  output: OutputChart;
  panels: ScalePanel[];
  shares: ShareChart[];
}

const yearPrefix = (year: number | null) => (year === null ? '' : `${year}年`);
const joinList = (parts: string[]) => parts.join('\uFF0C');

export function outputChart(data: IndustryData, width: number = CHART_WIDTH.output): OutputChart {
  const rows = data.industries.flatMap((industry) => (industry.output ? [{ industry, target: industry.output }] : []));
  const units = [...new Set(rows.map((r) => r.target.unit))];
  if (units.length !== 1)
    throw new Error(`output-value goals must share one unit to share an axis, found: ${units.join(', ') || 'none'}`);
  const unit = units[0]!;
  const year = commonYear(rows.map((r) => r.target));
  const bars: BarInput[] = rows
    .map(({ target }) => ({
      key: target.id,
      // Each bar is named by its own metric as the text states it (综合产值, 全产业链产值, 总产值 differ).
      label: target.indicator,
      value: target.value,
      valueLabel: formatGoal(target),
    }))
    .sort((a, b) => descending(a.value, b.value));
  return {
    unit,
    year,
    rows,
    layout: barLayout(bars, { width, labelPosition: 'left' }),
    title: `${yearPrefix(year)}${industriesName(data)}产值目标\uFF08${unit}\uFF09`,
    desc: `条形图\uFF0C按目标值从高到低\uFF0C每个条形以原文的指标命名\uFF08综合产值、全产业链产值、总产值口径不同\uFF09\uFF1A${joinList(bars.map((b) => `${b.label}${b.valueLabel}`))}。`,
  };
}

/** One panel per unit, in the order the units first appear in the text; a unit never shares an axis with another. */
export function scalePanels(data: IndustryData, width: number = CHART_WIDTH.panel): ScalePanel[] {
  const byUnit = new Map<string, { industry: Industry; target: Target }[]>();
  for (const industry of data.industries)
    for (const target of industry.scale)
      byUnit.set(target.unit, [...(byUnit.get(target.unit) ?? []), { industry, target }]);
  return [...byUnit].map(([unit, rows]) => {
    const bars = rows.map(({ target }) => ({
      key: target.id,
      label: target.indicator,
      value: target.value,
      valueLabel: formatGoal(target),
    }));
    const year = commonYear(rows.map((r) => r.target));
    return {
      unit,
      rows,
      layout: barLayout(bars, { width, labelPosition: 'above', tickCount: 3 }),
      title: `${yearPrefix(year)}规模目标\uFF08单位\uFF1A${unit}\uFF09`,
      desc: `条形图\uFF0C单位${unit}\uFF1A${joinList(bars.map((b) => `${b.label}${b.valueLabel}`))}。`,
    };
  });
}

/** Share goals (unit %) that belong to no single industry, each on a 0–100% scale. */
export function shareCharts(data: IndustryData, width: number = CHART_WIDTH.share): ShareChart[] {
  return data.overall
    .filter((t) => isShareUnit(t.unit))
    .map((target) => ({
      target,
      layout: goalLayout(
        { value: target.value, comparator: target.comparator, label: `目标${target.figure}` },
        { width, domain: [0, 100], tickSuffix: target.unit },
      ),
      title: `目标\uFF1A${target.indicator}${formatGoal(target)}`,
      desc: `0至100${target.unit}的刻度上标出目标${formatGoal(target)}${GOAL_RANGE_NOTE[target.comparator]}\uFF1B图中不表示当前进度。`,
    }));
}

export function industryCharts(measures: readonly MeasureText[], targets: readonly Target[]): IndustryCharts {
  const data = selectIndustries(measures, targets, industryWords);
  const output = outputChart(data);
  return {
    data,
    name: industriesName(data),
    year: output.year,
    output,
    panels: scalePanels(data),
    shares: shareCharts(data),
  };
}
