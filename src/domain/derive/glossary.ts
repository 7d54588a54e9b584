/**
 * 术语: the shorthand terms the plan puts in quotation marks (“六特”, “1311”, “放管服” …), found by rule, with the
 * definition only where the text itself gives one. Pure: no Astro, no I/O.
 *
 * Which quotations are terms: a quoted string that starts with a numeral (六特, 四项机制, 两清零, 双提升, 1311, 19+N) —
 * the genre's numbered shorthand — plus the reviewed abbreviations (content/reviewed/glossary-terms.json: 放管服 …). Brand
 * names, slogans and titles in quotes (“盐池滩羊”, “夜间经济”) are not terms.
 *
 * When the text defines a term (every passage is a verbatim substring of the measure text; no word is added):
 * - Enumeration: the clause before the quote is a list `A、B、C` (optionally closed by 等 and a qualifier, as in
 *   “…突发严重困难户等农村“三类群体””) and the number of items equals the term's numeral: 六特 ← six items.
 *   A two-item list may be joined by 和/与/及 (村集体和农民增收“双提升”).
 * - Numbered acronym: a term of digits whose digits are, in order, the last numbers before it in the sentence
 *   (提供1次…、3次…、1次…,每月至少进行1次…的“1311”); the passage starts with the clause of the first of them.
 * - A list closed by 等 whose count does not match (就业援助月、春风行动、百日千万网络招聘等“10+N”) only gives
 *   examples: kind `examples`.
 * Otherwise the term is only `named`, and the site says where it appears instead of defining it.
 */
import { chineseNumeral, foldWidth } from '../text/text.ts';
import type { GlossaryKind } from '../schemas.ts';
import type { GlossaryTerm } from './glossary-terms.ts';
import { LIST_COMMA, PAIR_JOINERS, PHRASE_END, pieceEnd, pieceStart, SENTENCE_END, splitTexts } from '../text/split.ts';

export type { GlossaryKind };

/** A place in a measure: its title (`part: 'title'`) or paragraph `part`. */
export interface TextPart {
  measure: number;
  part: 'title' | number;
  text: string;
}

export interface GlossaryEntry {
  /** ASCII anchor: /glossary/#<id>. */
  id: string;
  /** The term as quoted, without the quotation marks. */
  term: string;
  kind: GlossaryKind;
  /** Where the passage comes from. */
  source: { measure: number; part: 'title' | number };
  /** Verbatim substring of the source text: the defining clause (or, for `named`, the clause that names the term). */
  passage: string;
  /** Offsets of the term (without quotation marks) in `passage`. */
  termStart: number;
  termEnd: number;
  /** The enumerated items (verbatim substrings of `passage`), for `defined` and `examples` by enumeration. */
  items: string[];
  /** Every measure that quotes the term, ascending. */
  measures: number[];
}

const QUOTED = /“([^“”]{1,20})”/gu;
const CJK_NUMERAL_PREFIX = /^[一二三四五六七八九十]+/u;

/** The count a term announces: 六特 → 6, 两清零 / 双提升 → 2, 19+N → 19, 1311 → 1311; null if none. */
export function termNumeral(term: string): number | null {
  if (/^[两双]/u.test(term)) return 2;
  const digits = /^\d+/u.exec(term);
  if (digits) return Number(digits[0]);
  const cjk = CJK_NUMERAL_PREFIX.exec(term);
  return cjk ? chineseNumeral(cjk[0]) : null;
}

/** A quotation that names a term: numbered shorthand, or a reviewed abbreviation. */
export function isTerm(quoted: string, reviewed: readonly GlossaryTerm[]): boolean {
  return /^[一二三四五六七八九十两双\d]/u.test(quoted) || reviewed.some((t) => t.abbreviation && t.term === quoted);
}

/** The reviewed ASCII id, or a stable fallback built from the code points (a test requires reviewed ids). */
export function glossaryId(term: string, reviewed: readonly GlossaryTerm[]): string {
  const idOf = (t: string) => reviewed.find((r) => r.term === t)?.id;
  return (
    idOf(term) ?? idOf(foldWidth(term)) ?? `term-${[...term].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`
  );
}

const clauseStart = (text: string, before: number) => pieceStart(text, before, PHRASE_END);
const clauseEnd = (text: string, from: number) => pieceEnd(text, from, PHRASE_END);

interface Reading {
  kind: GlossaryKind;
  start: number;
  items: string[];
}

