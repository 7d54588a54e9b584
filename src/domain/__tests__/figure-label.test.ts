import { describe, expect, it } from 'vitest';
import { realModel } from './helpers.ts';
import { comparatorSymbol, figureLabel, formatGoal, formatNumber, labelPieces } from '../targets/figure-label.ts';

const { plan } = realModel();
const byId = new Map(plan.targets.map((t) => [t.id, t]));
const label = (id: string) => figureLabel(byId.get(id)!);

describe('figure labels are the text’s own words', () => {
  it.each([
    ['t-2-2', '到2027年超过30家'],
    ['t-6-5', '到2027年每年2000个'],
    ['t-6-6', '到2027年每年3000个'],
    ['t-7-3', '到2027年每年100场次以上'],
    ['t-4-1', '年均增长8%以上'],
    ['t-1-4', '到2027年稳定在11.2万亩'],
    ['t-1-1', '力争用5年时间达到90%以上'],
    ['t-12-1', '每年调增城乡居民基础养老金5元'],
    ['t-13-1', '低于低保标准1.5倍'],
    ['t-5-10', '至少3次'],
    ['t-5-12', '每月至少进行1次'],
    ['t-6-3', '最高提高到30万元'],
    ['t-18-1', '不低于55%并逐年增加'], // the change phrase after the figure, with its 逐年
    ['t-2-4', '力争每年20户以上'], // the resolve word before the time words
    ['t-5-7', '6个月以上'], // a condition
    ['t-6-2', '5年内'],
  ])('%s → %s', (id, expected) => {
    expect(label(id)).toBe(expected);
  });

  it('every piece of every label is in the record’s quote, in the quote’s order, the figure once', () => {
    for (const t of plan.targets) {
      const pieces = labelPieces(t);
      let from = 0;
      for (const p of pieces) {
        const at = t.quote.indexOf(p.text, from);
        expect(at, `${t.id}: ${p.text}`).toBeGreaterThanOrEqual(0);
        from = at + p.text.length;
      }
      expect(pieces.filter((p) => p.role === 'figure')).toEqual([{ text: t.figure, role: 'figure' }]);
      if (t.time) expect(figureLabel(t)).toContain(t.time);
      for (const q of t.qualifier) expect(figureLabel(t)).toContain(q);
    }
  });

  it('a time word the statement writes after the figure follows it', () => {
    const t = { time: '每年', qualifier: [], figure: '200人', quote: '培训200人每年', timeframe: 'per-year' } as const;
    expect(figureLabel({ ...t, qualifier: [...t.qualifier] })).toBe('200人每年');
  });

  it('symbols', () => {
    expect(comparatorSymbol('>')).toBe('>');
    expect(comparatorSymbol('=')).toBe('');
  });

  it('a goal under a heading that names the year leaves out by-year time words, and only those', () => {
    expect(formatGoal(byId.get('t-1-3')!)).toBe('达500亿元');
    expect(formatGoal(byId.get('t-1-12')!)).toBe('达到57万亩以上');
    expect(formatGoal(byId.get('t-1-4')!)).toBe('稳定在11.2万亩');
    expect(formatGoal(byId.get('t-1-1')!)).toBe('力争用5年时间达到90%以上'); // not a by-year goal: its time words stay
  });

  it('prints numbers without grouping or float noise', () => {
    expect(formatNumber(1500)).toBe('1500');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(() => formatNumber(Number.NaN)).toThrow();
  });
});
