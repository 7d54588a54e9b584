/** axe-core in a page, with the rule tags the site answers to; shared by the template sample and the full sweep. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { BuiltPage } from './site.ts';

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

/** Loads `url` in `page` and returns axe's violations, one readable line each (empty when the page passes). */
export async function axeViolations(page: Page, url: string): Promise<string[]> {
  await page.goto(url, { waitUntil: 'load' });
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
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
