/**
 * What a line of Chinese text must keep together (the site's own typography; characters never change): a line never
 * begins with closing punctuation (避头点号: 。，、；：？！ and closing brackets and quotes, %), so a mark the site puts
 * after words (a sentence's # anchor, a 原文如此 note) is kept on one line with the closing punctuation that follows
 * it; and a span of years (2023—2027年) never breaks. Pure: pages and ingest wrap what these rules find in a no-break
 * span; the e2e test __e2e__/line-breaks.test.ts measures real line starts against the same sets.
 */
import { CLAUSE_END, LIST_COMMA } from './split.ts';
import { foldWidth } from './text.ts';

/**
 * Characters a line must not begin with: the ends of sentences, parts and clauses (split.ts `CLAUSE_END`), the list
 * comma, colon and full stop, closing brackets and quotes, the ellipsis and the postfix %. ASCII form where the
 * character has a full-width twin, compared through `foldWidth` (so ， and , are one), like the boundary sets.
 */
export const CLOSING_PUNCTUATION =
  `${CLAUSE_END}${LIST_COMMA}:.)]}%` +
  // ” ’ 」 』 》 〉 】 〕 〗 … ‥
  '\u201D\u2019\u300D\u300F\u300B\u3009\u3011\u3015\u3017\u2026\u2025';

/** Whether `ch` may not begin a line (width-blind). */
export const isClosingPunctuation = (ch: string) => ch.length > 0 && CLOSING_PUNCTUATION.includes(foldWidth(ch));

/** Length of the run of closing punctuation at the start of `text` (0 when it begins with anything else). */
export function closingRunLength(text: string): number {
  let i = 0;
  while (i < text.length && isClosingPunctuation(text[i]!)) i++;
  return i;
}

/**
 * What joins the two years of a period, in every form an official text is typed with: a hyphen or dash of any kind
 * (- ‐ ‒ – — ―, the box-drawing ─ often typed for a dash, full-width －), a tilde (~ ～), a doubled dash (——, --) or
 * 至. The one definition for the parser, title comparison and line keeping.
 */
export const YEAR_SPAN_JOINER = '(?:[-\u2010-\u2015\u2500~\uFF5E\uFF0D]{1,2}|\u81F3)';

/**
 * A span of years as the text writes a period: two years joined by a `YEAR_SPAN_JOINER`, with the 年 after it when
 * there is one (2023—2027年, 2023-2027年, 2023～2027, 2023至2027年).
 */
export const YEAR_SPAN = new RegExp(`(?:19|20)\\d\\d\\s*${YEAR_SPAN_JOINER}\\s*(?:19|20)\\d\\d(?:\\s*\u5E74)?`, 'gu');

/** A piece of text, `keep` when it must not break across lines. Joining the texts gives the text back. */
export interface KeepPiece {
  text: string;
  keep: boolean;
}

/** The text cut around each span of years (kept whole); the rest breaks as usual. */
export function yearSpanPieces(text: string): KeepPiece[] {
  const pieces: KeepPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(YEAR_SPAN)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), keep: false });
    pieces.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), keep: false });
  return pieces;
}
