/**
 * The search page's state and query handling, as pure functions: reading and writing `/search/?q=…&type=…`, making
 * any typed string safe to search, and expanding everyday words into the plan's own words.
 */
import type { Unit } from './model.ts';
import { FILTER_KEYS, type FilterKey } from './search-index.ts';
import type { Synonym } from './search-synonyms.ts';

/** Longer queries are cut: nobody types more, and Pagefind's work grows with the query. */
export const MAX_QUERY_CHARS = 100;
/** At most this many Pagefind searches per query (the query itself plus its expansions). */
export const MAX_VARIANTS = 8;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/** Whitespace (incl. the ideographic space) collapsed, trimmed, cut to MAX_QUERY_CHARS characters (code points). */
export function normalizeQuery(raw: string): string {
  const collapsed = raw.replace(/[\s\u3000]+/gu, ' ').trim();
  const chars = Array.from(collapsed);
  return chars.length > MAX_QUERY_CHARS ? chars.slice(0, MAX_QUERY_CHARS).join('').trim() : collapsed;
}

/** A query worth sending: it has a letter or a digit (not only punctuation, symbols or emoji). */
export const isSearchable = (q: string): boolean => /[\p{L}\p{N}]/u.test(q);

const filterKeys = Object.keys(FILTER_KEYS) as FilterKey[];

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const value = params.get(FILTER_KEYS[key])?.trim();
    if (value) filters[key] = value;
  }
  return { q: normalizeQuery(params.get('q') ?? ''), filters };
}

/** The query string for a state (`?q=…&type=…`), empty values left out; '' when there is nothing to share. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) {
    const value = state.filters[key];
    if (value) params.set(FILTER_KEYS[key], value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface Expansion {
  /** The strings to search: the query first, then the query with an everyday word replaced by a plan term. */
  variants: string[];
  /** Everyday words found in the query, with the plan's terms for them. */
  synonyms: { word: string; terms: readonly string[] }[];
  /** Unit aliases found in the query, with the unit's name and every form of it (name and aliases). */
  aliases: { alias: string; name: string; forms: string[] }[];
}

interface Span {
  start: number;
  end: number;
}

/** Every occurrence of each needle, longest needles first, never overlapping an earlier span. */
function findSpans<T>(
  text: string,
  needles: { needle: string; value: T }[],
  taken: Span[] = [],
): (Span & { value: T; needle: string })[] {
  const found: (Span & { value: T; needle: string })[] = [];
  const occupied = [...taken];
  for (const { needle, value } of [...needles].sort((a, b) => b.needle.length - a.needle.length)) {
    if (!needle) continue;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      const span = { start: i, end: i + needle.length };
      if (occupied.some((o) => span.start < o.end && o.start < span.end)) continue;
      occupied.push(span);
      found.push({ ...span, value, needle });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Finds unit aliases and everyday words in the query. An everyday word inside a unit's name or alias is not one
 * (so a unit name is never rewritten). Each everyday word gives one variant per plan term, the rest of the query
 * unchanged; at most MAX_VARIANTS in all.
 */
export function expandQuery(
  q: string,
  synonyms: readonly Synonym[],
  units: readonly Pick<Unit, 'name' | 'aliases'>[],
): Expansion {
  const unitNames = units.flatMap((u) => [u.name, ...u.aliases].map((needle) => ({ needle, value: u })));
  const unitSpans = findSpans(q, unitNames);
  const aliases: Expansion['aliases'] = [];
  for (const s of unitSpans) {
    if (s.needle !== s.value.name && !aliases.some((a) => a.alias === s.needle)) {
      aliases.push({ alias: s.needle, name: s.value.name, forms: [s.value.name, ...s.value.aliases] });
    }
  }
  const wordSpans = findSpans(
    q,
    synonyms.flatMap((s) => s.words.map((needle) => ({ needle, value: s }))),
    unitSpans,
  );
  const variants = [q];
  const found: Expansion['synonyms'] = [];
  for (const span of wordSpans) {
    if (!found.some((f) => f.word === span.needle)) found.push({ word: span.needle, terms: span.value.terms });
    for (const term of span.value.terms) variants.push(q.slice(0, span.start) + term + q.slice(span.end));
  }
  return { variants: [...new Set(variants)].slice(0, MAX_VARIANTS), synonyms: found, aliases };
}
