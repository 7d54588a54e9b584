import { describe, expect, it } from 'vitest';
import { industryCharts, outputChart } from '../views/industry-charts.ts';
import { selectIndustries } from '../../domain/derive/industry-data.ts';
import { readPlanDir, realPlanDir } from './plan-files.ts';
import { industryWords } from '../reviewed.ts';

const real = readPlanDir(realPlanDir);
const charts = industryCharts(real.measures, real.targets);
const measureTargets = real.targets.filter((t) => t.measure === charts.data.enumeration.measure);

describe('output-value chart', () => {
  const { output } = charts;
  it('has one bar per 亿元 goal of the measure, largest first, each named by its own metric in the text’s words', () => {
    const money = measureTargets.filter((t) => t.unit === '亿元');
    expect(output.layout.bars).toHaveLength(money.length);
    expect(output.layout.bars.map((b) => b.value)).toEqual(money.map((t) => t.value).sort((a, b) => b - a));
    for (const bar of output.layout.bars) {
      const t = money.find((x) => x.id === bar.key)!;
      expect(bar.valueLabel).toBe(t.figure);
      expect(bar.label).toBe(t.indicator);
      expect(t.statement).toContain(bar.valueLabel);
    }
  });
  it('keeps the table rows in text order', () => {
    expect(output.rows.map((r) => r.industry.name)).toEqual(charts.data.enumeration.items);
  });
  it('says the year, unit and every value in its title and description', () => {
    expect(output.title).toBe('2027年六特产业产值目标\uFF08亿元\uFF09');
    // 综合产值, 全产业链产值 and 总产值 share the axis only because every bar says which one it is.
    expect(
      new Set(output.layout.bars.map((b) => b.label.replace(/^.*?(综合产值|全产业链产值|总产值)$/u, '$1'))),
    ).toEqual(new Set(['综合产值', '全产业链产值', '总产值']));
    expect(output.layout.bars.map((b) => b.label)).toContain('蔬菜总产值');
    for (const bar of output.layout.bars) expect(output.desc).toContain(`${bar.label}${bar.valueLabel}`);
  });
  it('refuses output goals in different units (they cannot share an axis)', () => {
    const mixed = real.targets.map((t) => (t.id === charts.output.rows[0]!.target.id ? { ...t, unit: '万元' } : t));
    expect(() => outputChart(selectIndustries(real.measures, mixed, industryWords))).toThrow(/share one unit/u);
  });
});

describe('scale panels', () => {
  it('draws one panel per unit, in the order the units appear in the text', () => {
    expect(charts.panels.map((p) => p.unit)).toEqual(['万亩', '万头', '万只', '万吨']);
  });
  it('never puts two units on one axis, and shows every scale goal of the measure exactly once', () => {
    for (const p of charts.panels) {
      expect(p.layout.bars.every((b) => b.valueLabel.includes(p.unit))).toBe(true);
      expect(p.rows.every((r) => r.target.unit === p.unit)).toBe(true);
      expect(p.title).toContain(p.unit);
    }
    const shown = charts.panels.flatMap((p) => p.layout.bars.map((b) => b.key)).sort();
    const scale = measureTargets
      .filter((t) => t.unit !== '亿元' && t.unit !== '%')
      .map((t) => t.id)
      .sort();
    expect(shown).toEqual(scale);
  });
  it('labels each bar with its indicator and its figure in the text’s words (达到…以上, 稳定在)', () => {
    const area = charts.panels.find((p) => p.unit === '万亩')!;
    expect(area.layout.bars.map((b) => `${b.label} ${b.valueLabel}`)).toEqual([
      '酿酒葡萄基地规模 达到50万亩',
      '枸杞种植面积 稳定在11.2万亩',
      '蔬菜面积 达到57万亩以上',
    ]);
  });
});

describe('share goal', () => {
  it('shows the ≥90% goal as a marker and range on 0–100%, described as a goal, not progress', () => {
    expect(charts.shares).toHaveLength(1);
    const [share] = charts.shares;
    expect(share!.target.unit).toBe('%');
    expect(share!.layout.marker.label).toBe('目标达到90%以上');
    expect(share!.layout.band).not.toBeNull();
    expect(share!.title).toContain('目标');
    expect(share!.desc).toContain('不表示当前进度');
  });
});
