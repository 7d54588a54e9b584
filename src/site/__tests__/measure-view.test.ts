import { describe, expect, it } from 'vitest';
import { measureTargets, neighbours, unitRows } from '../views/measure-view.ts';
import type { Unit } from '../../domain/model.ts';

describe('measureTargets', () => {
  const targets = [
    { id: 't-1-2', measure: 1 },
    { id: 't-2-1', measure: 2 },
    { id: 't-1-1', measure: 1 },
  ];
  it('returns the measure targets in the listed order', () => {
    expect(measureTargets(['t-1-1', 't-1-2'], targets, 1).map((t) => t.id)).toEqual(['t-1-1', 't-1-2']);
    expect(measureTargets([], targets, 3)).toEqual([]);
  });
  it('fails on a missing, foreign or unlisted target', () => {
    expect(() => measureTargets(['t-1-9'], targets, 1)).toThrow(/t-1-9/);
    expect(() => measureTargets(['t-1-1', 't-1-2', 't-2-1'], targets, 1)).toThrow(/belongs to measure 2/);
    expect(() => measureTargets(['t-1-1'], targets, 1)).toThrow(/not listed.*t-1-2/);
  });
});

describe('unitRows', () => {
  const registry: Unit[] = [
    { id: 'a', name: '市甲局', aliases: ['甲局'], kind: '市直部门' },
    { id: 'b', name: '乙会', aliases: [], kind: '群团组织' },
  ];
  it('names units from the registry, marks the first listed and links when a page exists', () => {
    const rows = unitRows(
      [
        { id: 'a', mention: '市甲局', role: 'lead' },
        { id: 'b', mention: '乙会', role: 'joint' },
      ],
      registry,
      (id) => (id === 'a' ? `/departments/${id}/` : undefined),
    );
    expect(rows).toEqual([
      { id: 'a', name: '市甲局', kind: '市直部门', listedFirst: true, href: '/departments/a/' },
      { id: 'b', name: '乙会', kind: '群团组织', listedFirst: false },
    ]);
  });
  it('fails on a unit missing from the registry', () => {
    expect(() => unitRows([{ id: 'z', mention: '丙', role: 'lead' }], registry, () => undefined)).toThrow(/z/);
  });
});

describe('neighbours', () => {
  const items = [{ number: 2 }, { number: 1 }, { number: 3 }];
  it('finds prev and next', () => {
    expect(neighbours(items, 2)).toEqual({ prev: { number: 1 }, next: { number: 3 } });
    expect(neighbours(items, 1)).toEqual({ next: { number: 2 } });
    expect(neighbours(items, 3)).toEqual({ prev: { number: 2 } });
    expect(() => neighbours(items, 4)).toThrow();
  });
});
