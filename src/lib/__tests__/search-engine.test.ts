import { describe, expect, it } from 'vitest';
import {
  mergeResults,
  searchAll,
  searchOne,
  wantsPhraseCheck,
  type PagefindApi,
  type PagefindResult,
} from '../search-engine.ts';

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }),
});

/** A stand-in for Pagefind: a table from search string to results; records what was asked. */
function fakeApi(table: Record<string, PagefindResult[]>) {
  const calls: { term: string | null; filters?: Record<string, string> }[] = [];
  const api: Pick<PagefindApi, 'search'> = {
    search: (term, options) => {
      calls.push({ term, filters: options?.filters });
      return Promise.resolve({ results: table[term ?? '<all>'] ?? [] });
    },
  };
  return { api, calls };
}

describe('mergeResults', () => {
  it('keeps each page once, with its best score, best first', () => {
    const merged = mergeResults([
      [result('a', 1), result('b', 3)],
      [result('a', 5), result('c', 2)],
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([
      ['a', 5],
      ['b', 3],
      ['c', 2],
    ]);
  });
  it('breaks ties by first appearance', () => {
    expect(mergeResults([[result('x', 1)], [result('y', 1), result('x', 1)]]).map((r) => r.id)).toEqual(['x', 'y']);
  });
});

describe('wantsPhraseCheck', () => {
  it.each(['人社局', '滩羊', '创业担保贷款'])('%s: yes', (t) => expect(wantsPhraseCheck(t)).toBe(true));
  it.each(['县', '人社局 就业', 'GAP', '"滩羊"'])('%s: no', (t) => expect(wantsPhraseCheck(t)).toBe(false));
});

describe('searchOne', () => {
  it('keeps only the pages that have the phrase, in the plain ranking', async () => {
    const { api, calls } = fakeApi({
      发改委: [result('m8', 9), result('m2', 5), result('m1', 4)],
      '"发改委"': [result('m1', 4), result('m2', 4)],
    });
    expect((await searchOne(api, '发改委', { type: '措施' })).map((r) => r.id)).toEqual(['m2', 'm1']);
    expect(calls).toEqual([
      { term: '发改委', filters: { type: '措施' } },
      { term: '"发改委"', filters: { type: '措施' } },
    ]);
  });
  it('keeps the plain results when the phrase finds nothing', async () => {
    const { api } = fakeApi({ 农民收入: [result('m14', 2)] });
    expect((await searchOne(api, '农民收入', {})).map((r) => r.id)).toEqual(['m14']);
  });
  it('searches with no words (filters only) once, without a phrase', async () => {
    const { api, calls } = fakeApi({ '<all>': [result('m1', 0)] });
    expect(await searchOne(api, null, { type: '单位' })).toHaveLength(1);
    expect(calls).toEqual([{ term: null, filters: { type: '单位' } }]);
  });
});

describe('searchAll', () => {
  it('merges the results of every variant; a superseded search (null) counts as none', async () => {
    const api: Pick<PagefindApi, 'search'> = {
      search: (term) =>
        Promise.resolve(term === '租房' ? null : { results: term?.includes('住房租赁') ? [result('m11', 2)] : [] }),
    };
    expect((await searchAll(api, ['租房', '住房租赁'], {})).map((r) => r.id)).toEqual(['m11']);
  });
});
