import { describe, expect, it } from 'vitest';
import { groupTargets, KINDS, TARGET_VIEWS, TIMEFRAMES } from '../views/target-views.ts';
import { realModel } from '../../domain/__tests__/helpers.ts';

const { plan } = realModel();

describe('groupTargets on the real seed', () => {
  it.each(['measure', 'timeframe', 'kind'] as const)(
    'by %s: every record exactly once, text order inside a group',
    (by) => {
      const groups = groupTargets(plan.targets, by);
      expect(groups.flatMap((g) => g.targets.map((t) => t.id)).sort()).toEqual(plan.targets.map((t) => t.id).sort());
      for (const g of groups) {
        expect(g.targets.length).toBeGreaterThan(0);
        const order = g.targets.map((t) => t.measure * 1e6 + t.start);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    },
  );
  it('orders groups: measures ascending, timeframes and kinds in their fixed order', () => {
    expect(groupTargets(plan.targets, 'measure').map((g) => Number(g.key))).toEqual(
      [...new Set(plan.targets.map((t) => t.measure))].sort((a, b) => a - b),
    );
    const tf = groupTargets(plan.targets, 'timeframe').map((g) => g.key);
    expect(tf).toEqual(TIMEFRAMES.filter((k) => tf.includes(k)));
    expect(groupTargets(plan.targets, 'kind').map((g) => g.key)).toEqual([...KINDS]);
  });
});

describe('views', () => {
  it('has one view per grouping, each its own page', () => {
    expect(TARGET_VIEWS.map((v) => v.by)).toEqual(['measure', 'timeframe', 'kind']);
    expect(new Set(TARGET_VIEWS.map((v) => v.path)).size).toBe(3);
  });
});
