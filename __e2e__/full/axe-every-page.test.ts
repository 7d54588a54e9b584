/**
 * `npm run test:full`: axe-core on every built page, in light mode (390 px) and in dark mode (1280 px); in light mode
 * the page is then narrowed to each of TARGET_SIZE_WIDTHS (360 px) and its tap targets checked again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  axeCheck,
  axeContext,
  axeViolations,
  SCHEME_VIEWPORTS,
  TARGET_SIZE_WIDTHS,
  type ColourScheme,
} from '../axe.ts';
import { launchBrowser, tabPool, type TabPool } from '../../tools/lib/browser.ts';
import { builtPages } from '../site.ts';

const base = inject('baseUrl');
const pages = builtPages(inject('distDir')).map((p) => p.path);
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

describe.concurrent.each(schemes)('axe on every page (%s)', (scheme) => {
  it.each(pages)('%s', async (path) => {
    const violations = await pools.get(scheme)!.use(async (page) => {
      await page.setViewportSize(SCHEME_VIEWPORTS[scheme]);
      const found = await axeViolations(page, base + path);
      if (scheme === 'light')
        for (const width of TARGET_SIZE_WIDTHS) {
          await page.setViewportSize({ width, height: SCHEME_VIEWPORTS.light.height });
          found.push(...(await axeCheck(page, undefined, ['target-size'])).map((v) => `${width} px: ${v}`));
        }
      return found;
    });
    expect(violations).toEqual([]);
  });
});
