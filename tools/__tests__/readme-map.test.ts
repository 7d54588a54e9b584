import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

/** The folders named in the first column of the README's "Where things live" table. */
function mappedFolders(readme: string): string[] {
  const start = readme.indexOf('## Where things live');
  const end = readme.indexOf('\n## ', start + 1);
  const rows = readme
    .slice(start, end)
    .split('\n')
    .filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+\/)`/gu)].map((m) => m[1] ?? ''));
}

/** Every folder that holds a tracked file, except tests, fixtures, generated content and dot-folders. */
function trackedFolders(): string[] {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  }).split('\n');
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    if (parts.length === 0 || parts.some((p) => p.startsWith('.') || p === '__tests__' || p === 'fixtures')) continue;
    // Sub-folders of generated content and of routes are the data's and the URLs' shape, not the code's.
    const depth = parts[0] === 'content' || parts.includes('pages') ? Math.min(parts.length, 2) : parts.length;
    folders.add(`${parts.slice(0, depth).join('/')}/`);
  }
  return [...folders].sort();
}

describe("the README's folder map", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const mapped = mappedFolders(readme);

  it('lists every folder of the repository', () => {
    expect(mapped.length).toBeGreaterThan(10);
    expect(trackedFolders().filter((f) => !mapped.includes(f))).toEqual([]);
  });

  it('names only folders that exist', () => {
    const existing = trackedFolders();
    expect(mapped.filter((f) => !existing.includes(f))).toEqual([]);
  });
});
