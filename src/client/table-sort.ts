/**
 * Client-side sorting of a table (progressive enhancement): the pure parts, so they are tested without a browser.
 * Cells carry their sort key in `data-sort-value`; a column is `number` or `text`.
 */
export type SortDirection = 'ascending' | 'descending';
export type SortType = 'number' | 'text';

export interface SortState {
  column: string;
  direction: SortDirection;
}

/** Clicking a column header: a new column sorts ascending, then descending, then back to the table's own order. */
export function nextSort(current: SortState | null, column: string): SortState | null {
  if (!current || current.column !== column) return { column, direction: 'ascending' };
  return current.direction === 'ascending' ? { column, direction: 'descending' } : null;
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Compare two sort keys; an empty or non-numeric key in a number column sorts last in either direction. */
export function compareKeys(a: string, b: string, type: SortType, direction: SortDirection): number {
  const sign = direction === 'ascending' ? 1 : -1;
  if (type === 'number') {
    const x = a.trim() === '' ? NaN : Number(a);
    const y = b.trim() === '' ? NaN : Number(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? 1 : -1;
    return sign * (x - y);
  }
  return sign * collator.compare(a, b);
}

/** Row indices in sorted order; ties keep the original order (stable), so sorting is predictable. */
export function sortedIndices(keys: readonly string[], type: SortType, direction: SortDirection): number[] {
  return keys.map((_, i) => i).sort((i, j) => compareKeys(keys[i]!, keys[j]!, type, direction) || i - j);
}
