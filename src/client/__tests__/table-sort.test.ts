import { describe, expect, it } from 'vitest';
import { compareKeys, nextSort, sortedIndices } from '../table-sort.ts';

describe('nextSort', () => {
  it('cycles ascending → descending → own order on one column and restarts on another', () => {
    const a = nextSort(null, 'value');
    expect(a).toEqual({ column: 'value', direction: 'ascending' });
    const b = nextSort(a, 'value');
    expect(b).toEqual({ column: 'value', direction: 'descending' });
    expect(nextSort(b, 'value')).toBeNull();
    expect(nextSort(b, 'year')).toEqual({ column: 'year', direction: 'ascending' });
  });
});

describe('sorting keys', () => {
  it('sorts numbers as numbers, not as text', () => {
    expect(sortedIndices(['90', '11.2', '500', '1'], 'number', 'ascending')).toEqual([3, 1, 0, 2]);
    expect(sortedIndices(['90', '11.2', '500', '1'], 'number', 'descending')).toEqual([2, 0, 1, 3]);
  });
  it('puts empty years last in both directions and keeps ties in their order', () => {
    expect(sortedIndices(['2027', '', '2027', '2025'], 'number', 'ascending')).toEqual([3, 0, 2, 1]);
    expect(sortedIndices(['2027', '', '2027', '2025'], 'number', 'descending')).toEqual([0, 2, 3, 1]);
  });
  it('sorts Chinese text with a collator and numbers inside text numerically', () => {
    expect(compareKeys('措施2', '措施10', 'text', 'ascending')).toBeLessThan(0);
    expect(sortedIndices(['b', 'a', 'c'], 'text', 'descending')).toEqual([2, 0, 1]);
  });
});
