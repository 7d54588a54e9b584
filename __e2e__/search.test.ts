/**
 * Search, in real Chromium against the built Pagefind index: what is indexed, Chinese segmentation, the quality
 * table (__e2e__/search-queries.ts) run through the search page as readers use it, filters, shareable links,
 * hostile input, the page without JavaScript, and Pagefind under a strict CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlText } from '../src/domain/text/html.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGEFIND_OPTIONS } from '../src/search/options.ts';
import { axeCheck, axeContext } from './axe.ts';
import { launchBrowser } from '../tools/lib/browser.ts';
import {
  everydayRows,
  measureAliasRows,
  noMatchRows,
  prefixRows,
  termRows,
  titleWordRows,
  topicRows,
  unitPageRows,
  type DepartmentRecord,
  type MeasureRecord,
  type QualityRow,
} from './search-queries.ts';
import { resultsSettled, runQueries, submitSearch, type QueryOutcome } from '../tools/lib/search-driver.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const pages = builtPages(dist);
const departments: DepartmentRecord[] = JSON.parse(readFileSync(join(dist, 'data/departments.json'), 'utf8'));
const measures: (MeasureRecord & {
  group: { number: number; title: string };
  units: { id: string; name: string }[];
})[] = JSON.parse(readFileSync(join(dist, 'data/measures.json'), 'utf8'));
const searchHtml = readFileSync(join(dist, 'search/index.html'), 'utf8');

const rows: QualityRow[] = [
  ...measureAliasRows(departments),
  ...everydayRows,
  ...termRows,
  ...unitPageRows(departments),
  ...noMatchRows,
  ...prefixRows,
  ...topicRows,
  ...titleWordRows(measures),
];

let browser: Browser;
let context: BrowserContext;
let searchPage: Page;
/** A second tab of the same context, reused by every test that opens a search page from a link. */
let linkPage: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  [searchPage, linkPage] = await Promise.all([context.newPage(), context.newPage()]);
  await searchPage.goto(`${base}/search/`, { waitUntil: 'load' });
});
afterAll(() => browser?.close());

interface Shown {
  status: string;
  search: string;
  results: { href: string; title: string; meta: string; excerpt: string; marks: string[]; excerptTags: string[] }[];
}

