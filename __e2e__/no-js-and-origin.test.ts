/**
 * Every page, with JavaScript off and on a 360 px phone screen: readable (its <main> has a heading and text), no
 * sideways scrolling, and no request to any other origin. The same origin check with JavaScript on runs under nginx
 * and the CSP (__e2e__/nginx.test.ts), page by page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, tabPool, type TabPool } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
/** The narrowest common phone screen. */
const PHONE = { width: 360, height: 800 };
const pages = builtPages(inject('distDir')).map((p) => p.path);
let browser: Browser;
let pool: TabPool;
/** Requests to another origin, per tab, since its last visit. */
const foreign = new Map<Page, string[]>();

beforeAll(async () => {
  browser = await launchBrowser();
  pool = await tabPool(await browser.newContext({ javaScriptEnabled: false, viewport: PHONE }), undefined, (page) => {
    foreign.set(page, []);
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== base) foreign.get(page)!.push(r.url());
    });
  });
});
afterAll(() => browser?.close());

describe.concurrent('without JavaScript', () => {
  it.each(pages)('%s shows its content at 360 px, fits the screen and asks no other origin', async (path) => {
    const seen = await pool.use(async (page) => {
      foreign.set(page, []);
      await page.goto(base + path, { waitUntil: 'load' });
      const shown = await page.evaluate(() => ({
        heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
        text: document.querySelector('main')?.innerText.trim() ?? '',
        sideways: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
      }));
      return { ...shown, foreign: foreign.get(page)! };
    });
    expect(seen.heading).toBeTruthy();
    expect(seen.text.length).toBeGreaterThan(10);
    expect(seen.sideways, 'px of sideways scrolling at 360 px').toBe(0);
    expect(seen.foreign).toEqual([]);
  });
});
