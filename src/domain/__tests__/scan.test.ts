import { describe, expect, it } from 'vitest';
import { dictionary, longestAt, scan } from '../text/scan.ts';
import { foldWidth } from '../text/text.ts';
import { realRegistry, seedText } from './helpers.ts';

const words = (...list: string[]) => dictionary(list.map((w, i) => [w, i] as const));
const found = (text: string, dict: ReturnType<typeof words>, taken?: { start: number; end: number }[]) =>
  scan(text, dict, { taken }).map((m) => [m.word, m.start, m.end]);

describe('dictionary', () => {
  it('leaves out empty words and keeps the first value of a word given twice', () => {
    const d = dictionary([
      ['', 0],
      ['甲乙', 1],
      ['甲乙', 2],
    ]);
    expect(d).toEqual([{ word: '甲乙', value: 1 }]);
  });
});

describe('longestAt', () => {
  it('gives the longest word that starts at the offset', () => {
    const d = words('农业', '农业农村局', '市农业农村局');
    expect(longestAt(d, '市农业农村局', 1)?.word).toBe('农业农村局');
    expect(longestAt(d, '市农业农村局', 0)?.word).toBe('市农业农村局');
    expect(longestAt(d, '市农业农村局', 2)).toBeUndefined();
  });
});

describe('scan', () => {
  it('takes the longest match, and the shorter words it covers do not match again', () =>
    expect(found('市农业农村局和农业', words('农业', '农业农村局', '市农业农村局'))).toEqual([
      ['市农业农村局', 0, 6],
      ['农业', 7, 9],
    ]));
  it('lets a longer word win over a shorter one that overlaps it from the left', () =>
    expect(found('送外卖骑手', words('送外卖', '外卖骑手'))).toEqual([['外卖骑手', 1, 5]]));
  it('finds every occurrence, in text order, with offsets in the text', () =>
    expect(found('租房,找工作,租房', words('租房', '找工作'))).toEqual([
      ['租房', 0, 2],
      ['找工作', 3, 6],
      ['租房', 7, 9],
    ]));
  it('finds an occurrence next to one that overlapped a taken span', () =>
    expect(found('甲甲甲', words('甲甲'), [{ start: 0, end: 1 }])).toEqual([['甲甲', 1, 3]]));
  it('skips stretches already taken', () =>
    expect(found('人社局就业', words('人社局', '社局就'), [{ start: 0, end: 3 }])).toEqual([]));
  it('matches through a same-length fold and reports offsets of the text as written', () => {
    const text = `各县\uFF08市、区\uFF09`;
    const [m] = scan(text, words('各县(市、区)'), { fold: foldWidth });
    expect(m).toMatchObject({ word: '各县(市、区)', start: 0, end: text.length });
    expect(text.slice(m!.start, m!.end)).toBe(text);
  });
  it('on the real seed, unit names give matches that never overlap and read as the text has them', () => {
    const registry = realRegistry();
    const matches = scan(seedText, dictionary(registry.lookup), { fold: foldWidth });
    expect(matches.length).toBeGreaterThan(100);
    matches.forEach((m, i) => {
      expect(foldWidth(seedText.slice(m.start, m.end))).toBe(m.word);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    });
  });
});
