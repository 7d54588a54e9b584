/**
 * Search benchmark: what a reader's browser fetches, and how long it waits, for a first search on a cold load, served
 * by real nginx with the site's own deploy/ configuration (brotli_static, as in production). Prints figures only; it
 * never fails on them (speed and size are judged by people, not by a timed test).
 *
 *   npm run bench:search                    reuses dist/ when it has an index, else builds
 *   npm run bench:search -- --build         builds first
 *   npm run bench:search -- --dist <dir>    measures another build (e.g. a copy of main's dist/, for "before")
 *
 * Two cold scenarios, each in a fresh Chromium context (empty cache), median of RUNS runs:
 * - link:  open /search/?q=<query>; time from navigation start to the first result in the list.
 * - typed: open /search/, then focus the box, type the query and press Enter (as a reader does); time from Enter
 *          to the first result. Bytes count everything fetched from focus on.
 * Each runs on loopback and under a slow mobile network (Chromium's network emulation), where requests and bytes
 * show. Bytes are as sent on the wire (brotli or gzip where the build wrote it).
 *
 * It also prints where the bytes go (page, pagefind.js, WebAssembly, meta, index/filter/fragment chunks) per scenario.
 *
 * Recorded figures (issue 13 item 4), bytes on the wire, median of 3, first page of results (10 or fewer) rendered.
 * Bytes and requests are exact; times were measured one build after the other on the 2-core machine with nothing
 * else running (load average 3.5–4.9, Chromium and nginx included), so they compare with each other.
 *
 *                      before (main e035e74)                      after (main, issues 13 and 15 merged)
 *                      req  bytes      loopback  slow 4G           req  bytes      loopback  slow 4G
 *   link  人社局       26   198.2 KiB  1595 ms   2893 ms           25   196.1 KiB  1393 ms   2667 ms
 *   typed 人社局       19   168.1 KiB   429 ms   1768 ms           19   163.7 KiB   322 ms   1488 ms
 *   link  滩羊         24   199.9 KiB  1557 ms   2834 ms           18   155.9 KiB  1303 ms   2330 ms
 *   typed 滩羊         17   169.8 KiB   517 ms   1718 ms           12   123.5 KiB   302 ms   1301 ms
 *
 * Where they went before: WebAssembly 54.9 KiB and pagefind.js 12.7 KiB (fixed), index chunks 84.0 KiB (人社局, 3 of
 * 5) / 54.4 KiB (滩羊, 2 of 5), fragments 22.9 / 55.8 KiB (滩羊's ten included /plan/, 26.7 KiB alone), filter
 * chunks 1–3 KiB. What changed: a measure's sentences are indexed once, on its own page; the full text, group
 * pages, resident pages and the targets catalogue index only what they add. The index went 134 → 78 KiB (5 → 3
 * chunks; each chunk stays ~27 KiB, Pagefind cuts at a fixed number of word positions), fragments 114 → 71 KiB.
 * 滩羊 now shows 5 results (measures 1, 14, 16 first as before), not 10: the pages that only quoted its sentences no
 * longer match. 人社局 barely moves: its words 人 社 局 still fall in all 3 chunks; only a 2-chunk index (≤ ~40 000
 * positions, now ~45 500) would cut that further. Results also appear one by one as their data arrives.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './lib/browser.ts';
import { startNginx } from './lib/nginx.ts';
import { resultsSettled } from './lib/search-driver.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const distArg = process.argv.indexOf('--dist');
const dist = distArg > 0 ? resolve(process.argv[distArg + 1] ?? '') : join(root, 'dist');
const bundle = join(dist, 'pagefind');
const QUERIES = ['人社局', '滩羊'];
const RUNS = Number(process.env.RUNS ?? 3);

/** Chromium's network emulation for a slow mobile connection (about Lighthouse's "slow 4G"). */
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: 90_000 };

/** Pagefind writes its ready-made UIs too; the site uses only its API (pagefind.js), so these are never fetched. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./u;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (s: string, n: number) => s.padEnd(n);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function printIndexSize(): void {
  const all = readdirSync(bundle, { recursive: true, encoding: 'utf8' })
    .filter((f) => !/\.(br|gz)$/u.test(f) && statSync(join(bundle, f)).isFile())
    .map((f) => ({ path: relative(bundle, join(bundle, f)), bytes: statSync(join(bundle, f)).size }));
  const used = all.filter((f) => !UNUSED_UI.test(f.path));
  const sum = (list: typeof all) => list.reduce((n, f) => n + f.bytes, 0);
  console.log(`Index: ${relative(root, bundle) || bundle}`);
  console.log(`  files the site can fetch  ${pad(String(used.length), 4)} ${kb(sum(used))} (before transfer encoding)`);
  for (const dir of ['index/', 'fragment/', 'filter/']) {
    const part = used.filter((f) => f.path.startsWith(dir));
    console.log(`    ${pad(dir, 24)}${pad(String(part.length), 4)} ${kb(sum(part))}`);
  }
}

interface Run {
  ms: number;
  requests: number;
  bytes: number;
  shown: number;
  paths: string[];
  sizes: number[];
}

/** Counts what the context fetches from the moment `counting` turns true (encoded body + headers, as on the wire). */
function meter(context: BrowserContext) {
  const state = {
    counting: false,
    pending: [] as Promise<void>[],
    requests: 0,
    bytes: 0,
    paths: [] as string[],
    sizes: [] as number[],
  };
  context.on('requestfinished', (request) => {
    if (!state.counting) return;
    state.requests++;
    const at = state.paths.push(new URL(request.url()).pathname) - 1;
    state.pending.push(
      request
        .sizes()
        .then((s) => {
          state.bytes += s.responseBodySize + s.responseHeadersSize;
          state.sizes[at] = s.responseBodySize + s.responseHeadersSize;
        })
        .catch(() => undefined),
    );
  });
  return state;
}