/** Reads what the search page shows once its newest search has rendered. */
async function shown(page: Page): Promise<Shown> {
  await resultsSettled(page);
  return page.evaluate(() => ({
    status: document.querySelector('[data-search-status]')?.textContent ?? '',
    search: window.location.search,
    results: [...document.querySelectorAll('[data-search-results] li')].map((li) => {
      const excerpt = li.querySelector('.search-result__excerpt')!;
      return {
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent ?? '',
        meta: li.querySelector('.search-result__meta')?.textContent ?? '',
        excerpt: excerpt.textContent ?? '',
        marks: [...excerpt.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        excerptTags: [...excerpt.querySelectorAll('*')].map((e) => e.tagName),
      };
    }),
  }));
}

/** Types a query (and optionally filters) into the search page's form and submits it, as a reader does. */
async function ask(q: string, filters: Record<string, string> = {}, page = searchPage): Promise<Shown> {
  await submitSearch(page, q, filters);
  return shown(page);
}

/**
 * Runs `body` in the page with `pf` bound to Pagefind's browser API (configured as the search page configures it).
 * Written as source text: Vitest would otherwise rewrite the dynamic import() for Node.
 */
function withPagefind<T>(page: Page, body: string, arg: unknown = null): Promise<T> {
  return page.evaluate(
    `(async (arg) => { const pf = await import('/pagefind/pagefind.js'); await pf.options(${JSON.stringify(PAGEFIND_OPTIONS)}); ${body} })(${JSON.stringify(arg)})`,
  );
}

/** Pagefind's own answer in the page (no expansion, no phrase check): what the index itself holds. */
function raw(q: string | null): Promise<{ url: string; content: string; excerpt: string }[]> {
  if (q === null) return (everything ??= rawSearch(null));
  return rawSearch(q);
}
/** Every indexed page with its data: read once, shared by the tests of the index. */
let everything: Promise<{ url: string; content: string; excerpt: string }[]> | undefined;
function rawSearch(q: string | null): Promise<{ url: string; content: string; excerpt: string }[]> {
  return withPagefind(
    searchPage,
    `const search = await pf.search(arg);
     return Promise.all(search.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content, excerpt: d.excerpt }; }));`,
    q,
  );
}

const m = (n: number) => `/measures/${n}/`;
/** Visible text of some HTML, roughly (enough to compare runs of characters). */
const text = htmlText;
const marked = pages.filter((p) => /<main\b[^>]*\sdata-pagefind-body[\s>=]/u.test(p.html));

describe('the index', () => {
  it('is built by `npm run build` into dist/pagefind/, in Chinese', () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
  });

  it('holds exactly the pages whose <main> is marked, every measure among them, not the search page', async () => {
    const indexed = (await raw(null)).map((r) => r.url).sort();
    expect(indexed).toEqual(marked.map((p) => p.path).sort());
    for (const x of measures) expect(indexed).toContain(m(x.number));
    expect(indexed).not.toContain('/search/');
  });

  it('indexes only <main>: no page’s indexed text has its header, navigation, breadcrumb or footer text', async () => {
    const content = new Map((await raw(null)).map((r) => [r.url, r.content]));
    const leaks = marked.flatMap((p) => {
      const main = /<main\b[^>]*>([\s\S]*)<\/main>/u.exec(p.html)![1]!;
      // Compared without whitespace: inline elements (a linked glossary term inside a title) split <main>'s text.
      const inMain = text(main).replace(/\s+/gu, '');
      // Runs of 4+ characters outside <main> (skip link, site title, nav, search label, footer) that <main> lacks.
      const chrome = text(
        p.html
          .replace(main, ' ')
          .replace(/<head>[\s\S]*<\/head>/u, ' ')
          .replace(/<div hidden[\s\S]*?<\/div>/u, ' '),
      )
        .split(/[\s·,。:、()|]+/u)
        .filter((run) => run.length >= 4 && !inMain.includes(run));
      return chrome.filter((run) => content.get(p.path)?.includes(run)).map((run) => `${p.path}: ${run}`);
    });
    expect(leaks).toEqual([]);
  });

  it('holds no page furniture: citation boxes, build dates, copy buttons, URLs, notes about the site', async () => {
    // Pagefind separates the words of Chinese text with zero-width spaces in `content`.
    const all = (await raw(null)).map((r) => ({ url: r.url, content: r.content.replace(/\u200b/gu, '') }));
    const built = new Date().getFullYear();
    const furniture = ['http', 'localhost', '复制', '引用本项', '参考文献', '本页链接', '[EB/OL]', `${built}-`];
    const leaks = all.flatMap((p) => furniture.filter((f) => p.content.includes(f)).map((f) => `${p.url}: ${f}`));
    expect(leaks).toEqual([]);
  });

  it('indexes a measure’s sentences once, on its own page: not again where the full text, groups, targets or resident pages quote them', async () => {
    const all = (await raw(null)).map((r) => ({ url: r.url, content: r.content.replace(/[\u200b\s]/gu, '') }));
    const gathering = all.filter((p) => /^\/(plan|groups|for|targets)\//u.test(p.url));
    expect(gathering.length).toBeGreaterThan(20);
    const sentences = measures.flatMap((x) =>
      x.text
        .split('\u3002')
        .map((t) => t.replace(/\s/gu, ''))
        // Titles are the links to the measures: listed, not quoted.
        .filter((t) => t.length >= 12 && !t.includes(x.title.replace(/\s/gu, '')))
        .map((t) => ({ n: x.number, t })),
    );
    for (const { n, t } of sentences) expect(all.find((p) => p.url === m(n))?.content, `${m(n)}: ${t}`).toContain(t);
    const repeated = gathering.flatMap((p) =>
      sentences.filter((s) => p.content.includes(s.t)).map((s) => `${p.url}: ${s.t}`),
    );
    expect(repeated).toEqual([]);
    // The full text keeps what no other page has (the notice, the preamble).
    expect(all.find((p) => p.url === '/plan/')!.content.length).toBeGreaterThan(200);
  });

  it('keeps index-only words (aliases, everyday words, filter values) out of every page’s indexed text', async () => {
    const all = await raw(null);
    const m11 = all.find((r) => r.url === m(11))!;
    expect(m11.content).toContain('住房租赁');
    for (const hidden of ['租房', '金融局', '住建局']) expect(m11.content).not.toContain(hidden);
    // …while the index still answers them (metadata), so any Pagefind client finds the page.
    expect((await raw('租房')).map((r) => r.url)).toContain(m(11));
  });
});

describe('Chinese segmentation of multi-character policy terms', () => {
  it.each([
    ['滩羊', [1, 14, 16]],
    ['冷凉蔬菜', [1]],
    ['公益性岗位', [5]],
    ['创业担保贷款', [6]],
  ] as const)(
    '%s finds exactly the measures that say it, ahead of other measures and near the top',
    async (q, expected) => {
      const urls = (await raw(q)).map((r) => r.url);
      // Pages that quote a measure (e.g. /industries/ quotes measure 1) may rank among them; other measures may not.
      const measures = urls.filter((u) => u.startsWith('/measures/'));
      expect(measures.slice(0, expected.length).sort()).toEqual(expected.map(m).sort());
      for (const n of expected) expect(urls.indexOf(m(n))).toBeLessThan(expected.length + 2);
    },
  );
});

describe('measure pages are found by their units’ aliases', () => {
  const cases = departments
    .filter((d) => d.measures.length > 0)
    .flatMap((d) => d.aliases.map((alias) => [alias, d] as const));
  it.each(cases)('%s finds every measure that names the unit', async (alias, unit) => {
    const urls = (await raw(alias)).map((r) => r.url);
    const missing = unit.measures.map((x) => m(x.number)).filter((p) => !urls.includes(p));
    expect(missing).toEqual([]);
  });
});

describe('search quality: the first results for what people type', () => {
  // The whole table runs through the search form of one page, in one round trip; each row then checks its outcome.
  let outcomes: Record<string, QueryOutcome>;
  beforeAll(async () => {
    outcomes = await runQueries(searchPage, [...new Set(rows.map((r) => r.query))]);
  });

  it('has queries of every kind, at least 30 of the first three', () => {
    for (const kind of ['alias', 'everyday', 'term'] as const)
      expect(rows.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(kind === 'alias' ? 30 : 15);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['alias', 'everyday', 'term', 'no-match', 'prefix', 'topic']),
    );
    expect(titleWordRows(measures).length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows.map((r) => [r.kind, r.query, r] as const))('%s: %s', (_, query, row) => {
    // A row that names a page the build does not have is a broken row, not a search miss: say so.
    for (const path of [row.first, ...(row.inTop3 ?? []), ...(row.inTop10 ?? [])].filter((p): p is string =>
      Boolean(p),
    )) {
      expect(existsSync(join(dist, path, 'index.html')), `${path} (expected for “${query}”) is not in dist/`).toBe(
        true,
      );
    }
    const outcome = outcomes[query]!;
    const top = outcome.hrefs;
    const top3 = top.slice(0, 3);
    if (row.none) {
      expect(top, `results for “${query}”`).toEqual([]);
      expect(outcome.status).toContain('没有找到');
      expect(outcome.tips).toBe(true);
      return;
    }
    expect(top.length).toBeGreaterThan(0);
    expect(outcome.tips).toBe(false);
    if (row.first) expect(top[0], `first result for “${query}”: ${top3.join(' ')}`).toBe(row.first);
    for (const path of row.inTop3 ?? []) expect(top3, `top 3 for “${query}”`).toContain(path);
    for (const path of row.inTop10 ?? []) expect(top.slice(0, 10), `top 10 for “${query}”`).toContain(path);
    if (row.top3Within)
      expect(
        top3.filter((p) => !row.top3Within!.includes(p)),
        `top 3 for “${query}”: ${top3.join(' ')}`,
      ).toEqual([]);
    if (row.measuresBeforeUnitPages) {
      const lastMeasure = top.findLastIndex((p) => p.startsWith('/measures/'));
      const firstUnit = top.findIndex((p) => p.startsWith('/departments/'));
      expect(firstUnit === -1 || firstUnit > lastMeasure, `“${query}”: ${top.join(' ')}`).toBe(true);
    }
  });
});

describe('on a phone (390×844)', () => {
  it('the first result shows on the first screen after a search; the filters are collapsed', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
    expect(await page.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.fill('#search-q', '人社局');
    await page.press('#search-q', 'Enter');
    await resultsSettled(page);
    const box = await page.locator('[data-search-results] li h2').first().boundingBox();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    // The filters are one tap away, and still work.
    await page.click('[data-search-filters] > summary');
    expect(await page.locator('#search-type').isVisible()).toBe(true);
    await ctx.close();
  });

  it('on a wide screen the filters are open', async () => {
    expect(await searchPage.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      true,
    );
  });
});

describe('the search page', () => {
  it('/search/?q=滩羊 shows measures 1, 14 and 16 with 滩羊 marked in each excerpt', async () => {
    const page = linkPage;
    await page.goto(`${base}/search/?q=${encodeURIComponent('滩羊')}`, { waitUntil: 'load' });
    const s = await shown(page);
    expect(await page.inputValue('#search-q')).toBe('滩羊');
    // The three measures that say 滩羊, and no other measure; pages that gather text (groups, units…) may follow.
    const shownMeasures = s.results.filter((r) => r.href.startsWith('/measures/'));
    expect(shownMeasures.map((r) => r.href).sort()).toEqual([m(1), m(14), m(16)].sort());
    for (const r of shownMeasures) {
      expect(r.marks).toContain('滩羊');
      expect(r.meta).toMatch(/^措施 · \(/u);
      expect(r.title).toMatch(/^\d+\. /u);
    }
    expect(s.status).toMatch(/找到 \d+ 个与“滩羊”相关的结果/u);
    expect(await page.title()).toMatch(/^滩羊 - /u);
  });

  it('shows an everyday word’s results with the text’s own words marked, and says what the text calls it', async () => {
    const s = await ask('租房');
    expect(s.results[0]!.href).toBe(m(11));
    expect(s.results[0]!.marks).toContain('住房租赁');
    expect(await searchPage.locator('[data-search-notes]').innerText()).toContain('住房租赁');
  });

  it('says which unit a short name means', async () => {
    await ask('人社局');
    expect(await searchPage.locator('[data-search-notes]').innerText()).toContain('市人力资源和社会保障局');
  });

  it('excerpts hold only text and <mark>', async () => {
    for (const q of ['人社局', '找工作', '滩羊']) {
      for (const r of (await ask(q)).results) expect(r.excerptTags.filter((t) => t !== 'MARK')).toEqual([]);
    }
  });

  it('makes the URL a shareable link to what is shown (history.replaceState), and the link shows the same', async () => {
    const first = await ask('公益性岗位', { type: '措施' });
    expect(new URLSearchParams(first.search).get('q')).toBe('公益性岗位');
    expect(new URLSearchParams(first.search).get('type')).toBe('措施');
    const page = linkPage;
    await page.goto(`${base}/search/${first.search}`, { waitUntil: 'load' });
    const again = await shown(page);
    expect(again.results.map((r) => r.href)).toEqual(first.results.map((r) => r.href));
    expect(await page.locator('#search-type').inputValue()).toBe('措施');
  });

  it('pages long result lists: 10 at a time, “more” adds the rest and moves focus to the first new one', async () => {
    const s = await ask('发展');
    const total = Number(/找到 (\d+) 个/u.exec(s.status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(s.results).toHaveLength(10);
    await searchPage.click('[data-search-more]');
    await searchPage.waitForFunction(
      (n) => document.querySelectorAll('[data-search-results] li').length === n,
      Math.min(total, 20),
    );
    expect(
      await searchPage.evaluate(
        () => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] li')[10],
      ),
    ).toBe(true);
  });
});

describe('filters', () => {
  const group2 = measures.find((x) => x.group.number === 2)!.group;
  const groupOptions = [...searchHtml.matchAll(/<option value="([^"]+)"/gu)].map((x) => x[1]!);
  const group2Label = groupOptions.find((v) => v.endsWith(group2.title))!;

  it('by task group: only pages of that group', async () => {
    expect(group2Label).toMatch(/^\(二\)/u);
    const s = await ask('人社局', { group: group2Label });
    const inGroup = measures.filter((x) => x.group.number === 2).map((x) => m(x.number));
    expect(s.results.length).toBeGreaterThan(0);
    expect(s.results.map((r) => r.href).filter((h) => h.startsWith('/measures/') && !inGroup.includes(h))).toEqual([]);
    for (const r of s.results) expect(r.meta).toContain(group2.title);
  });

  it('by unit, with no words: exactly the measures that name the unit (and the unit’s own page)', async () => {
    const s = await ask('', { unit: '市医疗保障局' });
    const expected = measures.filter((x) => x.units.some((u) => u.name === '市医疗保障局')).map((x) => m(x.number));
    expect(
      s.results
        .map((r) => r.href)
        .filter((h) => h !== '/departments/healthcare-security/')
        .sort(),
    ).toEqual(expected.sort());
  });

  it('by page type', async () => {
    const s = await ask('就业', { type: '措施' });
    expect(s.results.length).toBeGreaterThan(0);
    for (const r of s.results) expect(r.meta.startsWith('措施')).toBe(true);
  });

  it('changing a filter searches again and updates the URL', async () => {
    await ask('滩羊');
    await searchPage.selectOption('#search-group', group2Label);
    const s = await shown(searchPage);
    expect(new URLSearchParams(s.search).get('group')).toBe(group2Label);
    expect(s.results).toEqual([]);
    expect(s.status).toContain('没有找到');
  });

  it('offers only values some indexed page carries', async () => {
    const offered = await searchPage.evaluate(() =>
      [...document.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')].map(
        (s) => [s.name, [...s.options].map((o) => o.value).filter(Boolean)] as const,
      ),
    );
    const available = await withPagefind<Record<string, Record<string, number>>>(searchPage, 'return pf.filters();');
    for (const [key, values] of offered) {
      expect(values.length).toBeGreaterThan(0);
      for (const v of values) expect(available[key]?.[v], `${key}=${v}`).toBeGreaterThan(0);
    }
  });

  it('ignores a filter value in the URL that is not an option', async () => {
    const page = linkPage;
    const unfiltered = await ask('滩羊');
    await page.goto(`${base}/search/?q=${encodeURIComponent('滩羊')}&unit=${encodeURIComponent('<b>不存在</b>')}`, {
      waitUntil: 'load',
    });
    expect((await shown(page)).results.map((r) => r.href)).toEqual(unfiltered.results.map((r) => r.href));
  });
});

describe('hostile input is shown as text and never breaks the page', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '人社局滩羊'.repeat(1000),
    '🧧🏮',
    '!!!,,,。。。',
  ];

  // One tab for all of them: its listeners collect every problem. The first case starts from a fresh load; each
  // later one types into the page the previous case left (a /search/ page loaded from a link, still working).
  let page: Page;
  const problems: string[] = [];
  beforeAll(async () => {
    page = linkPage;
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (msg) => {
      // Chromium asks every site for /favicon.ico; the site has none. Anything else is a problem.
      if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico'))
        problems.push(`console: ${msg.text()}`);
    });
    await page.goto(`${base}/search/`, { waitUntil: 'load' });
  });

  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : q, q]))('%s', async (_, q) => {
    problems.length = 0;
    // Typed into the box…
    const typed = await ask(q, {}, page);
    // …and from the link that leaves in the address bar (a 5000-character query comes back cut to 100).
    await page.goto(`${base}/search/${typed.search}`, { waitUntil: 'load' });
    const fromLink = await shown(page);
    for (const s of [typed, fromLink]) {
      expect(s.status.length).toBeGreaterThan(0);
      expect(s.status).toContain(q.trim().slice(0, 100));
    }
    if (q.length > 100) expect(typed.status).toContain('只用了前 100 个字');
    expect(Array.from(new URLSearchParams(typed.search).get('q') ?? '').length).toBeLessThanOrEqual(100);
    const injected =
      '.search-page__output :is(script, img, iframe, [onerror]), .search-page__output :not(li, h2, a, p, mark, ol, ul, button)';
    expect(await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.outerHTML), injected)).toEqual(
      [],
    );
    // Still usable.
    expect((await ask('滩羊', {}, page)).results.map((r) => r.href)).toContain(m(16));
    expect(problems).toEqual([]);
  });
});

