/**
 * The built site behind real nginx with deploy/site.conf: headers (types, charset, caching, security) on pages, hashed
 * assets and open data; precompressed gzip and brotli sent as built; the 404 page with status 404; and pages in
 * Chromium under the Content-Security-Policy (one of every template here, every page in test:full) with no violation,
 * no console error and no request to another origin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onePagePerTemplate } from './axe.ts';
import { launchBrowser, tabPool, type TabPool } from '../tools/lib/browser.ts';
import { CSP_LISTENER, NOTHING_SEEN, observe, visit } from './page-observer.ts';
import { checkShippedConfig, startNginx, type RunningNginx } from '../tools/lib/nginx.ts';
import { builtPages } from './site.ts';

const dist = inject('distDir');
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent (not decompressed). */
  body: Buffer;
}

/** A GET that keeps the body as sent: fetch() would decompress it. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(nginx.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const file = (path: string) => readFileSync(join(dist, path));
const firstFile = (dir: string, re: RegExp) =>
  existsSync(join(dist, dir)) ? readdirSync(join(dist, dir)).find((f) => re.test(f)) : undefined;

/** What the issue asks of the policy: this origin only, no inline script, Pagefind's WASM allowed, no framing. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

function expectSecurityHeaders(r: RawResponse) {
  expect(r.headers).toMatchObject({
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  });
  const permissions = String(r.headers['permissions-policy']);
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'])
    expect(permissions).toContain(`${feature}=()`);
  expect(r.headers.server).toBe('nginx'); // no version
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const css = firstFile('_astro', /\.css$/u);
const js = firstFile('_astro', /\.js$/u);

describe('nginx configuration', () => {
  it('deploy/nginx.conf as shipped passes nginx -t', () => {
    const r = checkShippedConfig();
    expect(r.output).toContain('syntax is ok');
    expect(r.ok).toBe(true);
  });
});

describe('headers', () => {
  // [path, content type, cache-control]. Files another part of the build may not have made yet are skipped by name.
  const cases: [string, string, string][] = [
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/measures/1/', 'text/html; charset=utf-8', 'no-cache'],
    ['/data/', 'text/html; charset=utf-8', 'no-cache'],
    ['/data/targets.json', 'application/json; charset=utf-8', 'public, max-age=300'],
    ['/data/targets.csv', 'text/csv; charset=utf-8', 'public, max-age=300'],
    ['/sitemap-index.xml', 'application/xml; charset=utf-8', 'no-cache'],
    ...(css ? [[`/_astro/${css}`, 'text/css; charset=utf-8', IMMUTABLE] as [string, string, string]] : []),
    ...(js ? [[`/_astro/${js}`, 'text/javascript; charset=utf-8', IMMUTABLE] as [string, string, string]] : []),
  ];
  // Pagefind (issue 6): fixed names revalidate, content-hashed chunks are immutable, binary chunks are octet-stream.
  const wasm = firstFile('pagefind', /^wasm\..+\.pagefind$/u);
  const meta = firstFile('pagefind', /\.pf_meta$/u);
  const fragment = firstFile('pagefind/fragment', /\.pf_fragment$/u);
  cases.push(
    ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8', 'no-cache'],
    ...(wasm ? [[`/pagefind/${wasm}`, 'application/octet-stream', 'no-cache'] as [string, string, string]] : []),
    ...(meta ? [[`/pagefind/${meta}`, 'application/octet-stream', IMMUTABLE] as [string, string, string]] : []),
    ...(fragment
      ? [[`/pagefind/fragment/${fragment}`, 'application/octet-stream', IMMUTABLE] as [string, string, string]]
      : []),
  );

  it('cover a page, a hashed stylesheet and the open data', () => {
    expect(css).toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s: %s, Cache-Control %s, security headers', async (path, type, cache) => {
    const r = await get(path);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['cache-control']).toBe(cache);
    expectSecurityHeaders(r);
    expect(r.body.equals(file(path.endsWith('/') ? `${path}index.html` : path))).toBe(true);
  });

  it('a folder path without its slash redirects to the canonical URL', async () => {
    const r = await get('/measures/1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/measures/1/');
    expectSecurityHeaders(r);
  });
});

describe('precompressed files', () => {
  const paths = ['/measures/1/', '/data/targets.csv', ...(css ? [`/_astro/${css}`] : [])];
  const onDisk = (path: string) => (path.endsWith('/') ? `${path}index.html` : path);

  it.each(paths)('%s: gzip is the build’s .gz, brotli its .br, identity the file', async (path) => {
    const original = file(onDisk(path));
    const gz = await get(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gz.body.equals(file(`${onDisk(path)}.gz`))).toBe(true); // sent as built (gzip_static), not recompressed
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    expect(Number(gz.headers['content-length'])).toBeLessThan(original.length);

    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.equals(file(`${onDisk(path)}.br`))).toBe(true);
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });
});

describe('404', () => {
  it('a missing path answers 404 with the security headers and no long cache', async () => {
    const r = await get('/no-such-page/');
    expect(r.status).toBe(404);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(r);
    // dist/404.html comes with the site's pages (issue 3); until it exists nginx sends its own page.
    expect(r.body.equals(file('404.html'))).toBe(true);
  });

  it('a missing hashed asset gets the 404 page, not an immutable cache header', async () => {
    const r = await get('/_astro/missing.abc123.css');
    expect(r.status).toBe(404);
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('a folder without index.html answers 404, not 403', async () => {
    expect((await get('/measures/')).status).toBe(404);
  });
});

describe.concurrent('in Chromium, under the CSP', () => {
  let context: BrowserContext;
  let pool: TabPool;
  beforeAll(async () => {
    context = await browser.newContext();
    await context.addInitScript({ content: CSP_LISTENER });
    pool = await tabPool(context, undefined, (page) => observe(page, nginx.url));
  });
  afterAll(() => context?.close());

  it('the policy as nginx sends it blocks an inline script and a style attribute, and both are reported', async () => {
    const { headers } = await get('/');
    const probe = `${nginx.url}/__csp-probe__/`;
    await context.route(probe, (route) =>
      route.fulfill({
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': String(headers['content-security-policy']),
        },
        body: '<!doctype html><title>probe</title><p style="color: red">x</p><script>document.title = "ran"</script>',
      }),
    );
    const seen = await visit(pool, `${nginx.url}/__csp-probe__/`);
    await context.unroute(probe);
    expect(seen.csp.join('\n')).toMatch(/script-src/u);
    expect(seen.csp.join('\n')).toMatch(/style-src/u);
  });

  // One page of every template here; every page in `npm run test:full` (__e2e__/full/csp-every-page.test.ts).
  it.each(onePagePerTemplate(builtPages(dist)).map((p) => p.path))(
    '%s: no CSP violation, console error, failed load or other origin',
    async (path) => {
      expect(await visit(pool, nginx.url + path)).toEqual(NOTHING_SEEN);
    },
  );

  // Search: Pagefind loads its WASM under this CSP.
  it('/search/?q=滩羊 shows results', async () => {
    const results = 'main a[href*="/measures/"]';
    const staticLinks =
      (readFileSync(join(dist, 'search/index.html'), 'utf8').split('<main')[1] ?? '').match(/href="[^"]*\/measures\//gu)
        ?.length ?? 0;
    let found = 0;
    const seen = await visit(pool, `${nginx.url}/search/?q=滩羊`, async (page) => {
      await page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel as string).length > n,
        [results, staticLinks] as const,
        { timeout: 15_000 },
      );
      found = await page.locator(results).count();
    });
    expect(found).toBeGreaterThan(staticLinks);
    expect(seen).toEqual(NOTHING_SEEN);
  });
});
