/**
 * A quoted sentence cut into what a page renders: the quantified commitments in it become links to their anchor on
 * the measure page; inside and around them, the matched group terms are marked and (outside those links) quoted
 * glossary terms are linked. Links never nest. Pure.
 */
import { segmentText, type Range } from './sentences.ts';

export interface Inline<G> {
  text: string;
  mark?: boolean;
  glossary?: G;
}

export interface Piece<T, G> {
  /** Set when this piece is the clause of a quantified commitment. */
  target?: T;
  inlines: Inline<G>[];
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Clip ranges to [start, end) and make them relative to `start`. */
function within<R extends Range>(ranges: readonly R[], start: number, end: number): (R & Range)[] {
  return ranges
    .filter((r) => overlaps(r, { start, end }))
    .map((r) => ({ ...r, start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start }));
}

/**
 * `marks`, `targets` and `glossary` are ranges relative to `text`; each list must be free of overlaps within itself.
 * A mark that crosses a target clause's edge is cut there. A glossary range that touches a target or a mark is
 * dropped (no link inside a link; the mark already says why the sentence is quoted).
 * Joining every inline's text gives `text` back.
 */
export function quotePieces<T extends Range, G extends Range>(
  text: string,
  marks: readonly Range[],
  targets: readonly T[],
  glossary: readonly G[] = [],
): Piece<T, G>[] {
  const links = glossary.filter((g) => !targets.some((t) => overlaps(g, t)) && !marks.some((m) => overlaps(g, m)));
  type Span = Range & { mark?: true; glossary?: G };
  const spans: Span[] = [
    ...marks.map((m): Span => ({ start: m.start, end: m.end, mark: true })),
    ...links.map((g): Span => ({ start: g.start, end: g.end, glossary: g })),
  ];
  return segmentText(text, targets).map((seg) => {
    const inlines = segmentText(seg.text, within(spans, seg.start, seg.end)).map((s): Inline<G> => ({
      text: s.text,
      ...(s.range?.mark && { mark: true }),
      ...(s.range?.glossary && { glossary: s.range.glossary }),
    }));
    return seg.range ? { target: seg.range, inlines } : { inlines };
  });
}
