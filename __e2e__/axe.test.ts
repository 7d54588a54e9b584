/**
 * axe-core on one page of every template, in light and dark mode (`npm test`). Every page in both schemes is
 * `npm run test:full` (__e2e__/full/axe-every-page.test.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeContext, axeViolations, onePagePerTemplate, SCHEME_VIEWPORTS, type ColourScheme } from './axe.ts';
import { launchBrowser, tabPool, type TabPool } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const sample = onePagePerTemplate(builtPages(inject('distDir'))).map((p) => p.path);
const schemes: ColourScheme[] = ['light', 'dark'];
let browser: Browser;
const pools = new Map<ColourScheme, TabPool>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const colorScheme of schemes)
    pools.set(
      colorScheme,
      await tabPool(await axeContext(browser, { colorScheme, viewport: SCHEME_VIEWPORTS[colorScheme] }), 2),
    );
});
afterAll(() => browser?.close());

describe('axe, one page per template', () => {
  it('the sample covers every template, the 404 page included', () => {
    expect(sample).toEqual(expect.arrayContaining(['/', '/404.html', '/measures/1/', '/departments/', '/search/']));
    expect(sample.length).toBeGreaterThanOrEqual(15);
  });
  describe.concurrent.each(schemes)('%s', (scheme) => {
    it.each(sample)('%s', async (path) => {
      expect(await pools.get(scheme)!.use((page) => axeViolations(page, base + path))).toEqual([]);
    });
  });
});
