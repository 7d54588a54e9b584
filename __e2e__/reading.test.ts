/**
 * The reading pages in a real browser. Expectations come from the open data files in dist/ (/data/*.json, built from
 * the collections) and from content/plan/*.mdx frontmatter — never from the page under test.
 *
 * Speed: one browser, one context per kind (JavaScript off / on), each with one reused tab. Pages that are only read
 * are loaded side by side as iframes of that tab (one document load each, in parallel, no navigation of the tab), and
 * each page's facts are read with one evaluate returning a plain object; the assertions run in Node.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesOf, launchBrowser } from '../tools/lib/browser.ts';
import { issuingCity, siteName } from '../src/site/meta/plan-meta.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const contentDir = fileURLToPath(new URL('../content/plan/', import.meta.url));
const frontmatter = <T>(path: string): T =>
  load(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(contentDir, path), 'utf8'))![1]!) as T;

interface MeasureData {
  number: number;
  /** The marker as the text writes it (1. / 1、 / …): pages print it, never one rebuilt from the number. */
  marker: string;
  title: string;
  group: { number: number; title: string };
  url: string;
  units: { id: string; name: string; role: string }[];
  targets: string[];
}
interface TargetData {
  id: string;
  measure: number;
  statement: string;
  indicator: string;
  value: number;
  unit: string;
  kind: string;
  year: number | null;
}
const measures = json<MeasureData[]>('data/measures.json');
const targets = json<TargetData[]>('data/targets.json');
const notice = frontmatter<{ signatories: string[]; date: string; dateText: string; issuers: string[] }>(
  'document/notice.mdx',
);
const planInfo = frontmatter<{ title: string; period: { start: number; end: number } }>('document/plan.mdx');
const groups = readdirSync(join(contentDir, 'groups')).map((f) =>
  frontmatter<{ number: number; marker: string; title: string; measures: number[] }>(`groups/${f}`),
);
const safeguards = readdirSync(join(contentDir, 'safeguards')).map((f) =>
  frontmatter<{ number: number; marker: string; title: string }>(`safeguards/${f}`),
);
const path = (url: string) => new URL(url).pathname;

let browser: Browser;
let jsOff: BrowserContext;
let jsOn: BrowserContext;
let offPage: Page;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  jsOff = await browser.newContext({ javaScriptEnabled: false });
  // The citation test reads the clipboard; granting it up front changes nothing for the other pages.
  jsOn = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  [offPage, page] = await Promise.all([jsOff.newPage(), jsOn.newPage()]);
  // A same-origin document to hold the iframes (their src are then plain paths).
  await Promise.all([offPage.goto(`${base}/404.html`), page.goto(`${base}/404.html`)]);
});
afterAll(() => browser?.close());

/** Loaded once, on first use: every measure page with JavaScript off. */
let offMeasures: Promise<Map<string, Frame>> | undefined;
const measureFramesJsOff = () =>
  (offMeasures ??= framesOf(
    offPage,
    base,
    measures.map((m) => path(m.url)),
  ));

describe('the data the tests rely on', () => {
  it('has 20 measures, 7 groups, 4 safeguards and targets', () => {
    expect(measures).toHaveLength(20);
    expect(groups).toHaveLength(7);
    expect(safeguards).toHaveLength(4);
    expect(targets.length).toBeGreaterThan(20);
  });
});

