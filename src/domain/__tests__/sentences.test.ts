import { describe, expect, it } from 'vitest';
import { paragraphSentences, segmentText, sentenceContains, splitSentences } from '../text/sentences.ts';
import { realModel } from './helpers.ts';

describe('splitSentences', () => {
  it('splits on 。 keeping it, with offsets into the paragraph', () => {
    const text = '甲乙。丙,丁。戊';
    const s = splitSentences(text, 2);
    expect(s.map((x) => x.text)).toEqual(['甲乙。', '丙,丁。', '戊']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.every((x) => x.paragraph === 2)).toBe(true);
  });
  it('gives nothing for empty text and no empty sentence after a final 。', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('一句。').map((x) => x.text)).toEqual(['一句。']);
  });
  it('on the real seed, the sentences of every measure put back together are its paragraphs', () => {
    for (const m of realModel().plan.measures) {
      const paragraphs = m.paragraphs.map((p) => p.text);
      const sentences = paragraphSentences(paragraphs);
      expect(
        paragraphs.map((_, i) =>
          sentences
            .filter((s) => s.paragraph === i)
            .map((s) => s.text)
            .join(''),
        ),
      ).toEqual(paragraphs);
    }
  });
  it('every target of the real seed lies inside exactly one sentence', () => {
    const { plan } = realModel();
    for (const t of plan.targets) {
      const m = plan.measures.find((x) => x.number === t.measure)!;
      const holding = paragraphSentences(m.paragraphs.map((p) => p.text)).filter((s) => sentenceContains(s, t));
      expect(holding, t.id).toHaveLength(1);
    }
  });
});

describe('segmentText', () => {
  it('cuts text around ranges in any order and joins back to the text', () => {
    const segs = segmentText('abcdef', [
      { start: 4, end: 5, k: 'y' },
      { start: 1, end: 2, k: 'x' },
    ]);
    expect(segs.map((s) => [s.text, s.range?.k ?? null, s.start, s.end])).toEqual([
      ['a', null, 0, 1],
      ['b', 'x', 1, 2],
      ['cd', null, 2, 4],
      ['e', 'y', 4, 5],
      ['f', null, 5, 6],
    ]);
  });
  it('refuses overlapping or out-of-range ranges', () => {
    expect(() =>
      segmentText('abc', [
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toThrow(/overlaps/);
    expect(() => segmentText('abc', [{ start: 2, end: 5 }])).toThrow();
  });
});
