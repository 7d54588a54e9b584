import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headlineTargets } from '../views/headlines.ts';
import type { Target } from '../../domain/model.ts';

const t = (
  id: string,
  measure: number,
  start: number,
  kind: Target['kind'] = 'target',
  year: number | null = 2027,
) => ({
  id,
  measure,
  paragraph: 0,
  start,
  kind,
  year,
});

describe('headlineTargets', () => {
  it('takes the first final-year target of each measure, in plan order', () => {
    const input = [
      t('b', 2, 5),
      t('a2', 1, 9),
      t('a1', 1, 3),
      t('s', 3, 0, 'standard'),
      t('y', 4, 0, 'target', 2025),
      t('n', 5, 0, 'target', null),
      t('c', 6, 1),
    ];
    expect(headlineTargets(input, 2027, 10).map((x) => x.id)).toEqual(['a1', 'b', 'c']);
  });
  it('stops at the limit', () => {
    expect(headlineTargets([t('a', 1, 0), t('b', 2, 0), t('c', 3, 0)], 2027, 2).map((x) => x.id)).toEqual(['a', 'b']);
  });
  it('on the real targets, picks distinct measures whose figures are 2027 targets', () => {
    const real: Target[] = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../../content/plan/targets.json', import.meta.url)), 'utf8'),
    );
    const picked = headlineTargets(real, 2027, 6);
    expect(picked).toHaveLength(6);
    expect(new Set(picked.map((p) => p.measure)).size).toBe(6);
    for (const p of picked) {
      expect(p).toMatchObject({ kind: 'target', year: 2027 });
      const firstOfMeasure = real
        .filter((r) => r.measure === p.measure && r.kind === 'target' && r.year === 2027)
        .sort((a, b) => a.start - b.start)[0];
      expect(p.id).toBe(firstOfMeasure?.id);
    }
  });
});
