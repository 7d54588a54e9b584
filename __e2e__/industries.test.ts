/**
 * /industries/ in a real browser with JavaScript off: the charts are inline SVG whose marks and labels match the
 * published open data (dist/data/targets.json), the scale panels never mix units, the share goal is drawn as a goal,
 * every chart is labelled and backed by a table, and the page passes axe in dark mode and fits a 360px screen.
 * Expected values are read from the built JSON, never written here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeCheck, axeContext } from './axe.ts';
import { launchBrowser } from '../tools/lib/browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const path = '/industries/';

interface PublishedTarget {
  id: string;
  indicator: string;
  measure: number;
  statement: string;
  value: number;
  unit: string;
  comparator: string;
  figure: string;
}
const targets: PublishedTarget[] = JSON.parse(readFileSync(join(dist, 'data/targets.json'), 'utf8'));
const measures: { number: number; text: string }[] = JSON.parse(readFileSync(join(dist, 'data/measures.json'), 'utf8'));
// The measure that names the six industries (“六特”), and its goals by kind of unit.
const source = measures.find((m) => m.text.includes('“六特”'))!;
const own = targets.filter((t) => t.measure === source.number);
// The chart writes each goal as the text does (达500亿元, 达到57万亩以上); the heading names the year.
const shown = (t: PublishedTarget) => t.figure;
const money = own.filter((t) => t.unit === '亿元');
const shares = own.filter((t) => t.unit === '%');
const scale = own.filter((t) => !money.includes(t) && !shares.includes(t));

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
});
afterAll(() => browser?.close());

const texts = async (selector: string) => (await page.locator(selector).allTextContents()).map((t) => t.trim());

describe('/industries/ without JavaScript', () => {
  it('the published data has what the page is about', () => {
    expect(source).toBeDefined();
    expect(money.length).toBe(6);
    expect(scale.length).toBeGreaterThan(0);
    expect(shares.length).toBeGreaterThan(0);
  });

  it('draws the output values (亿元) as inline SVG: one bar and one label per goal', async () => {
    const svg = '#output svg[role="img"]';
    expect(await page.locator(`${svg} rect.bar`).count()).toBe(money.length);
    expect((await texts(`${svg} text.value`)).sort()).toEqual(money.map(shown).sort());
    // Longest bar for the largest value.
    const widths = await page
      .locator(`${svg} rect.bar`)
      .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it('lists the same values in the data table, each linked to its sentence in the measure', async () => {
    const cells = await texts('#output-table td.num');
    expect(cells.sort()).toEqual(money.map(shown).sort());
    const hrefs = await page.locator('#output-table td a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(money.map((t) => `/measures/${t.measure}/#${t.id}`).sort());
  });

  it('draws the scale goals one panel per unit, never two units on one axis', async () => {
    const panels = await page.locator('div.panel').evaluateAll((sections) =>
      sections.map((s) => ({
        unit: s.getAttribute('data-unit')!,
        svgUnit: s.querySelector('svg')?.getAttribute('data-unit'),
        values: [...s.querySelectorAll('svg text.value')].map((t) => t.textContent ?? ''),
        bars: s.querySelectorAll('svg rect.bar').length,
      })),
    );
    expect(new Set(panels.map((p) => p.unit)).size).toBe(panels.length);
    expect(panels.map((p) => p.unit).sort()).toEqual([...new Set(scale.map((t) => t.unit))].sort());
    for (const p of panels) {
      expect(p.svgUnit).toBe(p.unit);
      expect(p.bars).toBe(p.values.length);
      for (const v of p.values) expect(v.includes(p.unit)).toBe(true);
    }
    expect(panels.flatMap((p) => p.values).sort()).toEqual(scale.map(shown).sort());
    expect((await texts('#scale-table td.num')).sort()).toEqual(scale.map(shown).sort());
  });

  it('shows the share goal as a goal on 0–100%: the words 目标 and the value, and no bar', async () => {
    for (const [i, t] of shares.entries()) {
      const svg = page.locator(`#share-${i} svg[role="img"]`);
      expect(await svg.locator('text.marker-label').textContent()).toBe(`目标${t.figure}`);
      expect(await svg.locator('rect.bar').count()).toBe(0);
      expect(await svg.locator('text').allTextContents()).toEqual(expect.arrayContaining(['0%', '100%']));
    }
  });

  it('gives every chart a title and description by id, and every table a caption and header scopes', async () => {
    const svgs = await page.locator('main svg').evaluateAll((list) =>
      list.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/u);
        return {
          role: svg.getAttribute('role'),
          parts: ids.map((id) => svg.querySelector(`#${CSS.escape(id)}`)?.tagName ?? null),
          text: ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(''),
        };
      }),
    );
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const s of svgs) {
      expect(s.role).toBe('img');
      expect(s.parts).toEqual(['title', 'desc']);
      expect(s.text.length).toBeGreaterThan(10);
    }
    const tables = await page.locator('main table').evaluateAll((list) =>
      list.map((t) => ({
        caption: t.querySelector('caption')?.textContent?.trim(),
        unscoped: t.querySelectorAll('th:not([scope])').length,
      })),
    );
    expect(tables.length).toBe(2 + shares.length); // output values, scale goals, one per share goal
    for (const t of tables) {
      expect(t.caption).toBeTruthy();
      expect(t.unscoped).toBe(0);
    }
  });

  it('links each industry to its goals in the measure and, where the plan names one, to its brand', async () => {
    const industries = await page.locator('li.industry').evaluateAll((list) =>
      list.map((li) => ({
        goals: [...li.querySelectorAll(':scope > ul a')].map((a) => a.getAttribute('href')),
        brand: [...li.querySelectorAll('.brand a')].map((a) => ({
          href: a.getAttribute('href')!,
          text: a.textContent.trim(),
        })),
      })),
    );
    expect(industries).toHaveLength(money.length);
    const linked = industries.flatMap((i) => i.goals).sort();
    expect(linked).toEqual([...money, ...scale].map((t) => `/measures/${t.measure}/#${t.id}`).sort());
    const brands = industries.flatMap((i) => i.brand);
    expect(brands.length).toBeGreaterThan(0);
    for (const b of brands) {
      const n = Number(/^\/measures\/(\d+)\/$/u.exec(b.href)?.[1]);
      const text = measures.find((m) => m.number === n)?.text ?? '';
      expect(text).toContain(b.text); // the quoted name as the measure writes it, quotes included
      expect(text).toContain('品牌');
    }
  });

  it('heads each table row with its indicator and names the industry under the enumeration’s name', async () => {
    const tables = await page.locator('main table').evaluateAll((list) =>
      list.map((t) => ({
        head: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
        rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
          id: tr.getAttribute('data-key'),
          header: tr.querySelector('th[scope="row"]')?.textContent.trim(),
        })),
      })),
    );
    const label = /“([^”]+)”产业/u.exec(source.text)![1]!; // 六特, as the text quotes it
    const byIndustry = tables.filter((t) => t.head.length === 4);
    expect(byIndustry).toHaveLength(2); // output values, scale goals
    for (const t of tables) {
      expect(t.head[0]).toBe('指标');
      for (const r of t.rows) expect(r.header).toBe(targets.find((x) => x.id === r.id)!.indicator);
    }
    for (const t of byIndustry) expect(t.head[1]).toBe(`${label}产业`);
    // The vegetable rows read 蔬菜…, as the text counts them, never 冷凉蔬菜….
    const rowHeaders = byIndustry.flatMap((t) => t.rows.map((r) => r.header!));
    expect(rowHeaders.filter((h) => h.startsWith('蔬菜')).length).toBeGreaterThan(0);
  });

  it('lists each industry’s goals by indicator and figure in the text’s words; the gauge says its range once', async () => {
    const items = await texts('li.industry > ul > li');
    expect(items).toHaveLength(money.length + scale.length);
    for (const item of items) {
      const t = targets.find((x) => item.startsWith(`${x.indicator}\uFF1A`) && x.measure === source.number);
      expect(t, item).toBeDefined();
      expect(item).toContain(t!.figure);
    }
    const descs = await page.locator('main svg desc').allTextContents();
    for (const d of descs) expect(d).not.toMatch(/(以上|以下|以内)及\1/u);
  });

  it('links to the source measure from the intro, and the nav points here', async () => {
    expect(await page.locator(`main a[href="/measures/${source.number}/"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('.site-nav a[href="/industries/"][aria-current="page"]').count()).toBe(1);
  });
});

describe('/industries/ on small screens and in dark mode', () => {
  it('fits a 360px-wide screen without sideways scrolling', async () => {
    const narrow = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const p = await narrow.newPage();
    await p.goto(base + path, { waitUntil: 'load' });
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await narrow.close();
  });

  it('passes axe in dark mode, with the data tables open', async () => {
    const dark = await axeContext(browser, { colorScheme: 'dark' });
    const p = await dark.newPage();
    await p.goto(base + path, { waitUntil: 'load' });
    await p.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    const violations = await axeCheck(p);
    await dark.close();
    expect(violations).toEqual([]);
  });
});
