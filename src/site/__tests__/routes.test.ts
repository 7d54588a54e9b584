/**
 * The routes against the page files: every path routes.ts builds is served by a file under src/pages/ (a literal
 * folder or file, or a [param] one), and every file under src/pages/ serves some route, so a page cannot be added,
 * moved or renamed without its route. Paths are checked for form over the real plan's ids. The build itself is
 * checked by __e2e__/routes.test.ts.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realModel, realRegistry } from '../../domain/__tests__/helpers.ts';
import * as routes from '../routes.ts';
import { targetGroupingSchema } from '../../domain/schemas.ts';

const pagesDir = fileURLToPath(new URL('../../pages/', import.meta.url));
const pageFiles = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => /\.(?:astro|ts)$/u.test(f));

/**
 * The paths a page file serves, as Astro's file routing reads the tree (trailingSlash: 'always', build.format
 * 'directory'): `x/index.astro` → /x/, `x/[p].astro` → /x/<p>/, an endpoint `data/x.json.ts` → /data/x.json,
 * `404.astro` → /404.html.
 */
function servedBy(file: string): RegExp {
  if (file === '404.astro') return /^\/404\.html$/u;
  const isEndpoint = file.endsWith('.ts');
  const route = file.replace(/\.(?:astro|ts)$/u, '').replace(/(?:^|\/)index$/u, '');
  const pattern = route
    .split('/')
    .filter(Boolean)
    .map((s) => (/^\[[a-z]+\]$/u.test(s) ? '[^/]+' : s.replace(/\./gu, '\\.')))
    .join('/');
  return new RegExp(`^/${pattern}${isEndpoint || !pattern ? '' : '/'}$`, 'u');
}

/** The page file that builds `path`: a literal file before a [param] one, as Astro ranks them. */
function pageFileFor(path: string): string | null {
  const matches = pageFiles.filter((f) => servedBy(f).test(path));
  return matches.find((f) => !f.includes('[')) ?? matches[0] ?? null;
}

const { plan } = realModel();
const units = realRegistry().units;

/** Every page path over the real plan's ids (resident groups: a sample id; which groups get a page is data). */
const pagePaths = [
  ...routes.STATIC_PAGES,
  ...plan.measures.map((m) => routes.measurePath(m.number)),
  ...plan.groups.map((g) => routes.groupPath(g.number)),
  ...units.map((u) => routes.departmentPath(u.id)),
  routes.residentGroupPath('sample'),
  // The measure view is /targets/ itself (asserted below), the others have pages of their own.
  ...targetGroupingSchema.options.filter((by) => by !== 'measure').map(routes.targetsViewPath),
];
const filePaths = [routes.NOT_FOUND_PATH, ...Object.values(routes.DATA_FILES)];

describe('routes are well formed', () => {
  it('every page path is site-relative ASCII, ends in /, and names one page', () => {
    for (const p of pagePaths) expect(p, p).toMatch(/^\/(?:[a-z0-9-]+\/)*$/u);
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
    expect(routes.targetsViewPath('measure')).toBe(routes.TARGETS_PATH);
  });

  it('links into a page are the page path plus the id the page gives the element', () => {
    const target = plan.targets[0]!;
    expect(routes.targetPath(target)).toBe(`${routes.measurePath(target.measure)}#${target.id}`);
    expect(routes.safeguardPath(2)).toBe(`${routes.SAFEGUARDS_PATH}#${routes.safeguardId(2)}`);
    expect(routes.planSectionPath(1)).toBe(`${routes.PLAN_PATH}#${routes.planSectionId(1)}`);
    expect(routes.measureTargetsPath(3)).toBe(`${routes.measurePath(3)}#${routes.MEASURE_TARGETS_ID}`);
    expect(routes.glossaryPath('liu-te')).toBe(`${routes.GLOSSARY_PATH}#liu-te`);
    for (const id of [routes.safeguardId(2), routes.planSectionId(1), routes.MEASURE_TARGETS_ID])
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/u);
  });

  it('the search link encodes its query', () => {
    expect(routes.searchPath('人社局 就业')).toBe('/search/?q=%E4%BA%BA%E7%A4%BE%E5%B1%80%20%E5%B0%B1%E4%B8%9A');
  });
});

describe('routes and page files are in step', () => {
  it('every route has a page file', () => {
    expect([...pagePaths, ...filePaths].filter((p) => !pageFileFor(p))).toEqual([]);
  });

  it('every page file serves a route', () => {
    const served = new Set([...pagePaths, ...filePaths].map(pageFileFor));
    expect(pageFiles.filter((f) => !served.has(f))).toEqual([]);
  });

  it('a path no route builds has no page file', () => {
    expect(pageFileFor('/measures/')).toBeNull();
    expect(pageFileFor('/nowhere/')).toBeNull();
  });
});
