/**
 * Phones, paper and trust (issue 14), in one browser with a few reused tabs:
 * - at 360 and 390 px the header (site name, menu, search) stays within 120 px, no page scrolls sideways, the menu
 *   opens without JavaScript, and the small links the issue named (sentence anchors, /targets/ measure numbers) are
 *   at least 24 × 24 px (axe's `target-size` runs at 390 px on one page per template in __e2e__/axe.test.ts);
 * - a unit page printed holds the full text of each of its measures, its targets and co-listed units, the page
 *   address, and no navigation; the measure page prints without navigation or buttons;
 * - the larger-text mode scales the type and is remembered;
 * - over the built HTML: every <title> names the issuing city as the site name (also og:, JSON-LD), /about/ has the
 *   official source and every footer links to it, the metadata panel shows the basis and says there is no 发文字号.
 * Expectations come from the open data in dist/, content/plan/ frontmatter and content/reviewed/site.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { onePagePerTemplate } from './axe.ts';
import { launchBrowser } from '../tools/lib/browser.ts';
import { builtPages } from './site.ts';
import { basisDocument, issuingCity, siteName } from '../src/site/meta/plan-meta.ts';
import { mdxParagraphs } from '../src/domain/text/mdx-text.ts';
import { decodeEntities, htmlText } from '../src/domain/text/html.ts';
import { LARGE_CLASS, TEXT_SIZE_KEY, TEXT_SIZE_LARGE } from '../src/site/text-size.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const root = fileURLToPath(new URL('../', import.meta.url));
const readContent = (path: string) => readFileSync(join(root, path), 'utf8');
const frontmatter = <T>(path: string): T => load(/^---\n([\s\S]*?)\n---/u.exec(readContent(path))![1]!) as T;
const noSpace = (s: string) => s.replace(/\s+/gu, '');

interface MeasureData {
  number: number;
  title: string;
  url: string;
  text: string;
  units: { id: string; name: string; role: string }[];
  targets: string[];
}
interface DepartmentData {
  id: string;
  name: string;
  url: string;
  measures: { number: number; role: string }[];
}
const measures = json<MeasureData[]>('data/measures.json');
const departments = json<DepartmentData[]>('data/departments.json');
const targets = new Map(json<{ id: string; statement: string }[]>('data/targets.json').map((t) => [t.id, t]));
const notice = frontmatter<{ issuers: string[]; signatories: string[] }>('content/plan/document/notice.mdx');
const planInfo = frontmatter<{ title: string }>('content/plan/document/plan.mdx');
const tasksTitle = frontmatter<{ title: string }>('content/plan/sections/2.mdx').title;
const reviewed = JSON.parse(readContent('content/reviewed/site.json')) as { officialPublication: { url: string } };
const pages = builtPages(dist);
const path = (url: string) => new URL(url).pathname;

/** One page of each template, for the checks that need not cover all ~90 pages. */
const templates = onePagePerTemplate(pages).map((p) => p.path);

let browser: Browser;
let phone: BrowserContext;
let tabs: Page[];
beforeAll(async () => {
  browser = await launchBrowser();
  phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  tabs = await Promise.all([phone.newPage(), phone.newPage(), phone.newPage()]);
});
afterAll(() => browser?.close());

/** Run `check` over `paths` with the reused tabs working side by side; returns the paths whose result is not null. */
async function sweep<T>(paths: readonly string[], check: (page: Page, path: string) => Promise<T | null>) {
  const queue = [...paths];
  const found: [string, T][] = [];
  await Promise.all(
    tabs.map(async (page) => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        await page.goto(base + p, { waitUntil: 'domcontentloaded' });
        const result = await check(page, p);
        if (result !== null) found.push([p, result]);
      }
    }),
  );
  return found.sort(([a], [b]) => a.localeCompare(b));
}

const sideways = (page: Page) =>
  page.evaluate(() => {
    const extra = document.documentElement.scrollWidth - window.innerWidth;
    return extra > 0 ? extra : null;
  });

