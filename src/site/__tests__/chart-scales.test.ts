import { describe, expect, it } from 'vitest';
import { anchorWithin, barLayout, goalLayout, textWidth, type BarInput } from '../views/chart-scales.ts';

const data: BarInput[] = [
  { key: 'a', label: '葡萄酒', value: 500, valueLabel: '500亿元' },
  { key: 'b', label: '枸杞', value: 15, valueLabel: '15亿元' },
  { key: 'c', label: '冷凉蔬菜', value: 50, valueLabel: '50亿元' },
];
const isRounded = (n: number) => Math.abs(n * 10 - Math.round(n * 10)) < 1e-9;

describe('textWidth', () => {
  it('counts CJK as 1em, ASCII as 0.6em, dots as 0.3em', () => {
    expect(textWidth('葡萄酒', 10)).toBe(30);
    expect(textWidth('500', 10)).toBe(18);
    expect(textWidth('11.2万亩', 10)).toBe(41); // three digits, a dot, two CJK
  });
});

describe('barLayout', () => {
  for (const labelPosition of ['left', 'above'] as const) {
    const layout = barLayout(data, { width: 360, labelPosition });
    it(`${labelPosition}: keeps the input order, one row per datum, top to bottom`, () => {
      expect(layout.bars.map((b) => b.key)).toEqual(['a', 'b', 'c']);
      const ys = layout.bars.map((b) => b.y);
      expect([...ys].sort((p, q) => p - q)).toEqual(ys);
      expect(layout.bars.every((b, i) => i === 0 || b.y >= layout.bars[i - 1]!.y + b.height)).toBe(true);
    });
    it(`${labelPosition}: bar lengths are proportional to the values, from the zero line`, () => {
      const [a, b, c] = layout.bars;
      expect(a!.x).toBe(layout.plotLeft);
      expect(a!.width / c!.width).toBeCloseTo(500 / 50, 1);
      expect(c!.width / b!.width).toBeCloseTo(50 / 15, 1);
      expect(a!.x + a!.width).toBeLessThanOrEqual(layout.plotRight);
    });
    it(`${labelPosition}: every label stays inside the SVG`, () => {
      for (const bar of layout.bars) {
        expect(bar.valueX + textWidth(bar.valueLabel, layout.fontSize)).toBeLessThanOrEqual(layout.width);
        const labelLeft = labelPosition === 'left' ? bar.labelX - textWidth(bar.label, layout.fontSize) : bar.labelX;
        expect(labelLeft).toBeGreaterThanOrEqual(0);
        expect(bar.valueY).toBeLessThanOrEqual(layout.height);
      }
      for (const t of layout.ticks) {
        const w = textWidth(t.label, layout.fontSize);
        const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + w).toBeLessThanOrEqual(layout.width);
      }
    });
    it(`${labelPosition}: coordinates are rounded to 0.1 (stable markup)`, () => {
      const numbers = layout.bars.flatMap((b) => [b.x, b.y, b.width, b.height, b.labelX, b.labelY, b.valueX, b.valueY]);
      expect(
        numbers
          .concat(
            layout.ticks.map((t) => t.x),
            [layout.height],
          )
          .every(isRounded),
      ).toBe(true);
    });
  }
  it('places the label above the bar, or beside it', () => {
    const above = barLayout(data, { width: 360, labelPosition: 'above' }).bars[0]!;
    expect(above.labelY).toBeLessThan(above.y);
    const left = barLayout(data, { width: 360, labelPosition: 'left' }).bars[0]!;
    expect(left.labelY).toBeGreaterThan(left.y);
    expect(left.labelY).toBeLessThan(left.y + left.height + 5);
    expect(left.labelX).toBeLessThan(left.x);
  });
  it('puts nice ticks from 0 to a round top at or above the largest value', () => {
    const layout = barLayout(data, { width: 360, labelPosition: 'left' });
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '100', '200', '300', '400', '500']);
    expect(layout.ticks[0]!.x).toBe(layout.plotLeft);
    expect(barLayout(data, { width: 360, labelPosition: 'left', tickCount: 0 }).ticks).toEqual([]);
    // Written as the figures are: no digit grouping, no float noise.
    const big = barLayout([{ key: 'x', label: '产值', value: 1200, valueLabel: '1200亿元' }], {
      width: 360,
      labelPosition: 'left',
    });
    expect(big.ticks.map((t) => t.label)).toContain('1000');
    const small = barLayout([{ key: 'x', label: '比重', value: 0.3, valueLabel: '0.3' }], {
      width: 360,
      labelPosition: 'left',
      tickCount: 3,
    });
    expect(small.ticks.every((t) => /^\d+(?:\.\d+)?$/u.test(t.label) && t.label.length <= 4)).toBe(true);
  });
  it('is deterministic and changes when a value changes', () => {
    const once = barLayout(data, { width: 360, labelPosition: 'left' });
    expect(barLayout(data, { width: 360, labelPosition: 'left' })).toEqual(once);
    const changed = barLayout(
      data.map((d) => (d.key === 'c' ? { ...d, value: 60 } : d)),
      { width: 360, labelPosition: 'left' },
    );
    expect(changed.bars[2]!.width).toBeGreaterThan(once.bars[2]!.width);
  });
  it('rejects negative or non-finite values', () => {
    expect(() => barLayout([{ ...data[0]!, value: -1 }], { width: 300, labelPosition: 'left' })).toThrow();
    expect(() => barLayout([{ ...data[0]!, value: Number.NaN }], { width: 300, labelPosition: 'left' })).toThrow();
  });
});

describe('goalLayout', () => {
  const opts = { width: 400, domain: [0, 100] as [number, number], tickSuffix: '%' };
  it('marks a ≥ goal and outlines the range above it, from the marker to 100%', () => {
    const g = goalLayout({ value: 90, comparator: '≥', label: '目标 ≥90%' }, opts);
    expect((g.marker.x - g.plotLeft) / (g.plotRight - g.plotLeft)).toBeCloseTo(0.9, 2);
    expect(g.band).toEqual({ x: g.marker.x, width: expect.closeTo(g.plotRight - g.marker.x, 1) });
    expect(g.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
  });
  it('outlines the range below a ≤ goal and none for an exact goal', () => {
    expect(goalLayout({ value: 30, comparator: '≤', label: 'x' }, opts).band).toEqual({
      x: expect.any(Number),
      width: expect.any(Number),
    });
    expect(goalLayout({ value: 30, comparator: '≤', label: 'x' }, opts).band!.x).toBe(
      goalLayout({ value: 30, comparator: '≤', label: 'x' }, opts).plotLeft,
    );
    expect(goalLayout({ value: 30, comparator: '=', label: 'x' }, opts).band).toBeNull();
  });
  it('keeps the goal label inside the SVG', () => {
    const g = goalLayout({ value: 99, comparator: '≥', label: '目标 ≥99%' }, opts);
    expect(g.marker.anchor).toBe('end');
    expect(g.marker.labelX).toBe(400);
    expect(goalLayout({ value: 1, comparator: '≥', label: '目标 ≥1%' }, opts).marker.anchor).toBe('start');
  });
  it('anchorWithin centres unless an edge is crossed', () => {
    expect(anchorWithin(50, 20, 100)).toBe('middle');
    expect(anchorWithin(5, 20, 100)).toBe('start');
    expect(anchorWithin(95, 20, 100)).toBe('end');
  });
});
