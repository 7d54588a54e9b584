import { describe, expect, it } from 'vitest';
import { quotePieces } from '../text/quote-pieces.ts';

const flat = (pieces: ReturnType<typeof quotePieces>) =>
  pieces.map((p) => [
    p.target ? 'T' : '-',
    p.inlines.map((i) => (i.mark ? `[${i.text}]` : i.glossary ? `{${i.text}}` : i.text)).join(''),
  ]);

describe('quotePieces', () => {
  const text = '对高校毕业生给予20万元贷款,落实“六特”政策。';
  const target = { start: 1, end: 14, id: 't' };
  const mark = { start: 1, end: 6 };
  const gloss = { start: 18, end: 20, id: 'liu-te' };
  it('makes target clauses pieces, marks terms inside them and links glossary terms outside', () => {
    const pieces = quotePieces(text, [mark], [target], [gloss]);
    expect(flat(pieces)).toEqual([
      ['-', '对'],
      ['T', '[高校毕业生]给予20万元贷款'],
      ['-', ',落实“{六特}”政策。'],
    ]);
    expect(pieces.flatMap((p) => p.inlines.map((i) => i.text)).join('')).toBe(text);
  });
  it('cuts a mark at the edge of a target clause', () => {
    expect(flat(quotePieces('甲乙丙丁', [{ start: 0, end: 3 }], [{ start: 2, end: 4 }]))).toEqual([
      ['-', '[甲乙]'],
      ['T', '[丙]丁'],
    ]);
  });
  it('drops a glossary link that would sit inside a target link or on a marked term', () => {
    expect(flat(quotePieces('“六特”', [], [{ start: 0, end: 4 }], [{ start: 1, end: 3 }]))).toEqual([['T', '“六特”']]);
    expect(flat(quotePieces('“六特”', [{ start: 1, end: 3 }], [], [{ start: 1, end: 3 }]))).toEqual([
      ['-', '“[六特]”'],
    ]);
  });
});
