/**
 * The one text splitter: sentences, clauses and list items are pieces of text between boundary characters, and only
 * the boundary set differs (the named sets below). Width-blind: a boundary
 * set is written in ASCII form and compared through `foldWidth`, so `;` also matches the full-width U+FF1B. Offsets
 * are always offsets into the text as given. Pure.
 */
import { foldWidth } from './text.ts';

/** The full stop that closes a sentence of the plan. */
export const FULL_STOP = '\u3002';
/** The enumeration comma between the items of a list (A、B、C). */
export const LIST_COMMA = '\u3001';

/*
 * The boundary sets, each a superset of the one before: a sentence ends at 。!? (ASCII !? only in context: see
 * `ASCII_ENDS_IN_CONTEXT`); a part of it at ; too; a clause at ,
 * too; a phrase at : and brackets too. Callers differ in the unit they need, not in where a sentence ends: industry
 * data reads a part (a ,-clause is too short to hold an industry with its figure), targets read clauses (one figure
 * each; their brackets are handled by `SplitOptions.brackets`), the glossary reads the phrase that defines a term
 * (it uses pieceStart/pieceEnd, which know no brackets, and a list after : is not the definition).
 */
/** Where a sentence ends. */
export const SENTENCE_END = `${FULL_STOP}!?`;
/** Where a part of a sentence ends (a ;-separated item of it). */
export const PART_END = `${SENTENCE_END};`;
/** Where a clause ends. */
export const CLAUSE_END = `${PART_END},`;
/** Where a phrase ends: a clause, cut also at : and at brackets. */
export const PHRASE_END = `${CLAUSE_END}:()`;
/**
 * ASCII marks that end a sentence only where one really ends (their full-width forms ．！？ always end, as every
 * other boundary does): at the end of the text, before whitespace, before a closing quote or bracket, or before a
 * character that is not ASCII (Chinese text goes on). Before an ASCII letter, digit or sign they are part of a URL, a
 * number or markup (`http://x.cn/?a=1`, `<!--`, `1.5`) and end nothing.
 */
export const ASCII_ENDS_IN_CONTEXT = '.!?';
/** ASCII characters after which an `ASCII_ENDS_IN_CONTEXT` mark still ends its sentence: closing quotes and brackets. */
export const ASCII_CLOSERS = `"')]}`;
/** The words that join the two items of a pair (村集体和农民增收). */
export const PAIR_JOINERS = '\u548C\u4E0E\u53CA';

/** A stretch of text between boundaries: text === source.slice(start, end). */
export interface Piece {
  start: number;
  end: number;
  text: string;
  /** The boundary character that ends the piece as written, or null at the end of the text or before a bracket. */
  closer: string | null;
  /** A bracketed stretch cut out as a piece of its own (`SplitOptions.ownPiece`). */
  bracketed: boolean;
}

export interface Brackets {
  /** Opening characters, any of which a closing character closes (ASCII form; width-blind like boundaries). */
  open: string;
  close: string;
}

export interface SplitOptions {
  /** Keep each piece's closing boundary in it (a sentence keeps its 。). */
  keepBoundary?: boolean;
  /** Boundaries inside these brackets do not split: 各县(市、区) is one list item. */
  brackets?: Brackets;
  /** A top-level bracketed stretch (brackets included) that is to be a piece of its own, e.g. one holding a number. */
  ownPiece?: (bracketed: string) => boolean;
  /** Offsets that are neither boundary nor bracket, e.g. inside a quoted name (“1+N”). */
  opaque?: (offset: number) => boolean;
}

const isIn = (chars: string, ch: string) => chars.includes(foldWidth(ch));

/**
 * Whether the character at `i` is one of `boundaries` where it stands: width-blind, and an ASCII `.`, `!` or `?` only
 * where it really ends a sentence (`ASCII_ENDS_IN_CONTEXT`).
 */
export function isBoundaryAt(text: string, i: number, boundaries: string): boolean {
  const ch = text[i];
  if (ch === undefined || !isIn(boundaries, ch)) return false;
  if (!ASCII_ENDS_IN_CONTEXT.includes(ch)) return true;
  const next = text[i + 1];
  return next === undefined || /\s/u.test(next) || ASCII_CLOSERS.includes(next) || next.charCodeAt(0) > 0x7f;
}