describe('accessibility of the results', () => {
  // The generic axe test sees /search/ empty; this one sees it with results, notes and marks, in both colour schemes.
  it('axe finds nothing in <main> on /search/?q=人社局, light and dark', async () => {
    const axeTab = await axeContext(browser);
    const page = await axeTab.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('人社局')}`, { waitUntil: 'load' });
    expect((await shown(page)).results.length).toBeGreaterThan(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await axeCheck(page, 'main')).map((v) => `${colorScheme} ${v}`)).toEqual([]);
    }
    await axeTab.close();
  });
});

describe('without JavaScript', () => {
  it('every other page has the header search box: a GET form to /search/ with a labelled q', () => {
    const missing = pages
      .filter((p) => p.path !== '/search/' && p.path !== '/404.html')
      .filter((p) => {
        const form = /<form\b[^>]*role="search"[^>]*>([\s\S]*?)<\/form>/u.exec(p.html);
        return (
          !form ||
          !/action="\/search\/"/u.test(form[0]) ||
          !/method="get"/u.test(form[0]) ||
          !/<label[^>]*for="header-search-q"/u.test(form[1]!) ||
          !/<input[^>]*id="header-search-q"[^>]*name="q"/u.test(form[1]!)
        );
      })
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });

  it('the header box submits to /search/, which says search needs JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}${m(1)}`, { waitUntil: 'load' });
    await page.fill('#header-search-q', '滩羊');
    await Promise.all([page.waitForURL(/\/search\/\?q=/u), page.press('#header-search-q', 'Enter')]);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=滩羊');
    expect(await page.locator('[data-search-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-nojs]').innerText()).toContain('JavaScript');
    await ctx.close();
  });

  it('with JavaScript the message is gone', async () => {
    expect(await searchPage.locator('[data-search-nojs]').isVisible()).toBe(false);
  });
});

