import { describe, expect, it } from 'vitest';
import { closingRunLength, isClosingPunctuation, yearSpanPieces } from '../text/line-keep.ts';
import { widenPunctuation } from '../text/text.ts';
import { realModel } from './helpers.ts';

describe('isClosingPunctuation / closingRunLength (no line begins with these)', () => {
  it('knows the closing punctuation of both widths, closing quotes and brackets, and %', () => {
    for (const ch of ['\u3002', ',', '\uFF0C', '\u3001', ';', '\uFF1B', ':', '\uFF1A', ')', '\uFF09', '\u201D'])
      expect(isClosingPunctuation(ch), ch).toBe(true);
    for (const ch of ['\u300B', '%', '\uFF05', '?', '\uFF1F', '!', '\u2026'])
      expect(isClosingPunctuation(ch), ch).toBe(true);
  });
  it('never counts opening punctuation, letters, digits or Han', () => {
    for (const ch of ['(', '\uFF08', '\u201C', '\u300A', '#', '\u6237', '3', 'a', '', ' '])
      expect(isClosingPunctuation(ch), ch).toBe(false);
  });
  it('measures the run at the start of a text', () => {
    expect(closingRunLength('\u3002\u201D\u6211')).toBe(2);
    expect(closingRunLength(',\u201C\u4E00')).toBe(1);
    expect(closingRunLength('\u6237\u3002')).toBe(0);
    expect(closingRunLength('')).toBe(0);
  });
  it('on the real text: the punctuation after each target (and the widened seed gives the same runs)', () => {
    const { plan } = realModel();
    const runs = plan.targets.map((t) => {
      const text = plan.measures.find((m) => m.number === t.measure)!.paragraphs[t.paragraph]!.text;
      return text.slice(t.end, t.end + closingRunLength(text.slice(t.end)));
    });
    // Nearly every target ends a clause, so its # anchor is followed by closing punctuation: not t-6-1 (a bracket
    // opens), t-6-2 (a condition, followed by the standard it qualifies: 提高到30万元) or t-18-2 (和).
    const open = plan.targets.filter((_, i) => runs[i] === '').map((t) => t.id);
    expect(open).toEqual(['t-6-1', 't-6-2', 't-18-2']);
    expect(runs.filter((r) => r.length > 0).length).toBe(plan.targets.length - open.length);
    expect(runs.map((r) => closingRunLength(widenPunctuation(r)))).toEqual(runs.map((r) => r.length));
  });
});

describe('yearSpanPieces (a span of years never breaks)', () => {
  it('cuts the text around each span, with its 年, and gives the text back', () => {
    const text = '\u5168\u5E02\u65B9\u6848(2023\u20142027\u5E74)';
    const pieces = yearSpanPieces(text);
    expect(pieces).toEqual([
      { text: '\u5168\u5E02\u65B9\u6848(', keep: false },
      { text: '2023\u20142027\u5E74', keep: true },
      { text: ')', keep: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
  it('reads a hyphen, an en dash or a tilde of either width, with or without 年', () => {
    for (const span of [
      '2023-2027\u5E74',
      '2023\u20132027',
      '2023~2027\u5E74',
      '2023\uFF5E2027',
      '2023\uFF0D2027\u5E74',
    ])
      expect(
        yearSpanPieces(`\u5B9E\u65BD\u671F${span}\u3002`)
          .filter((p) => p.keep)
          .map((p) => p.text),
      ).toEqual([span]);
  });
  it('leaves a single year, a date and plain text alone', () => {
    for (const text of ['\u52302027\u5E74', '2023-03-03', '\u65E0', ''])
      expect(yearSpanPieces(text)).toEqual([{ text, keep: false }]);
  });
  it('finds the period in the real titles', () => {
    const { notice, plan } = realModel();
    expect(yearSpanPieces(plan.title).filter((p) => p.keep)).toHaveLength(1);
    expect(yearSpanPieces(notice.title).filter((p) => p.keep)).toHaveLength(1);
  });
});
