/** axe-core finds no violations on any page (WCAG 2.x A/AA rules and best practices), in light and dark mode. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const pages = builtPages(inject('distDir')).filter((p) => p.path !== '/404.html');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function violations(path: string, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await page.goto(base + path);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe', () => {
  it.each(pages.map((p) => p.path))('%s (light)', async (path) => {
    expect(await violations(path, 'light')).toEqual([]);
  });
  it.each(['/', '/measures/1/'].filter((p) => pages.some((x) => x.path === p)))('%s (dark)', async (path) => {
    expect(await violations(path, 'dark')).toEqual([]);
  });
});
