import { describe, expect, it } from 'vitest';
import {
  matchText,
  queryWords,
  rankMatches,
  searchAll,
  wordsToCheck,
  type Match,
  type PagefindApi,
  type PagefindResult,
  type Variant,
} from '../client/engine.ts';

const result = (id: string, score: number): PagefindResult => ({
  id,
  score,
  data: () => Promise.resolve({ url: `/${id}/`, excerpt: '', meta: {}, filters: {} }),
});

/** A stand-in for Pagefind: a table from search string (and filters) to results; records what was asked. */
function fakeApi(table: Record<string, PagefindResult[]>) {
  const calls: { term: string | null; filters?: Record<string, string> }[] = [];
  const api: Pick<PagefindApi, 'search'> = {
    search: (term, options) => {
      calls.push({ term, filters: options?.filters });
      const key = term ?? `<all ${JSON.stringify(options?.filters ?? {})}>`;
      return Promise.resolve({ results: table[key] ?? [] });
    },
  };
  return { api, calls };
}

describe('queryWords / wordsToCheck', () => {
  it('splits as the browser does; only words of 2+ characters of a multi-word part are checked', () => {
    expect(queryWords('医疗救助')).toEqual(['医疗', '救助']);
    expect(wordsToCheck('医疗救助')).toEqual(['医疗', '救助']);
    // 残疾人 → 残疾 + 人: the page needs 残疾 (so 残疾人员 matches); 人 alone counts only in the phrase.
    expect(wordsToCheck('残疾人')).toEqual(['残疾']);
    // Single characters only (人社局 → 人 社 局), or one word: phrase only.
    expect(wordsToCheck('人社局')).toEqual([]);
    expect(wordsToCheck('滩羊')).toEqual([]);
    expect(wordsToCheck('12333')).toEqual([]);
  });
});

describe('matchText', () => {
  it('keeps exact (phrase) matches and pages with every 2+ character word; drops scattered characters', async () => {
    const { api } = fakeApi({
      医疗救助: [result('m13', 10), result('m12', 9), result('scattered', 3)],
      '"医疗救助"': [result('m12', 1)],
      '"医疗"': [result('m12', 1), result('m13', 1), result('scattered', 1)],
      '"救助"': [result('m12', 1), result('m13', 1)],
    });
    const m = await matchText(api, '医疗救助', {});
    expect([...m].map(([id, x]) => [id, x.quality])).toEqual([
      ['m13', 1],
      ['m12', 0],
    ]);
  });

  it('drops Pagefind’s prefix fallback (12333 → pages with 12) and phrase-only parts that are not there', async () => {
    const { api } = fakeApi({ 12333: [result('m12', 7)], '"12333"': [] });
    expect((await matchText(api, '12333', {})).size).toBe(0);
  });

  it('needs every space-separated part; keeps a page the phrase search finds but the plain one does not', async () => {
    const { api } = fakeApi({
      '人社局 就业': [result('a', 5), result('b', 4)],
      '"人社局"': [result('a', 1), result('b', 1), result('c', 1)],
      '"就业"': [result('a', 1), result('c', 1)],
    });
    expect([...(await matchText(api, '人社局 就业', {})).keys()]).toEqual(['a', 'c']);
  });

  it('with wordsMatch off, allows exact matches only', async () => {
    const { api } = fakeApi({
      市人力资源和社会保障局: [result('x', 5)],
      '"市人力资源和社会保障局"': [],
      '"人力资源"': [result('x', 1)],
      '"社会保障"': [result('x', 1)],
    });
    expect((await matchText(api, '市人力资源和社会保障局', {}, false)).size).toBe(0);
  });

  it('passes the filters to every search', async () => {
    const { api, calls } = fakeApi({});
    await matchText(api, '医疗救助', { type: '措施' });
    expect(calls.length).toBeGreaterThan(1);
    for (const c of calls) expect(c.filters).toEqual({ type: '措施' });
  });
});

describe('rankMatches', () => {
  const v = (text: string, kind: Variant['kind'] = 'query'): Variant => ({ text, kind });
  const ms = (...entries: [string, number, 0 | 1][]) =>
    new Map<string, Match>(entries.map(([id, score, quality]) => [id, { result: result(id, score), quality }]));

  it('named page, then own-text pages, then pages that gather text; a high score does not jump a group', () => {
    const ranked = rankMatches(
      [{ variant: v('枸杞'), matches: ms(['unit', 9, 0], ['m1', 4, 0], ['m16', 2, 0]) }],
      new Set(['m1', 'm16']),
      new Set(),
    );
    expect(ranked.map((r) => r.result.id)).toEqual(['m1', 'm16', 'unit']);
    const named = rankMatches(
      [{ variant: v('人社局'), matches: ms(['m5', 9, 0], ['hr', 2, 0]) }],
      new Set(['m5']),
      new Set(['hr']),
    );
    expect(named.map((r) => r.result.id)).toEqual(['hr', 'm5']);
  });

  it('exact of the query, exact of an expansion, words of the query, words of an expansion', () => {
    const ranked = rankMatches(
      [
        { variant: v('残疾人'), matches: ms(['words', 9, 1], ['exact', 1, 0]) },
        { variant: v('残疾人员', 'group'), matches: ms(['expanded', 8, 0], ['expWords', 9, 1]) },
      ],
      new Set(['words', 'exact', 'expanded', 'expWords']),
      new Set(),
    );
    expect(ranked.map((r) => r.result.id)).toEqual(['exact', 'expanded', 'words', 'expWords']);
  });

  it('keeps each page once, at its best quality', () => {
    const ranked = rankMatches(
      [
        { variant: v('租房'), matches: ms(['m11', 2, 1]) },
        { variant: v('住房租赁', 'synonym'), matches: ms(['m11', 5, 0]) },
      ],
      new Set(['m11']),
      new Set(),
    );
    expect(ranked.map((r) => [r.result.id, r.quality])).toEqual([['m11', 1]]);
  });
});

describe('searchAll', () => {
  it('puts the page the query names first even where its text lacks the query, then ranks the rest', async () => {
    const { api } = fakeApi({
      '<all {"type":"措施"}>': [result('m5', 0), result('m6', 0)],
      '<all {"type":"单位","unit":"市人力资源和社会保障局"}>': [result('hr', 0)],
      市人社局: [result('m6', 3), result('junk', 9)],
      '"市人社局"': [],
      人社局: [result('m5', 4), result('m6', 3), result('matrix', 5)],
      '"人社局"': [result('m5', 1), result('m6', 1), result('matrix', 1)],
    });
    const found = await searchAll(
      api,
      {
        variants: [v2('市人社局', 'query'), v2('人社局', 'unit')],
        namedFilters: { type: '单位', unit: '市人力资源和社会保障局' },
        typeKey: 'type',
      },
      {},
    );
    expect(found.map((r) => r.id)).toEqual(['hr', 'm5', 'm6', 'matrix']);
  });

  it('with no words, returns every page that passes the filters', async () => {
    const { api } = fakeApi({ '<all {"type":"单位"}>': [result('a', 1), result('b', 1)] });
    expect(await searchAll(api, { variants: [], namedFilters: null, typeKey: 'type' }, { type: '单位' })).toHaveLength(
      2,
    );
  });
});

function v2(text: string, kind: Variant['kind']): Variant {
  return { text, kind };
}