/** Read the clause before a quotation at `open` (index of “) as a definition of `term`, by the rules above. */
export function readDefinition(text: string, open: number, term: string): Reading {
  const start = clauseStart(text, open);
  const named: Reading = { kind: 'named', start, items: [] };
  const value = termNumeral(term);

  if (/^\d{2,}$/u.test(term)) {
    const sentenceStart = pieceStart(text, open, SENTENCE_END);
    const numbers = [...foldWidth(text.slice(sentenceStart, open)).matchAll(/\d+(?:\.\d+)?/gu)];
    const last = numbers.slice(-term.length);
    if (last.length === term.length && last.every((m, i) => m[0] === term[i])) {
      return { kind: 'defined', start: clauseStart(text, sentenceStart + last[0]!.index), items: [] };
    }
    return named;
  }

  const clause = text.slice(start, open);
  const etc = clause.indexOf('等', pieceStart(clause, clause.length, LIST_COMMA));
  const list = etc >= 0 ? clause.slice(0, etc) : clause;
  let items = splitTexts(list, LIST_COMMA);
  if (items.length === 1 && value === 2) {
    const pair = splitTexts(list, PAIR_JOINERS);
    if (pair.length === 2) items = pair;
  }
  if (items.length < 2 || items.some((s) => !s)) return named;
  if (items.length === value) return { kind: 'defined', start, items };
  if (etc >= 0) return { kind: 'examples', start, items };
  return named;
}

const RANK: Record<GlossaryKind, number> = { defined: 0, examples: 1, named: 2 };

/** Every term the parts quote, one entry per term, in order of first appearance; `reviewed`: the reviewed terms. */
export function extractGlossary(parts: readonly TextPart[], reviewed: readonly GlossaryTerm[]): GlossaryEntry[] {
  const entries = new Map<string, GlossaryEntry>();
  for (const part of parts) {
    for (const m of part.text.matchAll(QUOTED)) {
      const term = m[1]!;
      if (!isTerm(term, reviewed)) continue;
      const open = m.index;
      const reading = readDefinition(part.text, open, term);
      const end = clauseEnd(part.text, open + m[0].length);
      const candidate: GlossaryEntry = {
        id: glossaryId(term, reviewed),
        term,
        kind: reading.kind,
        source: { measure: part.measure, part: part.part },
        passage: part.text.slice(reading.start, end),
        termStart: open + 1 - reading.start,
        termEnd: open + 1 + term.length - reading.start,
        items: reading.items,
        measures: [part.measure],
      };
      // One entry per term whatever the width of its characters (19+N, 19＋N).
      const key = foldWidth(term);
      const known = entries.get(key);
      if (!known) entries.set(key, candidate);
      else {
        const measures = [...new Set([...known.measures, part.measure])].sort((a, b) => a - b);
        entries.set(key, RANK[candidate.kind] < RANK[known.kind] ? { ...candidate, measures } : { ...known, measures });
      }
    }
  }
  return [...entries.values()];
}

/** The parts of a measure in reading order: its title sentence, then each paragraph. */
export function measureParts(m: { number: number; title: string; paragraphs: readonly string[] }): TextPart[] {
  return [
    { measure: m.number, part: 'title', text: m.title },
    ...m.paragraphs.map((text, i) => ({ measure: m.number, part: i, text })),
  ];
}

/** The glossary of a plan: every measure's title and paragraphs, in order. */
export function planGlossary(
  measures: readonly { number: number; title: string; paragraphs: readonly string[] }[],
  reviewed: readonly GlossaryTerm[],
): GlossaryEntry[] {
  return extractGlossary([...measures].sort((a, b) => a.number - b.number).flatMap(measureParts), reviewed);
}

export interface GlossaryRange {
  start: number;
  end: number;
  entry: Pick<GlossaryEntry, 'id' | 'term'>;
}

/** The quoted occurrences of glossary terms in a text: each range covers the term inside its “ ”. */
export function glossaryRanges(text: string, entries: readonly Pick<GlossaryEntry, 'id' | 'term'>[]): GlossaryRange[] {
  const byTerm = new Map(entries.map((e) => [foldWidth(e.term), e]));
  const out: GlossaryRange[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const entry = byTerm.get(foldWidth(m[1]!));
    if (entry) out.push({ start: m.index + 1, end: m.index + 1 + entry.term.length, entry });
  }
  return out;
}
