/**
 * The figure as a reader sees it, built only from the record's own words (time words, qualifier, figure — each a
 * verbatim piece of its `quote`): 超过30家, 每年2000个, 年均增长8%以上. A normalised symbol may stand beside it
 * (`comparatorSymbol`), never instead. The one formatter of figures: pages, charts and the open data all format
 * through it (the words shown for the record's codes are in src/site/labels.ts).
 */
import type { Comparator, Target } from '../model.ts';

export type LabelInput = Pick<Target, 'time' | 'qualifier' | 'figure' | 'quote' | 'timeframe'>;

export interface LabelOptions {
  /** The heading already names the year (到2027年…): leave out by-year time words. Others (每年, 年均) always stay. */
  yearInContext?: boolean;
}

export interface LabelPiece {
  text: string;
  role: 'time' | 'qualifier' | 'figure';
}

/**
 * The pieces of the label in the order the text has them: the time words and any qualifier word that lies outside the
 * figure (力争 and 每年 before it, 至少 before a list, 最高 of the host of a parenthesis), then the figure, then any such
 * word the statement writes after the figure. Every piece is a substring of `quote`.
 */
export function labelPieces(t: LabelInput, options: LabelOptions = {}): LabelPiece[] {
  const figureAt = t.quote.lastIndexOf(t.figure);
  const figureEnd = figureAt + t.figure.length;
  const others: (LabelPiece & { at: number })[] = [];
  const showTime = !(options.yearInContext && t.timeframe === 'by-year');
  const find = (text: string) => {
    const before = t.quote.lastIndexOf(text, figureAt - text.length);
    return before >= 0 ? before : t.quote.indexOf(text, figureEnd);
  };
  if (showTime && t.time && !t.figure.includes(t.time)) others.push({ text: t.time, role: 'time', at: find(t.time) });
  for (const q of t.qualifier) {
    if (t.figure.includes(q) || t.time.includes(q)) continue;
    others.push({ text: q, role: 'qualifier', at: find(q) });
  }
  const inOrder = (a: { at: number }, b: { at: number }) => a.at - b.at;
  return [
    ...others.filter((p) => p.at >= 0 && p.at < figureAt).sort(inOrder),
    { text: t.figure, role: 'figure' as const, at: figureAt },
    ...others.filter((p) => p.at >= figureEnd).sort(inOrder),
  ].map(({ text, role }) => ({ text, role }));
}

/** The label as one string: 到2027年每年100场次以上. */
export const figureLabel = (t: LabelInput, options: LabelOptions = {}) =>
  labelPieces(t, options)
    .map((p) => p.text)
    .join('');

/** A goal where the heading or the chart's title names the year: 达500亿元, 达到57万亩以上. */
export const formatGoal = (t: LabelInput) => figureLabel(t, { yearInContext: true });

/** Symbols only stand beside the words; `=` (no comparator in the text) shows none. */
export const comparatorSymbol = (c: Comparator) => (c === '=' ? '' : c);

/** Plain decimal, no grouping (the text writes 1500, not 1,500), no float noise. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return String(Number(value.toPrecision(12)));
}
