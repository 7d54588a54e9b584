/**
 * The one longest-match scanner: finds the words of a dictionary in text, longest words first, each occurrence that
 * overlaps no earlier match, so 市农业农村局 is one match, not also 农业农村局, and in 送外卖骑手 the longer 外卖骑手
 * wins over 送外卖. Offsets are offsets in the text as given. `longestAt` is the same rule at one position, for
 * scanners that read left to right with state (the unit lists' carried prefixes). Dependency-free and small: it ships
 * to the browser with the search page.
 */

export interface Entry<T> {
  word: string;
  value: T;
}

export interface Span {
  start: number;
  end: number;
}

export interface Match<T> extends Entry<T>, Span {}

/** Words with their values, longest first. Build once, scan often. */
export type Dictionary<T> = readonly Entry<T>[];

/** A dictionary of words and their values. Empty words are left out; of a word given twice the first value counts. */
export function dictionary<T>(entries: Iterable<readonly [string, T]>): Dictionary<T> {
  const words = new Map<string, T>();
  for (const [word, value] of entries) if (word && !words.has(word)) words.set(word, value);
  return [...words].map(([word, value]) => ({ word, value })).sort((a, b) => b.word.length - a.word.length);
}

/** The longest word that starts at offset `at` of the text, if any. */
export function longestAt<T>(dict: Dictionary<T>, text: string, at: number): Entry<T> | undefined {
  return dict.find((e) => text.startsWith(e.word, at));
}

export interface ScanOptions {
  /**
   * A one-to-one character mapping (same length, same offsets) applied to the text before matching, e.g. width or
   * bracket folding; the dictionary's words must be in the folded form. text.slice(start, end) is the match as written.
   */
  fold?: (text: string) => string;
  /** Stretches already taken (by an earlier scan): no match overlaps them. */
  taken?: readonly Span[];
}

/** Every match, in text order: longest words first, each occurrence that overlaps no earlier match or taken span. */
export function scan<T>(text: string, dict: Dictionary<T>, options: ScanOptions = {}): Match<T>[] {
  const folded = options.fold ? options.fold(text) : text;
  const occupied: Span[] = [...(options.taken ?? [])];
  const found: Match<T>[] = [];
  for (const { word, value } of dict) {
    for (let start = folded.indexOf(word); start !== -1; start = folded.indexOf(word, start + 1)) {
      const end = start + word.length;
      if (occupied.some((o) => start < o.end && o.start < end)) continue;
      occupied.push({ start, end });
      found.push({ word, value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
