/**
 * Search benchmark: prints the Pagefind index size and what a reader's browser fetches for a first query. Prints
 * figures only; it never fails on them (speed and size are judged by people, not by a timed test).
 *
 *   npm run bench:search            reuses dist/ when it has an index, else builds
 *   npm run bench:search -- --build builds first
 *
 * The first query is /search/?q=人社局 in a fresh Chromium context (empty cache), served from dist/ on loopback
 * without compression; then a few more queries on the same page (warm) show what each new query adds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { launchBrowser } from '../__e2e__/browser.ts';
import { resultsSettled, submitSearch } from '../__e2e__/search-driver.ts';
import { serveDirectory } from '../__e2e__/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const bundle = join(dist, 'pagefind');
const FIRST_QUERY = '人社局';
const MORE_QUERIES = ['滩羊', '租房', '找工作', '创业担保贷款'];

/** Pagefind writes its ready-made UIs too; the site uses only its API (pagefind.js), so these are never fetched. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (s: string, n: number) => s.padEnd(n);

function files(dir: string): { path: string; bytes: number; gzip: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => ({ path: relative(dir, f), bytes: statSync(f).size, gzip: gzipSync(readFileSync(f)).length }));
}

function kindOf(path: string): string {
  if (UNUSED_UI.test(path)) return 'ready-made UIs (unused)';
  if (path.startsWith('index/')) return 'word index chunks';
  if (path.startsWith('fragment/')) return 'page fragments';
  if (path.startsWith('filter/')) return 'filter indexes';
  if (path.startsWith('wasm.')) return 'WebAssembly';
  if (path.endsWith('.pf_meta')) return 'metadata';
  return 'API scripts and entry';
}

function printIndexSize(): void {
  const all = files(bundle);
  const sum = (list: typeof all, key: 'bytes' | 'gzip') => list.reduce((n, f) => n + f[key], 0);
  const used = all.filter((f) => !UNUSED_UI.test(f.path));
  console.log(
    `Index: dist/pagefind/ (${readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length} HTML pages built)`,
  );
  console.log(
    `  all files               ${pad(String(all.length), 5)} files  ${pad(kb(sum(all, 'bytes')), 11)} (gzip ${kb(sum(all, 'gzip'))})`,
  );
  console.log(
    `  used by the site        ${pad(String(used.length), 5)} files  ${pad(kb(sum(used, 'bytes')), 11)} (gzip ${kb(sum(used, 'gzip'))})`,
  );
  const kinds = new Map<string, typeof all>();
  for (const f of all) kinds.set(kindOf(f.path), [...(kinds.get(kindOf(f.path)) ?? []), f]);
  for (const [kind, list] of [...kinds].sort((a, b) => sum(b[1], 'bytes') - sum(a[1], 'bytes'))) {
    console.log(`    ${pad(kind, 24)}${pad(String(list.length), 5)} files  ${kb(sum(list, 'bytes'))}`);
  }
}

interface Fetched {
  url: string;
  bytes: number;
}

async function measureQueries(): Promise<void> {
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const fetched: Fetched[] = [];
    const pending: Promise<void>[] = [];
    // Context-wide, so the requests Pagefind's web worker makes are counted too.
    context.on('response', (response: Response) => {
      pending.push(
        response
          .body()
          .then((body) => void fetched.push({ url: new URL(response.url()).pathname, bytes: body.length }))
          .catch(() => undefined),
      );
    });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(FIRST_QUERY)}`, { waitUntil: 'load' });
    const shown = await resultsSettled(page);
    const elapsed = Date.now() - started;
    await Promise.all(pending);
    const pf = fetched.filter((f) => f.url.startsWith('/pagefind/'));
    const total = (list: Fetched[]) => list.reduce((n, f) => n + f.bytes, 0);
    console.log(`\nFirst query: /search/?q=${FIRST_QUERY} in a fresh Chromium context (empty cache, no compression)`);
    console.log(`  /pagefind/ requests     ${pad(String(pf.length), 5)}        ${kb(total(pf))} (${total(pf)} bytes)`);
    for (const kind of [
      'pagefind.js',
      'pagefind-worker.js',
      'wasm.',
      '.pf_meta',
      '/index/',
      '/filter/',
      '/fragment/',
    ]) {
      const part = pf.filter((f) => f.url.includes(kind));
      console.log(`    ${pad(kind, 22)}${pad(String(part.length), 5)}        ${kb(total(part))}`);
    }
    console.log(`  whole page (HTML, CSS, JS, index)  ${fetched.length} requests, ${kb(total(fetched))}`);
    console.log(`  results shown           ${shown}`);
    console.log(`  load to results shown   ${elapsed} ms`);

    console.log('\nNext queries on the same page (warm: Pagefind loaded)');
    for (const q of MORE_QUERIES) {
      const before = fetched.length;
      const t0 = Date.now();
      await submitSearch(page, q);
      const n = await resultsSettled(page);
      const ms = Date.now() - t0;
      await Promise.all(pending);
      const added = fetched.slice(before);
      console.log(
        `  ${pad(q, 8)} ${pad(`${ms} ms`, 9)} ${pad(`${n} shown`, 9)} +${added.length} requests, +${kb(total(added))}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv.includes('--build') || !existsSync(join(bundle, 'pagefind.js'))) {
  console.log('Building (npm run build)…');
  const t0 = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_PREVIEW: process.env.SITE_PREVIEW ?? 'local' },
  });
  console.log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
printIndexSize();
await measureQueries();