/**
 * Resolves with performance.now() when the result list first gets an item. Source
 * text, not a function: tsx would wrap a named function in a helper the page does not have.
 */
const firstResult = (page: Page) =>
  page.evaluate<{ at: number }>(`new Promise((resolve) => {
    const list = document.querySelector('[data-search-results]');
    const done = () => resolve({ at: performance.now() });
    if (list.querySelector('li')) return done();
    new MutationObserver((_, o) => {
      if (list.querySelector('li')) { o.disconnect(); done(); }
    }).observe(list, { childList: true });
  })`);

async function once(
  base: string,
  scenario: 'link' | 'typed',
  q: string,
  slow: boolean,
  browser: Awaited<ReturnType<typeof launchBrowser>>,
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (slow) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
  }
  const m = meter(context);
  let ms: number;
  if (scenario === 'link') {
    m.counting = true;
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'commit' });
    // The list must exist before the observer is set (on a slow network the HTML is still arriving at 'commit').
    await page.waitForSelector('[data-search-results]', { state: 'attached' });
    ({ at: ms } = await firstResult(page));
  } else {
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    m.counting = true;
    const input = page.locator('input[name="q"]').first();
    await input.focus();
    await input.pressSequentially(q, { delay: 120 });
    const t0 = await page.evaluate(() => performance.now());
    const result = firstResult(page);
    await input.press('Enter');
    const r = await result;
    ms = r.at - t0;
  }
  // Bytes count the whole first search: every result of its first page rendered (the list is no longer aria-busy),
  // not only the first one.
  const shown = await resultsSettled(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(m.pending);
  await context.close();
  return { ms: Math.round(ms), requests: m.requests, bytes: m.bytes, shown, paths: m.paths, sizes: m.sizes };
}

/** What a request is, for the breakdown: the site's page and assets, or which part of Pagefind. */
function kindOf(path: string): string {
  if (!path.startsWith('/pagefind/')) return /\.(js|css)$/u.test(path) ? 'page assets' : 'page';
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith('.json')) return 'entry json';
  if (path.includes('/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta')) return 'meta';
  const dir = /^\/pagefind\/(index|filter|fragment)\//u.exec(path)?.[1];
  return dir ? `${dir} chunks` : path;
}

const KINDS = [
  'page',
  'page assets',
  'pagefind.js',
  'entry json',
  'wasm',
  'meta',
  'index chunks',
  'filter chunks',
  'fragment chunks',
];

/** Requests and bytes by kind, one column per scenario (first loopback run of each). */
function printBreakdown(details: { label: string; run: Run }[]): void {
  const by = details.map(({ run }) => {
    const kinds = new Map<string, { n: number; bytes: number }>();
    run.paths.forEach((p, i) => {
      const k = kinds.get(kindOf(p)) ?? { n: 0, bytes: 0 };
      kinds.set(kindOf(p), { n: k.n + 1, bytes: k.bytes + (run.sizes[i] ?? 0) });
    });
    return kinds;
  });
  const kinds = [...new Set([...KINDS, ...by.flatMap((m) => [...m.keys()])])].filter((k) => by.some((m) => m.has(k)));
  console.log('\n  Where the bytes go (first loopback run of each; requests × and bytes on the wire):');
  console.log(`  ${pad('', 18)}${details.map((d) => pad(d.label, 18)).join('')}`);
  for (const k of kinds) {
    const cells = by.map((m) => {
      const v = m.get(k);
      return pad(v ? `×${v.n} ${kb(v.bytes)}` : '–', 18);
    });
    console.log(`  ${pad(k, 18)}${cells.join('')}`);
  }
}

async function measure(): Promise<void> {
  const server = await startNginx(dist);
  const browser = await launchBrowser();
  try {
    console.log(`\nCold first search through deploy/ nginx (brotli), 390×844, median of ${RUNS} runs`);
    console.log(`  ${pad('scenario', 16)}${pad('network', 10)}${pad('requests', 10)}${pad('bytes', 12)}first result`);
    const details: { label: string; run: Run }[] = [];
    for (const q of QUERIES) {
      for (const scenario of ['link', 'typed'] as const) {
        for (const slow of [false, true]) {
          const runs: Run[] = [];
          for (let i = 0; i < RUNS; i++) runs.push(await once(server.url, scenario, q, slow, browser));
          const label = `${scenario} ${q}`;
          console.log(
            `  ${pad(label, 16)}${pad(slow ? 'slow 4G' : 'loopback', 10)}${pad(String(median(runs.map((r) => r.requests))), 10)}${pad(kb(median(runs.map((r) => r.bytes))), 12)}${median(runs.map((r) => r.ms))} ms (${runs[0]!.shown} shown)`,
          );
          if (!slow) details.push({ label, run: runs[0]! });
        }
      }
    }
    printBreakdown(details);
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (distArg < 0 && (process.argv.includes('--build') || !existsSync(join(bundle, 'pagefind.js')))) {
  console.log('Building (npm run build)…');
  const t0 = Date.now();
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_PREVIEW: process.env.SITE_PREVIEW ?? 'local' },
  });
  console.log(`  built in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
if (!existsSync(join(bundle, 'pagefind.js'))) {
  console.error(`${bundle}: no Pagefind index (pagefind.js) here; build first`);
  process.exit(1);
}
readFileSync(join(dist, 'search/index.html'));
printIndexSize();
await measure();