describe('phone first', () => {
  it.each([360, 390])('at %i px the header (name, menu, search) is at most 120 px high', async (width) => {
    await Promise.all(tabs.map((t) => t.setViewportSize({ width, height: 800 })));
    const tall = await sweep(['/', '/measures/5/', '/departments/civil-affairs/', '/search/'], async (page) => {
      const box = await page.locator('.site-header').boundingBox();
      const search = page.locator('.site-header input[type="search"]');
      // The search box sits inside the header budget on every page that has one (the search page has its own).
      if ((await search.count()) > 0) {
        const field = (await search.boundingBox())!;
        if (field.y + field.height > box!.y + box!.height) return `search below header: ${field.y}`;
      }
      return box!.height <= 120 ? null : box!.height;
    });
    expect(tall).toEqual([]);
  });

  // Every page at 360 px without sideways scrolling: __e2e__/no-js-and-origin.test.ts, in its sweep of all pages.
  // Here each page of the sample is loaded once and laid out at each width, with 大字号 on (its class, as the button
  // sets it) or off.
  const layouts = [
    { width: 320, large: false }, // 400% zoom of a 1280 px window
    { width: 180, large: false }, // 200% zoom of a 360 px phone
    { width: 320, large: true },
    { width: 360, large: true },
  ] as const;
  it(`no page of each template scrolls sideways at ${layouts.map((l) => `${l.width} px${l.large ? ' with 大字号' : ''}`).join(', ')}`, async () => {
    const wide = await sweep(templates, async (page) => {
      const found: string[] = [];
      for (const { width, large } of layouts) {
        await page.setViewportSize({ width, height: 640 });
        const extra = await page.evaluate(
          ([cls, on]) => {
            document.documentElement.classList.toggle(cls, on);
            return document.documentElement.scrollWidth - window.innerWidth;
          },
          [LARGE_CLASS, large] as const,
        );
        if (extra > 0) found.push(`${width} px${large ? ' 大字号' : ''}: ${extra} px`);
      }
      return found.length > 0 ? found : null;
    });
    expect(wide).toEqual([]);
  });

  it('on a measure page at 390 px the breadcrumb is one line and the h1 starts within 170 px', async () => {
    const page = tabs[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/measures/5/`, { waitUntil: 'domcontentloaded' });
    const { crumb, h1, parent } = await page.evaluate(() => ({
      crumb: document.querySelector('.breadcrumb')!.getBoundingClientRect().height,
      h1: document.querySelector('h1')!.getBoundingClientRect().top,
      parent: [...document.querySelectorAll('.breadcrumb a')]
        .filter((a) => a.checkVisibility())
        .map((a) => a.textContent),
    }));
    expect(crumb).toBeLessThanOrEqual(30);
    expect(h1).toBeLessThan(170);
    // The step up: the measure's task group, its whole name still the link's text.
    const group = (await page.locator('.breadcrumb li').nth(-2).textContent())!.trim();
    expect(parent).toEqual([group]);
  });

  it('the /targets/ tables read at 360 px: each row a card that names its fields, nothing sideways', async () => {
    await Promise.all(tabs.map((t) => t.setViewportSize({ width: 360, height: 800 })));
    const bad = await sweep(['/targets/', '/targets/kind/', '/targets/timeframe/'], (page) =>
      page.evaluate(() => {
        const region = document.querySelector('.targets-region')!;
        const right = region.getBoundingClientRect().right;
        const rows = [...document.querySelectorAll<HTMLElement>('tr[data-target]')].filter((r) => r.checkVisibility());
        const problems: string[] = [];
        if (region.scrollWidth > region.clientWidth)
          problems.push(`scrolls ${region.scrollWidth - region.clientWidth} px`);
        for (const row of rows)
          for (const cell of row.querySelectorAll<HTMLElement>('td[data-label]')) {
            if (!cell.checkVisibility()) continue;
            if (cell.getBoundingClientRect().right > right + 1)
              problems.push(`${row.dataset.target} ${cell.dataset.label}: off the card`);
            if (!getComputedStyle(cell, '::before').content.includes(cell.dataset.label!))
              problems.push(`${row.dataset.target} ${cell.dataset.label}: no label`);
          }
        return rows.length === 0 ? ['no rows'] : problems.length > 0 ? problems.slice(0, 5) : null;
      }),
    );
    expect(bad).toEqual([]);
  });

  it('sentence anchors, /targets/ measure numbers and rows of links are at least 24 × 24 px to tap', async () => {
    await Promise.all(tabs.map((t) => t.setViewportSize({ width: 390, height: 844 })));
    const small = await sweep(['/measures/5/', '/plan/', '/targets/', '/departments/', '/'], (page) =>
      page.evaluate(() => {
        const links = document.querySelectorAll(
          '.anchor-link, .targets-catalogue td.num > a, .matrix__measure a, .link-row a',
        );
        const bad = [...links]
          .map((a) => a.getBoundingClientRect())
          .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24))
          .map((r) => `${r.width}×${r.height}`);
        return links.length === 0 ? ['no links found'] : bad.length > 0 ? bad : null;
      }),
    );
    expect(small).toEqual([]);
  });

  it('the menu folds away and opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${base}/measures/5/`);
      const firstLink = page.locator('.site-nav a').first();
      expect(await firstLink.isVisible()).toBe(false);
      await page.locator('.site-menu > summary').click();
      expect(await firstLink.isVisible()).toBe(true);
      expect(await page.locator('.site-nav a[href="/departments/"]').isVisible()).toBe(true);
      // Without JavaScript the 打印 and 大字号 buttons, which need it, are not offered.
      await page.goto(`${base}/departments/civil-affairs/`);
      expect(await page.locator('button[data-print]').isVisible()).toBe(false);
      expect(await page.locator('button[data-text-size]').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('a skip link on a measure page reaches 复制参考文献 within a few Tab presses', async () => {
    const page = tabs[0]!;
    await page.goto(`${base}/measures/5/`, { waitUntil: 'load' });
    let presses = 0;
    let label = '';
    for (; presses < 8 && label !== '复制参考文献'; presses++) {
      await page.keyboard.press(label.startsWith('跳到引用') ? 'Enter' : 'Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('复制参考文献');
    expect(presses).toBeLessThanOrEqual(8);
  });
});

describe('paper', () => {
  const unit = departments.find((d) => d.id === 'civil-affairs')!;

  it('a unit page prints each of its measures in full, its targets and co-listed units, and no navigation', async () => {
    const page = tabs[0]!;
    await page.goto(base + path(unit.url), { waitUntil: 'load' });
    expect(await page.locator('button[data-print]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    try {
      const sheet = page.locator('[data-duty-sheet]');
      expect(await sheet.isVisible()).toBe(true);
      const printed = noSpace(await sheet.innerText());
      expect(unit.measures.length).toBeGreaterThan(0);
      for (const { number } of unit.measures) {
        const m = measures.find((x) => x.number === number)!;
        expect(printed, `measure ${number}`).toContain(noSpace(m.text));
        for (const id of m.targets) expect(printed).toContain(noSpace(targets.get(id)!.statement));
        for (const other of m.units.filter((u) => u.id !== unit.id)) expect(printed).toContain(noSpace(other.name));
      }
      const body = await page.locator('body').innerText();
      expect(body).toContain(unit.url);
      expect(body).toMatch(/\d{4}-\d{2}-\d{2}/u); // the date printed
      expect(await page.locator('nav').filter({ visible: true }).count()).toBe(0);
      expect(await page.locator('footer a, .skip-link, button').filter({ visible: true }).count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('a unit page marks the sentences that name the unit', async () => {
    const counties = departments.find((d) => d.measures.length === measures.length)!;
    const page = tabs[0]!;
    await page.goto(base + path(counties.url), { waitUntil: 'load' });
    const marked = await page.locator('[data-duty-sheet] mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const sentence of marked) expect(measures.some((m) => m.text.includes(sentence))).toBe(true);
  });

  it('a measure page prints its text without navigation, buttons or skip links', async () => {
    const m = measures[4]!;
    const page = tabs[0]!;
    await page.goto(base + path(m.url), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    try {
      expect(noSpace(await page.locator('[data-measure-text]').innerText())).toContain(
        noSpace(m.text.slice(m.title.length + 1)).slice(0, 200),
      );
      expect(await page.locator('nav, button, .skip-link, footer a').filter({ visible: true }).count()).toBe(0);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('larger text (大字号)', () => {
  it('scales the type, is remembered, and still fits a phone', async () => {
    const page = tabs[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/measures/5/`, { waitUntil: 'load' });
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    const button = page.locator('button[data-text-size]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBeGreaterThanOrEqual(normal * 1.2);
    await page.goto(`${base}/departments/`, { waitUntil: 'load' });
    expect(await rootSize()).toBeGreaterThanOrEqual(normal * 1.2);
    expect(await sideways(page)).toBeNull();
    await page.locator('button[data-text-size]').click();
    expect(await rootSize()).toBe(normal);
    await page.reload({ waitUntil: 'load' });
    expect(await rootSize()).toBe(normal);
  });

  it('a remembered choice is applied before first paint: the page does not jump as it loads', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      // At document start, before any script of the page: the choice is stored, and the first frame and every
      // layout shift are watched (the button appearing in the header shifts about 0.002; the class set late, 0.4).
      await context.addInitScript(
        ([key, value, cls]) => {
          localStorage.setItem(key, value);
          const w = window as unknown as { firstFrameLarge?: boolean; shift: number };
          w.shift = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.shift += (e as PerformanceEntry & { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => (w.firstFrameLarge = document.documentElement.classList.contains(cls)));
        },
        [TEXT_SIZE_KEY, TEXT_SIZE_LARGE, LARGE_CLASS] as const,
      );
      const page = await context.newPage();
      const seen: Record<string, { firstFrameLarge?: boolean; shift: number }> = {};
      // One page: every page loads the same boot script from the shared layout (budget.test.ts checks it is in each).
      for (const p of ['/measures/5/']) {
        await page.goto(base + p, { waitUntil: 'load' });
        seen[p] = await page.evaluate(
          () =>
            new Promise((done) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const w = window as unknown as { firstFrameLarge?: boolean; shift: number };
                  done({ firstFrameLarge: w.firstFrameLarge, shift: Math.round(w.shift * 100) / 100 });
                }),
              ),
            ),
        );
      }
      expect(seen).toEqual({ '/measures/5/': { firstFrameLarge: true, shift: 0 } });
    } finally {
      await context.close();
    }
  });
});

describe('trust (built HTML)', () => {
  const city = issuingCity(notice.issuers);
  const name = siteName(city, planInfo.title);
  const attr = (html: string, property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`, 'u').exec(html)?.[1];
  const title = (html: string) => /<title>([^<]*)<\/title>/u.exec(html)?.[1] ?? '';

  it('the issuing city comes from the notice header', () => expect(city).toBe('吴忠市'));

  it('every <title>, og:title and og:site_name carries the site name', () => {
    const wrong = pages
      .filter((p) => {
        const t = decodeEntities(title(p.html));
        return (
          !t.endsWith(name) ||
          decodeEntities(attr(p.html, 'og:site_name') ?? '') !== name ||
          decodeEntities(attr(p.html, 'og:title') ?? '') !== t
        );
      })
      .map((p) => p.path);
    expect(wrong).toEqual([]);
  });

  describe('JSON-LD on every page', () => {
    type Ld = { [key: string]: unknown };
    const blocks = (html: string) =>
      [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/gu)].map(
        (m) => JSON.parse(m[1]!) as Ld,
      );
    /** Every object in a block, nested ones too. */
    const objects = (value: unknown): Ld[] =>
      Array.isArray(value)
        ? value.flatMap(objects)
        : value && typeof value === 'object'
          ? [value as Ld, ...Object.values(value).flatMap(objects)]
          : [];
    const all = pages.flatMap((p) => blocks(p.html).flatMap((b) => objects(b).map((o) => ({ path: p.path, o }))));
    const home = /<link rel="canonical" href="([^"]*)"/u.exec(pages.find((p) => p.path === '/')!.html)![1]!;
    const planUrl = new URL('/plan/', home).href;

    it('names the plan and the site by the site name wherever it names them (isPartOf, the plan itself)', () => {
      const named = all.filter(({ o }) => o['@id'] === planUrl || o['@type'] === 'WebSite');
      const parents = all.flatMap(({ path, o }) => (o.isPartOf ? [{ path, o: o.isPartOf as Ld }] : []));
      expect(named.length).toBeGreaterThanOrEqual(2);
      expect(parents.length).toBeGreaterThan(measures.length);
      expect(
        [...named, ...parents].filter(({ o }) => o.name !== name).map(({ path, o }) => `${path}: ${String(o.name)}`),
      ).toEqual([]);
    });

    it('keeps the issuing offices as the plan’s author, names no publisher, and points at the official publication', () => {
      const plans = all.filter(({ o }) => o['@id'] === planUrl && o.author);
      expect(plans.map(({ path }) => path).sort()).toEqual(['/', '/plan/']);
      for (const { o } of plans) {
        expect((o.author as Ld[]).map((a) => a.name)).toEqual(notice.signatories);
        expect(o.isBasedOn).toBe(reviewed.officialPublication.url);
        expect(o.alternateName).toContain(planInfo.title);
      }
      expect(all.filter(({ o }) => 'publisher' in o).map(({ path }) => path)).toEqual([]);
    });
  });

  it('/about/ names the official source, and every footer links to /about/', () => {
    const about = pages.find((p) => p.path === '/about/')!;
    expect(about.html).toContain(`href="${reviewed.officialPublication.url}"`);
    for (const s of notice.signatories) expect(about.html).toContain(s);
    expect(
      pages.filter((p) => !/<footer[\s\S]*href="\/about\/"[\s\S]*<\/footer>/u.test(p.html)).map((p) => p.path),
    ).toEqual([]);
  });

  it('the metadata panel shows the basis the preamble cites and says the text has no 发文字号', () => {
    const basis = basisDocument(
      mdxParagraphs(readContent('content/plan/document/plan.mdx').replace(/^---[\s\S]*?---\n/u, '')).join(''),
    );
    const plan = pages.find((p) => p.path === '/plan/')!;
    const panel = /<section class="metadata-panel[\s\S]*?<\/section>/u.exec(plan.html)?.[0] ?? '';
    // The dd's whole text: its span of years is a no-break span inside it.
    const basisText = /data-basis[^>]*>([\s\S]*?)<\/dd>/u.exec(panel)?.[1]?.replace(/<[^>]*>/gu, '') ?? '';
    expect(decodeEntities(basisText)).toContain(basis!.number);
    expect(/data-doc-number[^>]*>([^<]*)</u.exec(panel)?.[1]).toContain('未载明');
  });
});

describe('plain words (built HTML)', () => {
  const main = (html: string) => htmlText(/<main[\s\S]*?<\/main>/u.exec(html)?.[0] ?? '');
  const groupPages = pages.filter((p) => /^\/groups\/\d+\/$/u.test(p.path));

  it('the tasks section is the one the test reads', () => expect(tasksTitle).toBe('主要任务'));

  it('task group pages say which unit the text lists first in plain words, never 列首位', () => {
    expect(groupPages.length).toBeGreaterThan(0);
    expect(groupPages.filter((p) => main(p.html).includes('列首位')).map((p) => p.path)).toEqual([]);
    for (const p of groupPages) expect(main(p.html)).toMatch(/责任单位 \d+ 家\uFF0C原文列在第一位的是/u);
  });

  it('the task groups have one name: every link to /groups/ says 主要任务, and no page says 按方面', () => {
    const links = pages.flatMap((p) =>
      [...p.html.matchAll(/<a [^>]*href="\/groups\/"[^>]*>([\s\S]*?)<\/a>/gu)].map((m) => htmlText(m[1]!)),
    );
    expect(links.length).toBeGreaterThan(pages.length);
    expect([...new Set(links.filter((text) => !text.includes(tasksTitle)))]).toEqual([]);
    expect(pages.filter((p) => main(p.html).includes('按方面')).map((p) => p.path)).toEqual([]);
  });

  it('/about/ counts the task groups as the plan’s own, not among the site’s help', () => {
    const about = pages.find((p) => p.path === '/about/')!.html;
    const parts = /<section aria-labelledby="parts-h"[^>]*>[\s\S]*?<\/section>/u.exec(about)![0];
    const [own, help] = parts.split(/<strong[^>]*>[^<]*本站的帮助/u) as [string, string];
    expect(own).toContain('href="/groups/"');
    expect(help).not.toContain('href="/groups/"');
  });
});
