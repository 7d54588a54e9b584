/**
 * The home page's headline figures, chosen by a rule rather than by hand: commitments (kind `target`) dated to the
 * plan's final year, the first such one of each measure in plan order, at most `limit`. One per measure keeps the
 * selection spread over the plan instead of filling it from the measure with the most figures.
 */
import type { Target } from '../../domain/model.ts';

type HeadlineInput = Pick<Target, 'id' | 'measure' | 'kind' | 'year' | 'start' | 'paragraph'>;

export function headlineTargets<T extends HeadlineInput>(targets: readonly T[], year: number, limit: number): T[] {
  const inOrder = [...targets]
    .filter((t) => t.kind === 'target' && t.year === year)
    .sort((a, b) => a.measure - b.measure || a.paragraph - b.paragraph || a.start - b.start);
  const seen = new Set<number>();
  const picked: T[] = [];
  for (const t of inOrder) {
    if (picked.length >= limit) break;
    if (seen.has(t.measure)) continue;
    seen.add(t.measure);
    picked.push(t);
  }
  return picked;
}
