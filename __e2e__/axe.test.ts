/** axe-core finds no violations on any page (WCAG 2.x A/AA rules and best practices), in light and dark mode. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const pages = builtPages(inject('distDir')).filter((p) => p.path !== '/404.html');
let browser: Browser;
const contexts: BrowserContext[] = [];
const tabs: Partial<Record<'light' | 'dark', Page>> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme });
    contexts.push(context);
    tabs[colorScheme] = await context.newPage();
  }
});
afterAll(() => browser?.close());

/** One tab per colour scheme, reused: navigating is much cheaper than a new context per page. */
async function violations(path: string, colorScheme: 'light' | 'dark') {
  const page = tabs[colorScheme]!;
  await page.goto(base + path, { waitUntil: 'load' });
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe', () => {
  it.each(pages.map((p) => p.path))('%s (light)', async (path) => {
    expect(await violations(path, 'light')).toEqual([]);
  });
  // Dark mode changes only colours: one page of each template is enough.
  const darkSample = [
    '/',
    '/plan/',
    '/measures/1/',
    '/groups/1/',
    '/departments/',
    '/targets/',
    '/industries/',
    '/search/',
  ];
  it.each(darkSample.filter((p) => pages.some((x) => x.path === p)))('%s (dark)', async (path) => {
    expect(await violations(path, 'dark')).toEqual([]);
  });
});
