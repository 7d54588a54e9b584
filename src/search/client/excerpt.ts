/**
 * Pagefind's excerpt as safe pieces for the DOM: plain text runs, some marked. The excerpt is HTML (entities escaped,
 * matches in <mark>); it is never assigned to innerHTML. Only <mark> and </mark> are read as tags; everything else
 * is text. Pagefind marks Chinese matches by its own word split (滩羊 may come back as <mark>滩</mark>羊, 人社局 as
 * 人, 社 and 局 marked wherever they occur), so the words searched for are marked instead.
 */
import { decodeEntities } from '../../domain/text/html.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

interface Range {
  start: number;
  end: number;
}

/** Splits Pagefind's excerpt HTML into its text and the ranges it marked. */
export function parseExcerpt(html: string): { text: string; marks: Range[] } {
  let text = '';
  const marks: Range[] = [];
  let open: number | null = null;
  for (const part of html.split(/(<mark>|<\/mark>)/iu)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') open ??= text.length;
    else if (tag === '</mark>') {
      if (open !== null && text.length > open) marks.push({ start: open, end: text.length });
      open = null;
    } else text += decodeEntities(part);
  }
  if (open !== null && text.length > open) marks.push({ start: open, end: text.length });
  return { text, marks };
}

/** Ranges where any of `words` occurs in `text` (ignoring case where that keeps offsets). */
export function occurrences(text: string, words: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const haystack = lower.length === text.length ? lower : text;
  const ranges: Range[] = [];
  for (const word of words) {
    const needle = haystack === lower ? word.toLowerCase() : word;
    if (!needle || needle.length !== word.length) continue;
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
      ranges.push({ start: i, end: i + needle.length });
  }
  return ranges;
}

/** Text cut into plain and marked segments by the union of `ranges`. */
export function toSegments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: false });
    segments.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * The excerpt as segments, marked wherever one of `words` (see `highlightWords`) occurs. Only when none occurs are
 * Pagefind's own marks used, and then only those of two or more characters that are part of a searched string
 * (`searched`: the query and its expansions), e.g. 农民 and 收入 for 农民收入 where the text has them apart. For a query
 * Pagefind split into single characters (人社局 → 人 社 局) its marks would flag every 人 and 局, or words such as
 * 社会 that merely start with one of them.
 */
export function excerptSegments(html: string, words: readonly string[], searched: readonly string[]): Segment[] {
  const { text, marks } = parseExcerpt(html);
  const own = occurrences(text, words);
  if (own.length > 0) return toSegments(text, own);
  const inSearched = (r: Range) => r.end - r.start >= 2 && searched.some((s) => s.includes(text.slice(r.start, r.end)));
  return toSegments(text, marks.filter(inSearched));
}

/**
 * The words of a search to highlight: each whitespace-separated part, with a letter or digit, of the searched
 * strings (the query and its expansions) and of the other names of units the query named.
 */
export function highlightWords(searched: readonly string[]): string[] {
  return [...new Set(searched.flatMap((v) => v.split(' ')).filter((w) => /[\p{L}\p{N}]/u.test(w)))];
}
