/**
 * Runs one reader's search against Pagefind's browser API and ranks it. Takes the API as a parameter, so it runs
 * unchanged against the real index in the browser and against a stand-in in unit tests. Loads no page fragment:
 * matching and ranking use only searches (index chunks) and filter lists, so a query costs only the chunks its words
 * live in, plus the fragments of the results actually shown.
 *
 * Matching. Pagefind splits a Chinese query into words with the browser's segmenter, often single characters
 * (人社局 → 人 社 局), matches each anywhere in a page, and when a word is in no page it falls back to a shorter
 * prefix (12333 → 12, 下岗 → 下). So a page counts as a match for a search string only when, for every
 * space-separated part of it, either
 *   - the part occurs as a phrase (Pagefind's "…" search, over text and metadata): an exact match, or
 *   - every word of two or more characters in the part occurs in the page as a word (each word's own "…" search;
 *     医疗救助 → 医疗 + 救助, 残疾人 → 残疾, which 残疾人员 contains): a words match.
 * Single characters count only inside a phrase. Every good page Pagefind finds is kept; pages that match only by
 * scattered characters or the prefix fallback are not.
 *
 * Ranking, in this order:
 *   1. the page the query names (a unit's page for its name or alias, 市人社局 as well as 人社局);
 *   2. pages whose text is their own (措施 measures, 保障 safeguards), before pages that gather text published on
 *      its own page elsewhere (unit pages, the matrix, groups, targets, the whole text): those never outrank a
 *      measure for a topic word;
 *   3. within each: exact match of the query, exact match of an expansion (everyday word → plan term, another name
 *      of the same group or unit), words match of the query, words match of an expansion;
 *   4. then Pagefind's score.
 */
