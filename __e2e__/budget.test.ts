/**
 * Budgets on the built files only (deterministic, no timing): a measure page's HTML + CSS + JS is at most 25 KB
 * gzipped (the search index, fetched only when someone searches, excluded); on every page no render-blocking script
 * but the tiny 大字号 one in <head> (src/site/text-size.ts: content-hashed, so cached), no inline script (JSON-LD data
 * blocks aside) or event-handler attribute, and no image without dimensions; every page
 * links exactly one stylesheet, the same file site-wide, holding the styles of every component on the page.
 * Figures over time: `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import {
  imagesWithoutDimensions,
  inlineHandlers,
  inlineScripts,
  pageWeight,
  renderBlockingScripts,
  startTags,
  stylesheetLinks,
  totalGzip,
} from '../tools/lib/page-budget.ts';
import { builtPages } from './site.ts';

const MEASURE_PAGE_BUDGET = 25 * 1024;
/** The one script allowed to block rendering: it only sets the 大字号 class before first paint. */
const TEXT_SIZE_BOOT = /^\/_astro\/text-size-boot\.[\w-]+\.js$/u;
const TEXT_SIZE_BOOT_BYTES = 512;

const dist = inject('distDir');
const pages = builtPages(dist);
const measurePages = pages.filter((p) => /^\/measures\/\d+\/$/u.test(p.path));
const read = (path: string) => {
  const file = join(dist, path);
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};
const isSearchIndex = (path: string) => path.startsWith('/pagefind/');
const measureCount = readdirSync(fileURLToPath(new URL('../content/plan/measures/', import.meta.url))).filter((f) =>
  f.endsWith('.mdx'),
).length;

describe('byte budget', () => {
  it('covers every measure page', () => expect(measurePages).toHaveLength(measureCount));

  it.each(measurePages.map((p) => [p.path, p] as const))('%s: HTML + CSS + JS ≤ 25 KB gzip', (_, page) => {
    const resources = pageWeight(page.path, page.html, read, isSearchIndex);
    expect(resources.some((r) => r.kind === 'css')).toBe(true);
    expect(totalGzip(resources), resources.map((r) => `${r.path} ${r.gzip}`).join(', ')).toBeLessThanOrEqual(
      MEASURE_PAGE_BUDGET,
    );
  });
});

describe('loading rules', () => {
  it('the 大字号 script that blocks rendering is tiny and content-hashed (cached for a year under /_astro/)', () => {
    const scripts = new Set(pages.flatMap((p) => renderBlockingScripts(startTags(p.html))));
    expect(scripts.size).toBe(1);
    const [boot] = [...scripts] as [string];
    expect(boot).toMatch(TEXT_SIZE_BOOT);
    expect(read(boot)!.length).toBeLessThanOrEqual(TEXT_SIZE_BOOT_BYTES);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s', (_, page) => {
    const tags = startTags(page.html);
    expect({
      renderBlocking: renderBlockingScripts(tags).map((src) => (TEXT_SIZE_BOOT.test(src) ? 'text-size-boot' : src)),
      inlineScripts: inlineScripts(tags),
      inlineHandlers: inlineHandlers(tags),
      imagesWithoutDimensions: imagesWithoutDimensions(tags),
    }).toEqual({
      renderBlocking: ['text-size-boot'],
      inlineScripts: [],
      inlineHandlers: [],
      imagesWithoutDimensions: [],
    });
  });
});

describe('one stylesheet', () => {
  const linked = pages.map((p) => ({ page: p, tags: startTags(p.html) }));

  it.each(linked.map((l) => [l.page.path, l] as const))('%s links exactly one', (_, { tags }) =>
    expect(stylesheetLinks(tags)).toHaveLength(1),
  );

  it('is the same file on every page (one download, then cached)', () =>
    expect(new Set(linked.flatMap((l) => stylesheetLinks(l.tags)))).toHaveProperty('size', 1));

  it.each(linked.map((l) => [l.page.path, l] as const))(
    '%s: every scoped component on the page has its rules in it',
    (_, { tags }) => {
      const css = stylesheetLinks(tags)
        .map((href) => read(href)?.toString('utf8') ?? '')
        .join('\n');
      const scopes = new Set(tags.flatMap((t) => [...t.attrs.keys()].filter((k) => k.startsWith('data-astro-cid-'))));
      expect([...scopes].filter((scope) => !css.includes(`[${scope}]`))).toEqual([]);
    },
  );
});
