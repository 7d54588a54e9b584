/**
 * axe-core in a page, with the rule tags the site answers to; shared by the template sample, the full sweep and the
 * page-specific checks. axe's source is added to a browser context once as an init script, so every page load has it
 * ready; `@axe-core/playwright` instead injects 500 KB per analysis and finishes each run in a new blank tab, which
 * cost over a second per page here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { BuiltPage } from './site.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 A and AA (2.2 AA brings `target-size`: 24 × 24 px), and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type ColourScheme = 'light' | 'dark';

/**
 * Light mode is checked on a phone (390 × 844, where tap targets and reflow matter most), dark mode on a desktop
 * window: together they cover both layouts without doubling the runs.
 */
export const SCHEME_VIEWPORTS: Record<ColourScheme, { width: number; height: number }> = {
  light: { width: 390, height: 844 },
  dark: { width: 1280, height: 800 },
};

/**
 * Narrower phone widths where the full sweep checks tap targets again (axe's `target-size` only): links and buttons
 * wrap differently there than at the light scheme's 390 px.
 */
export const TARGET_SIZE_WIDTHS = [360] as const;

/** A browser context whose every page has axe loaded. */
export async function axeContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/**
 * axe's violations on the page as it is now (in a context from axeContext), one readable line each; empty when the
 * page passes. `selector` limits the check to part of the page, `rules` to those axe rules (default: every rule of
 * AXE_TAGS).
 */
export async function axeCheck(page: Page, selector?: string, rules?: readonly string[]): Promise<string[]> {
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  };
  const result = await page.evaluate(
    ([context, opts]) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResults> } }).axe.run(
        context ?? document,
        opts,
      ),
    [selector ?? null, options] as const,
  );
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Loads `url` in `page` (a page of an axeContext) and returns axe's violations. */
export async function axeViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  return axeCheck(page);
}

/**
 * The template a page is built from, read off its path: `/measures/7/` and `/measures/12/` share `measures/*`,
 * `/departments/` is its own. Every route file of src/pages gives one key.
 */
export function templateOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  return segments.length === 1 ? segments[0]! : `${segments[0]}/*`;
}

/** The first page (in path order) of every template: the sample that `npm test` checks in both colour schemes. */
export function onePagePerTemplate(pages: readonly BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const p of pages) if (!seen.has(templateOf(p.path))) seen.set(templateOf(p.path), p);
  return [...seen.values()];
}
