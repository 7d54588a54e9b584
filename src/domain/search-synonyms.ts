/**
 * Residents' everyday words → the words the plan's text uses for the same thing (content/reviewed/search-synonyms.json).
 * Search uses it twice: pages whose text contains a `terms` entry get the `words` as index-only terms (never shown),
 * and the search page also runs the query with each term in place of the word, so results are ranked, excerpted and
 * highlighted on the text's own words.
 *
 * Reviewed list. Rules for an entry:
 * - every `terms` item is written exactly as it occurs in the seed (a unit test checks each one against the text);
 * - no `words` item occurs in the seed: a word the text already uses needs no synonym (also tested);
 * - a word maps only to terms that mean what a resident asking it would want (租房 → 住房租赁, not → 住房);
 * - no word is a unit name or alias: those come from the unit registry (content/reviewed/units.json), not from here;
 * - each word belongs to one entry (checked here).
 */
import { z } from 'zod';
import { parseReviewedArray } from './reviewed.ts';

export const SEARCH_SYNONYMS_FILE = 'content/reviewed/search-synonyms.json';

export const searchSynonymSchema = z
  .object({
    /** What the entry is about, for whoever reviews the list (not shown). */
    topic: z.string().min(1).optional(),
    /** What people type. */
    words: z.array(z.string().min(1)).min(1),
    /** The plan's words for it, each occurring in the seed. */
    terms: z.array(z.string().min(1)).min(1),
  })
  .strict();

export type Synonym = z.infer<typeof searchSynonymSchema>;

/** The reviewed synonyms from the file's text; a word listed in two entries is an error at the second one's line. */
export function parseSearchSynonyms(text: string, file: string = SEARCH_SYNONYMS_FILE): Synonym[] {
  const words = new Set<string>();
  return parseReviewedArray(text, file, searchSynonymSchema, (s) => {
    const twice = s.words.find((w) => words.has(w));
    if (twice) return `word ${twice} is listed in two entries`;
    for (const w of s.words) words.add(w);
    return null;
  });
}
