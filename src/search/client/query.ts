/**
 * The search page's state and query handling, as pure functions: reading and writing `/search/?q=…&type=…`, making
 * any typed string safe to search, and expanding everyday words into the plan's own words.
 */
import type { Unit } from '../../domain/model.ts';
import { FILTER_KEYS, type FilterKey } from '../index-fields.ts';
import type { Variant } from './engine.ts';
import type { Synonym } from '../../domain/search-synonyms.ts';
import { dictionary, scan, type Span } from '../../domain/text/scan.ts';

/** 市 (city): the prefix of the city's own units, which people also put before a short name. */
const CITY = '\u5e02';

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
  /** The strings searched: the query first, then its expansions (the plan's words for an everyday word, the other
   * names of a unit or of a group of residents the query names). At most MAX_VARIANTS. */
  variants: string[];
  /** The same, with where each came from (engine.ts ranks the query's own matches first). */
  searches: Variant[];
  /** Everyday words found in the query, with the plan's terms for them. */
  synonyms: { word: string; terms: readonly string[] }[];
  /** Unit aliases found in the query, with the unit's name and every form of it (name and aliases). */
  aliases: { alias: string; name: string; forms: string[] }[];
  /** The unit the whole query names (its name, an alias, or 市 + an alias of a 市 unit), if any: its page comes first. */
  named: string | null;
}

/** A group of residents as search needs it: the plan's words that name the same people (resident-groups.ts). */
export interface TermGroup {
  terms: readonly string[];
}

/** The names a unit is typed as: its name, its aliases, and 市 + alias for a 市 unit (市人社局 for 人社局). */
export function unitForms(unit: Pick<Unit, 'name' | 'aliases'>): string[] {
  const city = unit.name.startsWith(CITY) ? unit.aliases.filter((a) => !a.startsWith(CITY)).map((a) => CITY + a) : [];
  return [...new Set([unit.name, ...unit.aliases, ...city])];
}

/**
 * Finds unit names and aliases, everyday words and group terms in the query. An everyday word or group term inside a
 * unit's name is not one (a unit name is never rewritten). Each everyday word gives one variant per plan term, a
 * 市-prefixed short name (市人社局) one with the short name, each group term one per other term of its group, the
 * rest of the query unchanged; at most MAX_VARIANTS in all, the query first.
 */
export function expandQuery(
  q: string,
  synonyms: readonly Synonym[],
  units: readonly Pick<Unit, 'name' | 'aliases'>[],
  groups: readonly TermGroup[] = [],
): Expansion {
  // Each a longest-match scan (scan.ts); everyday words and group terms skip what a unit name took.
  const unitSpans = scan(q, dictionary(units.flatMap((u) => unitForms(u).map((form) => [form, u] as const))));
  const aliases: Expansion['aliases'] = [];
  const searches: Variant[] = [{ text: q, kind: 'query' }];
  const replace = (span: Span, by: string) => q.slice(0, span.start) + by + q.slice(span.end);
  for (const s of unitSpans) {
    if (s.word !== s.value.name && !aliases.some((a) => a.alias === s.word)) {
      aliases.push({ alias: s.word, name: s.value.name, forms: [s.value.name, ...s.value.aliases] });
    }
  }
  const wordSpans = scan(q, dictionary(synonyms.flatMap((s) => s.words.map((word) => [word, s] as const))), {
    taken: unitSpans,
  });
  const found: Expansion['synonyms'] = [];
  for (const span of wordSpans) {
    if (!found.some((f) => f.word === span.word)) found.push({ word: span.word, terms: span.value.terms });
    for (const term of span.value.terms) searches.push({ text: replace(span, term), kind: 'synonym' });
  }
  // Pages that name a unit carry its name and aliases as index-only words, so the query's own name for it finds
  // them; only 市 + alias (市人社局), which no page carries, is searched as the alias. Fewer words: fewer index chunks.
  for (const span of unitSpans) {
    const alias = span.value.aliases.find((a) => span.word === CITY + a);
    if (alias) searches.push({ text: replace(span, alias), kind: 'unit' });
  }
  const termSpans = scan(q, dictionary(groups.flatMap((g) => g.terms.map((term) => [term, g] as const))), {
    taken: [...unitSpans, ...wordSpans],
  });
  for (const span of termSpans) {
    for (const term of span.value.terms)
      if (term !== span.word) searches.push({ text: replace(span, term), kind: 'group' });
  }
  const unique = searches.filter((v, i) => searches.findIndex((w) => w.text === v.text) === i).slice(0, MAX_VARIANTS);
  const whole = unitSpans.length === 1 && unitSpans[0]!.start === 0 && unitSpans[0]!.end === q.length;
  return {
    variants: unique.map((v) => v.text),
    searches: unique,
    synonyms: found,
    aliases,
    named: whole ? unitSpans[0]!.value.name : null,
  };
}
