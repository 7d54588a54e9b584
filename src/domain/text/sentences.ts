/**
 * Sentences of running text, with offsets, so a page can quote a sentence verbatim and still know which quantified
 * commitments (targets carry paragraph offsets) fall inside it. Pure.
 */
import { sentencePieces } from './split.ts';

export interface Sentence {
  /** Index of the paragraph in its list (as `Target.paragraph`). */
  paragraph: number;
  /** UTF-16 offsets of `text` in the paragraph: text === paragraphText.slice(start, end). */
  start: number;
  end: number;
  /** The sentence as written, including its closing 。 */
  text: string;
}

/** Split on 。 (kept with its sentence). A tail without 。 is a sentence too; empty pieces are dropped. */
export function splitSentences(text: string, paragraph = 0): Sentence[] {
  return sentencePieces(text).map(({ start, end, text }) => ({ paragraph, start, end, text }));
}

/** Every sentence of a list of paragraphs, in order. */
export function paragraphSentences(paragraphs: readonly string[]): Sentence[] {
  return paragraphs.flatMap((p, i) => splitSentences(p, i));
}

/** Whether a range of paragraph `paragraph` (e.g. a target's clause) lies inside the sentence. */
export function sentenceContains(s: Sentence, range: { paragraph: number; start: number; end: number }): boolean {
  return range.paragraph === s.paragraph && range.start >= s.start && range.end <= s.end;
}

export interface Range {
  start: number;
  end: number;
}

export interface Segment<R extends Range> extends Range {
  text: string;
  /** The range this segment is, or undefined for text between ranges. */
  range?: R;
}

/**
 * Cut text into plain pieces and the given ranges. Ranges must not overlap (checked); they may come in any order.
 * Joining every segment's text gives `text` back.
 */
export function segmentText<R extends Range>(text: string, ranges: readonly R[]): Segment<R>[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Segment<R>[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end > text.length || r.end <= r.start) {
      throw new Error(`segmentText: range ${r.start}–${r.end} overlaps another or lies outside the text`);
    }
    if (r.start > at) out.push({ start: at, end: r.start, text: text.slice(at, r.start) });
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), range: r });
    at = r.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length, text: text.slice(at) });
  return out;
}
