import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../pagefind.ts';

const logged: string[] = [];
const logger = {
  info: (m: string) => logged.push(`info ${m}`),
  warn: (m: string) => logged.push(`warn ${m}`),
  error: (m: string) => logged.push(`error ${m}`),
  debug: () => undefined,
} as unknown as AstroIntegrationLogger;

const dirs: string[] = [];
function site(pages: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-test-'));
  dirs.push(dir);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(
      join(dir, path, 'index.html'),
      `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`,
    );
  }
  return pathToFileURL(`${dir}/`);
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  logged.length = 0;
});

describe('buildIndex (astro:build:done)', () => {
  it('indexes the pages that mark a body and writes the bundle into pagefind/', async () => {
    const dist = site({
      'measures/1': '<nav>导航</nav><main data-pagefind-body><h1>1. 突出发展富民产业</h1><p>滩羊</p></main>',
      search: '<main><h1>搜索</h1></main>',
    });
    expect(await buildIndex(dist, logger)).toEqual({ pages: 1 });
    const out = new URL('pagefind/', dist);
    expect(existsSync(new URL('pagefind.js', out))).toBe(true);
    expect(readdirSync(new URL('fragment/', out))).toHaveLength(1);
    expect(logged.some((l) => /indexed 1 of 2 pages/u.test(l))).toBe(true);
  }, 60_000);

  it('fails the build when no page is marked for indexing', async () => {
    const dist = site({ a: '<main><h1>a</h1></main>' });
    await expect(buildIndex(dist, logger)).rejects.toThrow(/no built page has data-pagefind-body/u);
  }, 60_000);
});
