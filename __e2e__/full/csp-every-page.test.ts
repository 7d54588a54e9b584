/**
 * `npm run test:full`: every built page in Chromium behind real nginx with deploy/site.conf, under its
 * Content-Security-Policy: no violation, no console error, no failed load, no request to another origin.
 * (`npm test` checks one page of every template: __e2e__/nginx.test.ts.)
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, tabPool, type TabPool } from '../../tools/lib/browser.ts';
import { startNginx, type RunningNginx } from '../../tools/lib/nginx.ts';
import { CSP_LISTENER, NOTHING_SEEN, observe, visit } from '../page-observer.ts';
import { builtPages } from '../site.ts';

const dist = inject('distDir');
const pages = builtPages(dist).map((p) => p.path);
let nginx: RunningNginx;
let browser: Browser;
let context: BrowserContext;
let pool: TabPool;

beforeAll(async () => {
  nginx = await startNginx(dist);
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addInitScript({ content: CSP_LISTENER });
  pool = await tabPool(context, undefined, (page) => observe(page, nginx.url));
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe.concurrent('every page under nginx and the CSP', () => {
  it.each(pages)('%s: no CSP violation, console error, failed load or other origin', async (path) => {
    expect(await visit(pool, nginx.url + path)).toEqual(NOTHING_SEEN);
  });
});