import { SEARCH_PAGE_TYPE } from '../index-fields.ts';

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface PagefindApi {
  options(options: object): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload?(term: string, options?: object): Promise<void>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindData {
  url: string;
  /** HTML: entities escaped, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Where a search string came from: the query itself, or an expansion of it (query.ts). */
export type VariantKind = 'query' | 'synonym' | 'group' | 'unit';

export interface Variant {
  text: string;
  kind: VariantKind;
}

type Api = Pick<PagefindApi, 'search'>;
type Filters = Record<string, string>;

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Quotes would end Pagefind's phrase syntax early; they are never part of a word. */
const unquote = (s: string) => s.replace(/["\u201c\u201d]/gu, ' ').trim();

/** The words of a query part as the browser splits it (the split Pagefind itself uses for the query). */
export function queryWords(part: string): string[] {
  return [...wordSegmenter.segment(part)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The words a words match needs: the part's words of two or more characters, when the part splits into more than
 * one word (a part that is one word is matched as a phrase only). Empty: the part matches only as a phrase.
 */
export function wordsToCheck(part: string): string[] {
  const words = queryWords(part);
  return words.length > 1 ? [...new Set(words.filter((w) => Array.from(w).length >= 2))] : [];
}

/** How well a page matches one search string: 0 exact (phrase), 1 words match. */
export type MatchQuality = 0 | 1;

export interface Match {
  result: PagefindResult;
  quality: MatchQuality;
}

const ids = (s: PagefindSearch | null) => new Set((s?.results ?? []).map((r) => r.id));

/**
 * The pages that match `text` (see the file comment), each with Pagefind's plain result (its score ranks within a
 * quality). `wordsMatch: false` allows exact matches only (other names of a unit: 人力资源 + 社会保障 scattered
 * over a page do not name 市人力资源和社会保障局).
 */
export async function matchText(
  api: Api,
  text: string,
  filters: Filters,
  wordsMatch = true,
): Promise<Map<string, Match>> {
  const parts = unquote(text).split(/\s+/u).filter(Boolean);
  const matches = new Map<string, Match>();
  if (parts.length === 0) return matches;
  const checks = parts.map((p) => (wordsMatch ? wordsToCheck(p) : []));
  const words = [...new Set(checks.flat())];
  const [plain, phrases, wordHits] = await Promise.all([
    api.search(parts.join(' '), { filters }),
    Promise.all(parts.map((p) => api.search(`"${p}"`, { filters }))),
    Promise.all(words.map((w) => api.search(`"${w}"`, { filters }).then((s) => [w, ids(s)] as const))),
  ]);
  const hits = new Map(wordHits);
  const phraseIds = phrases.map(ids);
  const quality = (id: string): MatchQuality | null => {
    let worst: MatchQuality = 0;
    for (const [i, exact] of phraseIds.entries()) {
      if (exact.has(id)) continue;
      const need = checks[i] ?? [];
      if (need.length === 0 || !need.every((w) => hits.get(w)?.has(id))) return null;
      worst = 1;
    }
    return worst;
  };
  // Plain results carry Pagefind's ranking; a page found only by the phrase searches keeps the phrase's score.
  for (const result of [...(plain?.results ?? []), ...phrases.flatMap((s) => s?.results ?? [])]) {
    if (matches.has(result.id)) continue;
    const q = quality(result.id);
    if (q !== null) matches.set(result.id, { result, quality: q });
  }
  return matches;
}

/** Rank groups (see the file comment): the named page, pages with their own text, the rest. */
export const RANK_GROUP = { named: 0, own: 1, gathered: 2 } as const;

export interface Ranked {
  result: PagefindResult;
  group: number;
  /** 0 exact of the query, 1 exact of an expansion, 2 words of the query, 3 words of an expansion. */
  quality: number;
}

/** Orders the matches of every variant into one list, each page once (see the file comment). */
export function rankMatches(
  perVariant: readonly { variant: Variant; matches: Map<string, Match> }[],
  own: ReadonlySet<string>,
  named: ReadonlySet<string>,
): Ranked[] {
  const best = new Map<string, Ranked & { order: number }>();
  let order = 0;
  for (const { variant, matches } of perVariant) {
    for (const [id, m] of matches) {
      const quality = m.quality * 2 + (variant.kind === 'query' ? 0 : 1);
      const group = named.has(id) ? RANK_GROUP.named : own.has(id) ? RANK_GROUP.own : RANK_GROUP.gathered;
      const seen = best.get(id);
      if (!seen) best.set(id, { result: m.result, group, quality, order: order++ });
      else if (quality < seen.quality || (quality === seen.quality && m.result.score > seen.result.score))
        best.set(id, { ...seen, result: m.result, quality });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.group - b.group || a.quality - b.quality || b.result.score - a.result.score || a.order - b.order)
    .map(({ result, group, quality }) => ({ result, group, quality }));
}

/** Filter values of the pages whose text is their own. */
export const OWN_TEXT_TYPES = [SEARCH_PAGE_TYPE.measure, SEARCH_PAGE_TYPE.safeguards] as const;

const ownCache = new WeakMap<object, Promise<Set<string>>>();

/** Ids of every page whose text is its own: a filter-only search per type, once per API instance. */
export function ownTextIds(api: Api, typeKey: string): Promise<Set<string>> {
  let cached = ownCache.get(api);
  if (!cached) {
    cached = Promise.all(OWN_TEXT_TYPES.map((t) => api.search(null, { filters: { [typeKey]: t } }))).then(
      (all) => new Set(all.flatMap((s) => (s?.results ?? []).map((r) => r.id))),
    );
    ownCache.set(api, cached);
  }
  return cached;
}

export interface SearchPlan {
  variants: readonly Variant[];
  /** Filters that find the page the query names (a unit page: type 单位 + the unit), if it names one. */
  namedFilters: Filters | null;
  typeKey: string;
}

/**
 * One search: every variant matched, the named page and the own-text pages looked up, all at once, then ranked.
 * With no variants (no words, only filters) every page that passes the filters, in Pagefind's order.
 */
export async function searchAll(api: Api, plan: SearchPlan, filters: Filters): Promise<PagefindResult[]> {
  if (plan.variants.length === 0) return (await api.search(null, { filters }))?.results ?? [];
  const [own, namedPages, ...perVariant] = await Promise.all([
    ownTextIds(api, plan.typeKey),
    plan.namedFilters
      ? api.search(null, { filters: { ...filters, ...plan.namedFilters } }).then((s) => s?.results ?? [])
      : Promise.resolve([]),
    ...plan.variants.map((variant) =>
      matchText(api, variant.text, filters, variant.kind !== 'unit').then((matches) => ({ variant, matches })),
    ),
  ]);
  // The named page is a result even where its text does not repeat the query (it is found by its name).
  const named = new Map(namedPages.map((result) => [result.id, { result, quality: 0 as const }]));
  const query: Variant = { text: '', kind: 'query' };
  return rankMatches([{ variant: query, matches: named }, ...perVariant], own, new Set(named.keys())).map(
    (r) => r.result,
  );
}