/**
 * Every piece of `text` between the characters of `boundaries`, in order, empty ones included (a caller that wants
 * none filters them), so that a caller can count boundaries. Joining the pieces and their boundaries gives the text.
 */
export function splitText(text: string, boundaries: string, options: SplitOptions = {}): Piece[] {
  const { keepBoundary = false, brackets, ownPiece, opaque } = options;
  const pieces: Piece[] = [];
  const push = (start: number, end: number, closer: string | null, bracketed = false) =>
    pieces.push({ start, end, text: text.slice(start, end), closer, bracketed });
  let from = 0;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (opaque?.(i)) continue;
    if (brackets && isIn(brackets.open, ch)) {
      if (depth++ === 0) open = i;
      continue;
    }
    if (brackets && isIn(brackets.close, ch) && depth > 0) {
      if (--depth === 0 && ownPiece?.(text.slice(open, i + 1))) {
        push(from, open, null);
        push(open, i + 1, null, true);
        from = i + 1;
      }
      continue;
    }
    if (depth > 0 || !isBoundaryAt(text, i, boundaries)) continue;
    push(from, keepBoundary ? i + 1 : i, ch);
    from = i + 1;
  }
  push(from, text.length, null);
  return pieces;
}

/** The texts of the pieces: `text.split` for a set of boundary characters, width-blind. */
export function splitTexts(text: string, boundaries: string, options?: SplitOptions): string[] {
  return splitText(text, boundaries, options).map((p) => p.text);
}

/** Whether every closing bracket closes an open one and none is left open. */
export function bracketsBalanced(text: string, brackets: Brackets): boolean {
  let depth = 0;
  for (const ch of text) {
    if (isIn(brackets.open, ch)) depth++;
    else if (isIn(brackets.close, ch) && --depth < 0) return false;
  }
  return depth === 0;
}

/** The piece with whitespace trimmed off both ends (offsets moved with it). */
export function trimPiece(piece: Piece): Piece {
  const lead = piece.text.length - piece.text.trimStart().length;
  const text = piece.text.trim();
  return { ...piece, start: piece.start + lead, end: piece.start + lead + text.length, text };
}

/** Start of the piece that holds offset `at`: just after the nearest boundary before it, or 0. */
export function pieceStart(text: string, at: number, boundaries: string): number {
  let i = at;
  while (i > 0 && !isBoundaryAt(text, i - 1, boundaries)) i--;
  return i;
}

/** End of the piece that holds offset `at`: the first boundary at or after it, or the end of the text. */
export function pieceEnd(text: string, at: number, boundaries: string): number {
  let i = at;
  while (i < text.length && !isBoundaryAt(text, i, boundaries)) i++;
  return i;
}

/** Offset of the last boundary in the text, or -1: where the last item of a list starts, less one. */
export function lastBoundary(text: string, boundaries: string): number {
  return pieceStart(text, text.length, boundaries) - 1;
}

/** The sentences of a text, each with its closing 。; a tail without 。 is a sentence too; blank pieces are dropped. */
export function sentencePieces(text: string): Piece[] {
  return splitText(text, SENTENCE_END, { keepBoundary: true }).filter((p) => p.text.trim());
}

/** The sentence (with its 。) that holds the range start–end of the text. */
export function sentenceAt(text: string, start: number, end = start): string {
  const to = pieceEnd(text, end, SENTENCE_END);
  return text.slice(pieceStart(text, start, SENTENCE_END), to < text.length ? to + 1 : to);
}

/**
 * The first sentence without its closing mark, the mark as written (。, ？, ！, ASCII ? or !) and the trimmed rest;
 * null when no mark closes a sentence.
 */
export function splitFirstSentence(text: string): { first: string; end: string; rest: string } | null {
  const [first] = splitText(text, SENTENCE_END);
  if (!first?.closer) return null;
  return { first: first.text, end: first.closer, rest: text.slice(first.end + 1).trim() };
}
