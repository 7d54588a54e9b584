/**
 * The reading pages in a real browser. Expectations come from the open data files in dist/ (/data/*.json, built from
 * the collections) and from content/plan/*.mdx frontmatter — never from the page under test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { issuingCity, siteName } from '../src/utils/plan-meta.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const contentDir = fileURLToPath(new URL('../content/plan/', import.meta.url));
const frontmatter = <T>(path: string): T =>
  load(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(contentDir, path), 'utf8'))![1]!) as T;

interface MeasureData {
  number: number;
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
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function withPage<T>(
  options: Parameters<Browser['newContext']>[0],
  fn: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

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
    await withPage({ javaScriptEnabled: false }, async (page) => {
      for (const m of measures) {
        await page.goto(base + path(m.url), { waitUntil: 'load' });
        const where = `measure ${m.number}`;
        expect(await page.locator('main h1').innerText(), where).toContain(m.title);
        expect(await page.locator('[data-measure-text]').isVisible(), where).toBe(true);

        const unitItems = page.locator('[data-unit-list] > li');
        expect(await unitItems.count(), where).toBe(m.units.length);
        for (const [i, u] of m.units.entries()) {
          const item = page.locator(`[data-unit-list] > li[data-unit="${u.id}"]`);
          expect(await item.isVisible(), `${where} unit ${u.id}`).toBe(true);
          expect(await item.innerText()).toContain(u.name);
          expect((await item.innerText()).includes('列首位'), `${where} unit ${u.id} 列首位`).toBe(i === 0);
        }

        const own = targets.filter((t) => t.measure === m.number);
        expect(
          own.map((t) => t.id),
          where,
        ).toEqual(m.targets);
        expect(await page.locator('[data-target-row]').count(), where).toBe(own.length);
        for (const t of own) {
          const link = page.locator(`[data-target-row="${t.id}"] a[href="#${t.id}"]`);
          expect(await link.isVisible(), `${where} row ${t.id}`).toBe(true);
          expect(await link.innerText()).toBe(t.indicator);
          const sentence = page.locator(`[data-measure-text] [id="${t.id}"]`);
          expect(await sentence.innerText(), `${where} sentence ${t.id}`).toBe(t.statement);
        }
      }
    });
  });

  it('a target link lands on its sentence', async () => {
    const t = targets.filter((x) => x.measure === 1).at(-1)!;
    await withPage({ viewport: { width: 390, height: 700 } }, async (page) => {
      await page.goto(`${base}/measures/1/`, { waitUntil: 'load' });
      await page.locator(`[data-target-row="${t.id}"] a`).click();
      await page.waitForFunction((id) => location.hash === `#${id}`, t.id);
      const state = await page.locator(`[id="${t.id}"]`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { target: el.matches(':target'), inView: r.top >= 0 && r.top < innerHeight && r.bottom > 0 };
      });
      expect(state).toEqual({ target: true, inView: true });
    });
  });

  it('the citation copies, with the reader’s date as 引用日期 and the address the reader loaded', async () => {
    const m = measures[4]!;
    // The build's address (SITE_URL) is replaced by the one actually loaded (here the test server's origin).
    const loaded = new URL(path(m.url), base).href;
    const expected = `${notice.signatories.join(', ')}. ${planInfo.title}[EB/OL]. (${notice.date})[2031-05-06]. ${loaded}.`;
    await withPage({ permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
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
  });

  it('without JavaScript the citation is plain text and the copy buttons stay hidden', async () => {
    const m = measures[0]!;
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(base + path(m.url), { waitUntil: 'load' });
      const citation = await page.locator('[data-citation]').innerText();
      expect(citation).toMatch(
        new RegExp(
          `^${notice.signatories.join(', ')}\\. .+\\[EB/OL\\]\\. \\(${notice.date}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${m.url.replace(/[.]/gu, '\\.')}\\.$`,
          'u',
        ),
      );
      expect(await page.locator('[data-citation-box] button').count()).toBe(3);
      for (const button of await page.locator('[data-citation-box] button').all())
        expect(await button.isVisible()).toBe(false);
      // The text can be selected and copied by hand.
      expect(await page.locator('[data-citation]').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
    });
  });

  it('prints its URL and citation', async () => {
    const m = measures[2]!;
    await withPage({}, async (page) => {
      await page.goto(base + path(m.url), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('[data-citation-box]').isVisible()).toBe(true);
      expect(await page.locator('.print-only').innerText()).toContain(m.url);
      expect(await page.locator('nav.prev-next').isVisible()).toBe(false);
      for (const button of await page.locator('[data-citation-box] button').all())
        expect(await button.isVisible()).toBe(false);
    });
  });
});

describe('home', () => {
  it('says what the plan is, and links each headline figure to its sentence', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${base}/`, { waitUntil: 'load' });
      const main = await page.locator('main').innerText();
      expect(await page.locator('main h1').innerText()).toBe(planInfo.title);
      for (const s of notice.signatories) expect(main).toContain(s);
      expect(main).toContain(notice.dateText);
      expect(main).toContain(`${planInfo.period.start}—${planInfo.period.end}`);
      for (const g of groups) expect(main).toContain(`${g.marker}${g.title}`);
      for (const m of measures)
        expect(
          await page.locator(`main a[href="/measures/${m.number}/"]`).count(),
          `measure ${m.number}`,
        ).toBeGreaterThan(0);

      const figures = page.locator('[data-headline]');
      expect(await figures.count()).toBeGreaterThan(2);
      for (const figure of await figures.all()) {
        const id = await figure.getAttribute('data-headline');
        const t = targets.find((x) => x.id === id)!;
        expect(t).toMatchObject({ kind: 'target', year: planInfo.period.end });
        expect(await figure.locator('a').getAttribute('href')).toBe(`/measures/${t.measure}/#${t.id}`);
        const text = await figure.innerText();
        expect(text).toContain(t.indicator);
        expect(text).toContain(`${t.value}${t.unit}`);
      }
    });
  });
});

describe('task groups, safeguards, 404', () => {
  it('/groups/ and /groups/N/ list each group’s measures', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${base}/groups/`, { waitUntil: 'load' });
      for (const g of groups)
        expect(await page.locator(`main a[href="/groups/${g.number}/"]`).innerText()).toBe(`${g.marker}${g.title}`);
      for (const g of groups) {
        await page.goto(`${base}/groups/${g.number}/`, { waitUntil: 'load' });
        expect(await page.locator('main h1').innerText()).toBe(`${g.marker}${g.title}`);
        const listed = await page
          .locator('main [data-measure]')
          .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-measure'))));
        expect(listed).toEqual(g.measures);
        for (const n of g.measures) {
          const m = measures.find((x) => x.number === n)!;
          expect(m.group.number).toBe(g.number);
          expect(await page.locator(`main a[href="/measures/${n}/"]`).innerText()).toContain(m.title);
        }
      }
    });
  });

  it('/safeguards/ shows the items with their markers', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${base}/safeguards/`, { waitUntil: 'load' });
      const headings = await page.locator('main h2').allInnerTexts();
      expect(headings.map((h) => h.trim())).toEqual(
        safeguards.sort((a, b) => a.number - b.number).map((s) => `${s.marker}${s.title}`),
      );
    });
  });

  it('an unknown address gets the 404 page, not indexed', async () => {
    await withPage({}, async (page) => {
      const response = await page.goto(`${base}/measures/999/`, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    });
  });
});
