/**
 * Runs one reader's search against Pagefind's browser API: the query and its expansions (search-query.ts), each
 * with the chosen filters, merged into one ranking. Takes the API as a parameter, so it runs unchanged against the
 * real index in the browser and against a stand-in in unit tests.
 */

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface PagefindApi {
  options(options: object): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
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

/**
 * One list from several: each page once, with its best score (and the result that scored it, whose excerpt shows
 * the words that matched), highest first; ties keep the order of the first list they appear in.
 */
export function mergeResults(lists: readonly (readonly PagefindResult[])[]): PagefindResult[] {
  const best = new Map<string, { result: PagefindResult; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const result of list) {
      const seen = best.get(result.id);
      if (!seen) best.set(result.id, { result, order: order++ });
      else if (result.score > seen.result.score) best.set(result.id, { result, order: seen.order });
    }
  }
  return [...best.values()].sort((a, b) => b.result.score - a.result.score || a.order - b.order).map((e) => e.result);
}

/**
 * Whether a search string gets the phrase check: one run of text (no spaces, no quotes) with a Chinese character and
 * at least two characters. Pagefind splits such a query into words, often single characters (人社局 → 人 社 局), and
 * matches each word anywhere in a page, so pages that merely contain 人, 社 and 局 somewhere also match.
 */
export const wantsPhraseCheck = (term: string): boolean => /^[^\s"]{2,}$/u.test(term) && /\p{Script=Han}/u.test(term);

/**
 * One search string's results. A phrase-check candidate is also searched as an exact phrase ("…", which Pagefind
 * matches against page text and metadata); when that finds pages, only those are kept, in the ranking of the plain
 * search. When it finds none, the plain results stand.
 */
export async function searchOne(
  api: Pick<PagefindApi, 'search'>,
  term: string | null,
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  const phrase = term !== null && wantsPhraseCheck(term);
  const [plain, exact] = await Promise.all([
    api.search(term, { filters }),
    phrase ? api.search(`"${term}"`, { filters }) : Promise.resolve(null),
  ]);
  const results = plain?.results ?? [];
  const exactIds = new Set((exact?.results ?? []).map((r) => r.id));
  return exactIds.size > 0 ? results.filter((r) => exactIds.has(r.id)) : results;
}

/** Searches every variant (null = no words: every page that passes the filters) and merges the results. */
export async function searchAll(
  api: Pick<PagefindApi, 'search'>,
  variants: readonly (string | null)[],
  filters: Record<string, string>,
): Promise<PagefindResult[]> {
  return mergeResults(await Promise.all(variants.map((v) => searchOne(api, v, filters))));
}