describe('measure pages', () => {
  // With JavaScript off, so this also shows each page works without it (the tests below run with it on).
  it('every measure shows its title, units and targets, JavaScript off', async () => {
    const frames = await measureFramesJsOff();
    for (const m of measures) {
      const own = targets.filter((t) => t.measure === m.number);
      // One round trip per page. A selector that should name one element gives null unless exactly one matches
      // (as a Playwright locator would refuse); visible = rendered with a box, as Playwright's isVisible.
      const shown = await frames.get(path(m.url))!.evaluate(
        ({ unitIds, targetIds }) => {
          const only = (sel: string) => {
            const all = document.querySelectorAll<HTMLElement>(sel);
            return all.length === 1 ? all[0]! : null;
          };
          const visible = (el: Element | null) => {
            if (!el?.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          };
          const read = (sel: string) => {
            const el = only(sel);
            return { visible: visible(el), text: el?.innerText ?? null };
          };
          return {
            h1: only('main h1')?.innerText ?? null,
            textVisible: visible(only('[data-measure-text]')),
            unitCount: document.querySelectorAll('[data-unit-list] > li').length,
            units: unitIds.map((id) => read(`[data-unit-list] > li[data-unit="${id}"]`)),
            rowCount: document.querySelectorAll('[data-target-row]').length,
            links: targetIds.map((id) => read(`[data-target-row="${id}"] a[href="#${id}"]`)),
            sentences: targetIds.map((id) => only(`[data-measure-text] [id="${id}"]`)?.innerText ?? null),
          };
        },
        { unitIds: m.units.map((u) => u.id), targetIds: own.map((t) => t.id) },
      );
      const where = `measure ${m.number}`;
      expect(shown.h1, where).toContain(m.title);
      expect(shown.h1?.startsWith(m.marker), `${where}: the heading starts with the marker as written`).toBe(true);
      expect(shown.textVisible, where).toBe(true);

      expect(shown.unitCount, where).toBe(m.units.length);
      for (const [i, u] of m.units.entries()) {
        const item = shown.units[i]!;
        expect(item.visible, `${where} unit ${u.id}`).toBe(true);
        expect(item.text, `${where} unit ${u.id}`).toContain(u.name);
        expect(item.text!.includes('列首位'), `${where} unit ${u.id} 列首位`).toBe(i === 0);
      }

      expect(
        own.map((t) => t.id),
        where,
      ).toEqual(m.targets);
      expect(shown.rowCount, where).toBe(own.length);
      for (const [i, t] of own.entries()) {
        expect(shown.links[i]!.visible, `${where} row ${t.id}`).toBe(true);
        expect(shown.links[i]!.text, `${where} row ${t.id}`).toBe(t.indicator);
        expect(shown.sentences[i], `${where} sentence ${t.id}`).toBe(t.statement);
      }
    }
  });

  it('a target link lands on its sentence', async () => {
    const t = targets.filter((x) => x.measure === 1).at(-1)!;
    await page.setViewportSize({ width: 390, height: 700 });
    try {
      await page.goto(`${base}/measures/1/`, { waitUntil: 'load' });
      await page.locator(`[data-target-row="${t.id}"] a`).click();
      await page.waitForFunction((id) => location.hash === `#${id}`, t.id);
      const state = await page.locator(`[id="${t.id}"]`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { target: el.matches(':target'), inView: r.top >= 0 && r.top < innerHeight && r.bottom > 0 };
      });
      expect(state).toEqual({ target: true, inView: true });
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('the citation copies, with the reader’s date as 引用日期 and the address the reader loaded', async () => {
    const m = measures[4]!;
    // The build's address (SITE_URL) is replaced by the one actually loaded (here the test server's origin).
    const loaded = new URL(path(m.url), base).href;
    const expected = `${notice.signatories.join(', ')}. ${planInfo.title}[EB/OL]. (${notice.date})[2031-05-06]. ${loaded}.`;
    // The clock belongs to the context: later pages of this file see the same fixed day (none of them shows it).
    await page.clock.setFixedTime(new Date('2031-05-06T10:00:00'));
    await page.goto(base + path(m.url), { waitUntil: 'load' });
    const box = page.locator('[data-citation-box]');
    expect(await box.locator('[data-citation]').innerText()).toBe(expected);

    await box.getByRole('button', { name: '复制参考文献' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => box.locator('[data-copy-status]').innerText()).toBe('已复制参考文献');

    await box.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(loaded);
    await box.getByRole('button', { name: '复制简短引用' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${siteName(issuingCity(notice.issuers), planInfo.title)}第${m.number}项`);
  });

  it('without JavaScript the citation is plain text and the copy buttons stay hidden', async () => {
    const m = measures[0]!;
    // The JavaScript-off load of this page from the first test.
    const shown = await (await measureFramesJsOff()).get(path(m.url))!.evaluate(() => {
      const citations = document.querySelectorAll<HTMLElement>('[data-citation]');
      const buttons = [...document.querySelectorAll('[data-citation-box] button')];
      return {
        citation: citations.length === 1 ? citations[0]!.innerText : null,
        buttonsVisible: buttons.map((b) => {
          const r = b.getBoundingClientRect();
          return b.checkVisibility() && getComputedStyle(b).visibility === 'visible' && r.width > 0 && r.height > 0;
        }),
        userSelect: citations.length === 1 ? getComputedStyle(citations[0]!).userSelect : null,
      };
    });
    expect(shown.citation).toMatch(
      new RegExp(
        `^${notice.signatories.join(', ')}\\. .+\\[EB/OL\\]\\. \\(${notice.date}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${m.url.replace(/[.]/gu, '\\.')}\\.$`,
        'u',
      ),
    );
    expect(shown.buttonsVisible).toEqual([false, false, false]);
    // The text can be selected and copied by hand.
    expect(shown.userSelect).not.toBeNull();
    expect(shown.userSelect).not.toBe('none');
  });

  it('prints its URL and citation', async () => {
    const m = measures[2]!;
    await page.goto(base + path(m.url), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    try {
      const shown = await page.evaluate(() => {
        const visible = (el: Element | null) => {
          if (!el?.checkVisibility() || getComputedStyle(el).visibility !== 'visible') return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0;
        };
        const only = (sel: string) => {
          const all = document.querySelectorAll<HTMLElement>(sel);
          return all.length === 1 ? all[0]! : null;
        };
        return {
          box: visible(only('[data-citation-box]')),
          printOnly: only('.print-only')?.innerText ?? null,
          prevNext: visible(only('nav.prev-next')),
          buttons: [...document.querySelectorAll('[data-citation-box] button')].map(visible),
        };
      });
      expect(shown.box).toBe(true);
      expect(shown.printOnly).toContain(m.url);
      expect(shown.prevNext).toBe(false);
      for (const visible of shown.buttons) expect(visible).toBe(false);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
});

describe('home, task groups, safeguards', () => {
  // Read-only pages, JavaScript on (as readers see them): loaded together, once.
  const groupPaths = groups.map((g) => `/groups/${g.number}/`);
  let frames: Map<string, Frame>;
  beforeAll(async () => {
    frames = await framesOf(page, base, ['/', '/groups/', ...groupPaths, '/safeguards/']);
  });

  it('home says what the plan is, and links each headline figure to its sentence', async () => {
    const shown = await frames.get('/')!.evaluate(
      (hrefs) => {
        const mains = document.querySelectorAll('main');
        const h1s = document.querySelectorAll<HTMLElement>('main h1');
        return {
          main: mains.length === 1 ? mains[0]!.innerText : null,
          h1: h1s.length === 1 ? h1s[0]!.innerText : null,
          links: hrefs.map((h) => document.querySelectorAll(`main a[href="${h}"]`).length),
          figures: [...document.querySelectorAll<HTMLElement>('[data-headline]')].map((f) => {
            const links = f.querySelectorAll('a');
            return {
              id: f.getAttribute('data-headline'),
              href: links.length === 1 ? links[0]!.getAttribute('href') : null,
              text: f.innerText,
            };
          }),
        };
      },
      measures.map((m) => `/measures/${m.number}/`),
    );
    expect(shown.h1).toBe(planInfo.title);
    for (const s of notice.signatories) expect(shown.main).toContain(s);
    expect(shown.main).toContain(notice.dateText);
    expect(shown.main).toContain(`${planInfo.period.start}—${planInfo.period.end}`);
    for (const g of groups) expect(shown.main).toContain(`${g.marker}${g.title}`);
    for (const [i, m] of measures.entries()) expect(shown.links[i], `measure ${m.number}`).toBeGreaterThan(0);

    expect(shown.figures.length).toBeGreaterThan(2);
    for (const figure of shown.figures) {
      const t = targets.find((x) => x.id === figure.id)!;
      expect(t, `headline ${figure.id}`).toMatchObject({ kind: 'target', year: planInfo.period.end });
      expect(figure.href).toBe(`/measures/${t.measure}/#${t.id}`);
      expect(figure.text).toContain(t.indicator);
      expect(figure.text).toContain(`${t.value}${t.unit}`);
    }
  });

  it('/groups/ and /groups/N/ list each group’s measures', async () => {
    /** innerText of the one element matching each selector (null unless exactly one matches). */
    const texts = (frame: Frame, selectors: string[]) =>
      frame.evaluate((sels) => {
        return sels.map((sel) => {
          const all = document.querySelectorAll<HTMLElement>(sel);
          return all.length === 1 ? all[0]!.innerText : null;
        });
      }, selectors);
    expect(
      await texts(
        frames.get('/groups/')!,
        groupPaths.map((p) => `main a[href="${p}"]`),
      ),
    ).toEqual(groups.map((g) => `${g.marker}${g.title}`));
    for (const g of groups) {
      const frame = frames.get(`/groups/${g.number}/`)!;
      const [h1, ...titles] = await texts(frame, [
        'main h1',
        ...g.measures.map((n) => `main a[href="/measures/${n}/"]`),
      ]);
      expect(h1, `group ${g.number}`).toBe(`${g.marker}${g.title}`);
      const listed = await frame.evaluate(() =>
        [...document.querySelectorAll('main [data-measure]')].map((e) => Number(e.getAttribute('data-measure'))),
      );
      expect(listed, `group ${g.number}`).toEqual(g.measures);
      for (const [i, n] of g.measures.entries()) {
        const m = measures.find((x) => x.number === n)!;
        expect(m.group.number).toBe(g.number);
        expect(titles[i], `group ${g.number} measure ${n}`).toContain(m.title);
        expect(titles[i]?.startsWith(m.marker), `group ${g.number} measure ${n}: marker as written`).toBe(true);
      }
    }
  });

  it('/safeguards/ shows the items with their markers', async () => {
    const headings = await frames
      .get('/safeguards/')!
      .evaluate(() => [...document.querySelectorAll<HTMLElement>('main h2')].map((h) => h.innerText));
    expect(headings.map((h) => h.trim())).toEqual(
      safeguards.sort((a, b) => a.number - b.number).map((s) => `${s.marker}${s.title}`),
    );
  });
});

describe('404', () => {
  it('an unknown address gets the 404 page, not indexed', async () => {
    const response = await page.goto(`${base}/measures/999/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    const shown = await page.evaluate(() => {
      const robots = document.querySelectorAll('meta[name="robots"]');
      return {
        robots: robots.length === 1 ? robots[0]!.getAttribute('content') : null,
        homeLinks: document.querySelectorAll('main a[href="/"]').length,
      };
    });
    expect(shown.robots).toBe('noindex');
    expect(shown.homeLinks).toBeGreaterThan(0);
  });
});
