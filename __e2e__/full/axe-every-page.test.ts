/** `npm run test:full`: axe-core on every built page, in light and in dark mode. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeContext, axeViolations, SCHEME_VIEWPORTS, type ColourScheme } from '../axe.ts';
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
    expect(await pools.get(scheme)!.use((page) => axeViolations(page, base + path))).toEqual([]);
  });
});