describe('under a strict Content-Security-Policy (no inline script)', () => {
  // A policy like the one the later CSP issue will send. Pagefind compiles WebAssembly, which needs
  // 'wasm-unsafe-eval'; everything else it loads is a file under /pagefind/ ('self').
  const strict =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  // One context for both policies (its own cache, so each load fetches its files under the policy being tested).
  let ctx: BrowserContext;
  let page: Page;
  let policy = strict;
  const violations: string[] = [];
  beforeAll(async () => {
    ctx = await browser.newContext();
    page = await ctx.newPage();
    await page.route(`${base}/**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    page.on('console', (msg) => {
      if (/Content Security Policy|Content-Security-Policy/u.test(msg.text())) violations.push(msg.text());
    });
  });
  afterAll(() => ctx?.close());

  async function searchUnder(csp: string) {
    policy = csp;
    violations.length = 0;
    await page.goto(`${base}/search/?q=${encodeURIComponent('滩羊')}`, { waitUntil: 'load' });
    const s = await shown(page);
    return { s, violations: [...violations] };
  }

  it("works with script-src 'self' 'wasm-unsafe-eval'", async () => {
    const { s, violations } = await searchUnder(strict);
    expect(violations).toEqual([]);
    expect(s.results.map((r) => r.href)).toContain(m(16));
  });

  it("does not work without 'wasm-unsafe-eval' (so the CSP must allow it)", async () => {
    const { s, violations } = await searchUnder(strict.replace(" 'wasm-unsafe-eval'", ''));
    expect(violations.length).toBeGreaterThan(0);
    expect(s.results).toEqual([]);
  });
});
