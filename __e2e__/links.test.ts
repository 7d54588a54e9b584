/**
 * No internal link is broken: every href/src that points into the site resolves to a file in dist/, and every
 * fragment (#t-5-1) names an id on the target page.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './site.ts';
import { decodeEntities } from '../src/domain/text/html.ts';

const dist = inject('distDir');
const pages = builtPages(dist);
const idsOf = new Map(pages.map((p) => [p.path, new Set([...p.html.matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!))]));

function resolve(path: string): { file: string; page: string } | null {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return { file, page: path };
  if (path.endsWith('/') && existsSync(join(file, 'index.html'))) return { file: join(file, 'index.html'), page: path };
  return null;
}

describe('internal links', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
    const broken: string[] = [];
    for (const m of page.html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) {
      const raw = decodeEntities(m[1]!);
      if (/^(?:[a-z]+:|\/\/)/iu.test(raw)) continue; // external or data: — checked by the no-other-origin test
      const url = new URL(raw, `http://site${page.path}`);
      const target = resolve(url.pathname);
      if (!target) {
        broken.push(`${raw} (no file for ${url.pathname})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.page.endsWith('/') && !idsOf.get(target.page)?.has(fragment))
        broken.push(`${raw} (no id "${fragment}")`);
    }
    expect(broken).toEqual([]);
  });
});
