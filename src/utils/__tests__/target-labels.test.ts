import { describe, expect, it } from 'vitest';
import { comparatorLabel, formatFigure, formatNumber, kindLabel, timeframeLabel } from '../target-labels.ts';

describe('target labels', () => {
  it('names every timeframe', () => {
    expect(timeframeLabel('by-year', 2027)).toBe('到2027年');
    expect(timeframeLabel('by-year', null)).toBe('到期');
    expect(timeframeLabel('per-year', null)).toBe('每年');
    expect(timeframeLabel('annual-average', null)).toBe('年均');
    expect(timeframeLabel('over-years', null)).toBe('多年内');
    expect(timeframeLabel('none', null)).toBe('未限定');
  });
  it('names comparators and kinds', () => {
    expect(comparatorLabel('≥')).toBe('不低于');
    expect(comparatorLabel('≤')).toBe('不高于');
    expect(comparatorLabel('≈')).toBe('约');
    expect(comparatorLabel('=')).toBe('达到');
    expect(kindLabel('target')).toBe('目标');
    expect(kindLabel('standard')).toBe('标准');
  });
  it('writes the figure as a sentence would', () => {
    expect(formatFigure({ comparator: '=', value: 50, unit: '万亩' })).toBe('50万亩');
    expect(formatFigure({ comparator: '≥', value: 8.5, unit: '%' })).toBe('不低于8.5%');
    expect(formatFigure({ comparator: '≈', value: 5, unit: '家' })).toBe('约5家');
  });
  it('prints numbers without grouping or float noise', () => {
    expect(formatNumber(1500)).toBe('1500');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(11.2)).toBe('11.2');
    expect(() => formatNumber(Number.NaN)).toThrow();
  });
});
