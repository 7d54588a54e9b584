/**
 * axe-core on one page of every template, in light mode on a phone screen and in dark mode on a desktop window
 * (`npm test`): each page is loaded once and checked in both. Every page in both schemes is `npm run test:full`
 * (__e2e__/full/axe-every-page.test.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, axeContext, onePagePerTemplate, SCHEME_VIEWPORTS } from './axe.ts';
import { launchBrowser, tabPool, type TabPool } from '../tools/lib/browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const sample = onePagePerTemplate(builtPages(inject('distDir'))).map((p) => p.path);
let browser: Browser;
let pool: TabPool;

beforeAll(async () => {
  browser = await launchBrowser();
  pool = await tabPool(await axeContext(browser), 2);
});
afterAll(() => browser?.close());

describe('axe, one page per template', () => {
  it('the sample covers every template, the 404 page included', () => {
    expect(sample).toEqual(expect.arrayContaining(['/', '/404.html', '/measures/1/', '/departments/', '/search/']));
    expect(sample.length).toBeGreaterThanOrEqual(15);
  });
  describe.concurrent('light (390 px) and dark (1280 px)', () => {
    it.each(sample)('%s', async (path) => {
      const violations = await pool.use(async (page) => {
        await page.setViewportSize(SCHEME_VIEWPORTS.light);
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(base + path, { waitUntil: 'load' });
        const light = await axeCheck(page);
        await page.setViewportSize(SCHEME_VIEWPORTS.dark);
        await page.emulateMedia({ colorScheme: 'dark' });
        const dark = await axeCheck(page);
        return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
      });
      expect(violations).toEqual([]);
    });
  });
});
