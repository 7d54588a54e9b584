/**
 * Responsibilities, targets, 与我有关 and the glossary, checked in Chromium against data the pages do not produce:
 * the generated content files (content/plan/measures/*.mdx frontmatter), the unit registry, the seed and the open
 * data in dist/data/. Static checks read each page with JavaScript OFF (so they also prove the pages work without
 * it); the sorting enhancement is checked with JavaScript on.
 *
 * Speed: the static checks read text and attributes only, never layout, so each page is fetched inside the browser
 * and parsed by Chromium's own HTML parser with scripting off (DOMParser): exactly the DOM a JavaScript-off load
 * gives, read in one round trip, without a navigation. One context (JavaScript on), one tab.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stripWhitespace } from '../src/domain/text/text.ts';
import { figureLabel } from '../src/domain/targets/figure-label.ts';
import { kindLabel } from '../src/site/labels.ts';
import { KINDS } from '../src/site/views/target-views.ts';
import type { TargetJson } from '../src/site/open-data.ts';
import { launchBrowser } from '../tools/lib/browser.ts';
import { builtPages } from './site.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const base = inject('baseUrl');
const dist = inject('distDir');

interface MeasureFront {
  number: number;
  title: string;
  paragraphs: string[];
  units: { id: string; mention: string; role: 'lead' | 'joint' }[];
  targets: string[];
}
const measures: MeasureFront[] = readdirSync(`${root}content/plan/measures`)
  .filter((f) => f.endsWith('.mdx'))
  .map(
    (f) =>
      load(
        /^---\n([\s\S]*?)\n---/u.exec(readFileSync(`${root}content/plan/measures/${f}`, 'utf8'))![1]!,
      ) as MeasureFront,
  )
  .sort((a, b) => a.number - b.number);
const registry = (
  JSON.parse(readFileSync(`${root}content/reviewed/units.json`, 'utf8')) as {
    units: { id: string; name: string }[];
  }
).units;
const targets = JSON.parse(readFileSync(`${dist}/data/targets.json`, 'utf8')) as TargetJson[];
const departments = JSON.parse(readFileSync(`${dist}/data/departments.json`, 'utf8')) as {
  id: string;
  safeguards: number[];
}[];
const seed = stripWhitespace(readFileSync(`${root}seeds/wuzhong-income-plan-2023-2027.txt`, 'utf8'));
const inSeed = (text: string) => seed.includes(stripWhitespace(text));
const measureText = (n: number) => {
  const m = measures.find((x) => x.number === n)!;
  return [m.title, ...m.paragraphs].join('\n');
};
const pathOf = (url: string) => new URL(url).pathname + new URL(url).hash;
const pages = builtPages(dist).map((p) => p.path);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${base}/404.html`); // same origin as the pages it fetches
});
afterAll(() => browser?.close());

/**
 * Fetches `path` in the browser, parses it with scripting off (no script of the page runs: the DOM a JavaScript-off
 * load has), and returns what `read` (run in the page, on that document) gives. Expects status 200.
 * `read` is passed as source text, like the other page functions of the suite, so it must use only its arguments.
 */
async function open<T, A = null>(path: string, read: (doc: Document, arg: A) => T, arg?: A): Promise<T> {
  const { status, value } = await page.evaluate<{ status: number; value: T }>(
    `(async () => {
      const response = await fetch(${JSON.stringify(path)});
      const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
      return { status: response.status, value: (${read.toString()})(doc, ${JSON.stringify(arg ?? null)}) };
    })()`,
  );
  expect(status, path).toBe(200);
  return value;
}
/** `[...doc.querySelectorAll(sel)].map(…)` of the attribute `name`, in the page. */
const attrs = (path: string, sel: string, name: string) =>
  open(path, (doc, [s, n]) => [...doc.querySelectorAll(s)].map((e) => e.getAttribute(n)), [sel, name] as const);

describe('unit pages /departments/<id>/', () => {
  it('the measures read from the content files give every measure exactly one first-listed unit', () => {
    expect(measures).toHaveLength(20);
    for (const m of measures)
      expect(
        m.units.filter((u) => u.role === 'lead'),
        `measure ${m.number}`,
      ).toHaveLength(1);
  });

  it.each(registry.map((u) => [u.id, u] as const))(
    '%s lists exactly the measures the text assigns it',
    async (id, unit) => {
      // One round trip per page: read everything the checks need at once.
      const shown = await open(`/departments/${id}/`, (document) => {
        const duties = (role: string) =>
          [...document.querySelectorAll(`[data-role-section="${role}"] .duty`)].map((el) => ({
            link: el.querySelector('h3 a')?.getAttribute('href'),
            targets: [...el.querySelectorAll('.duty__targets a')].map((a) => a.getAttribute('href')),
            items: [...el.querySelectorAll('.duty__targets li')].map((li) => ({
              label: li.querySelector('a')?.textContent?.trim(),
              kind: li.querySelector('.tag')?.textContent?.trim(),
            })),
          }));
        return {
          h1: document.querySelector('main h1')?.textContent?.trim(),
          lead: duties('lead'),
          joint: duties('joint'),
          safeguards: [...document.querySelectorAll('[data-safeguard]')].map((el) =>
            Number(el.getAttribute('data-safeguard')),
          ),
          quotes: [...document.querySelectorAll('.safeguard-list__quote')].map((q) => q.textContent ?? ''),
        };
      });
      expect(shown.h1).toBe(unit.name);
      for (const role of ['lead', 'joint'] as const) {
        const expected = measures
          .filter((m) => m.units.some((u) => u.id === id && u.role === role))
          .map((m) => m.number);
        expect(
          shown[role].map((d) => d.link),
          `${id} ${role}`,
        ).toEqual(expected.map((n) => `/measures/${n}/`));
        // Each measure comes with all its numbers, grouped by kind (the schema's order), each linked to its sentence.
        expect(shown[role].map((d) => d.targets)).toEqual(
          expected.map((n) =>
            KINDS.flatMap((k) => targets.filter((t) => t.measure === n && t.kind === k)).map((t) => pathOf(t.url)),
          ),
        );
        // … each in its figure label (time words, qualifier, figure) with its kind word beside it.
        expect(shown[role].map((d) => d.items)).toEqual(
          expected.map((n) =>
            KINDS.flatMap((k) => targets.filter((t) => t.measure === n && t.kind === k)).map((t) => ({
              label: figureLabel(t),
              kind: kindLabel(t.kind),
            })),
          ),
        );
      }
      expect(shown.safeguards).toEqual(departments.find((d) => d.id === id)!.safeguards);
      for (const q of shown.quotes) expect(inSeed(q), q).toBe(true);
    },
  );

  it('every registry unit has a page and the index links to each', async () => {
    const links = await attrs('/departments/', '.unit-list a', 'href');
    expect([...links].sort()).toEqual(registry.map((u) => `/departments/${u.id}/`).sort());
  });
});

describe('the responsibility matrix on /departments/', () => {
  it('is a table with a caption, column headers for the 20 measures and a row header per unit', async () => {
    const shown = await open('/departments/', (doc) => {
      // The one element a selector names (null unless exactly one matches, as a Playwright locator would refuse).
      const only = (root: ParentNode, sel: string) => {
        const all = root.querySelectorAll(sel);
        return all.length === 1 ? all[0]! : null;
      };
      const table = only(doc, 'table.matrix');
      const caption = table && only(table, 'caption');
      const region = only(doc, 'section:has(> table.matrix)'); // a named <section>: the region landmark
      return {
        caption: caption?.textContent ?? null,
        captionId: caption?.getAttribute('id') ?? null,
        colHeaders: [...(table?.querySelectorAll('thead th[scope="col"]') ?? [])].map((th) => th.textContent ?? ''),
        rowHeaders: [...(table?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent ?? ''),
        region: region && {
          tabindex: region.getAttribute('tabindex'),
          labelledby: region.getAttribute('aria-labelledby'),
        },
      };
    });
    expect(shown.caption?.trim()).toBeTruthy();
    expect(shown.colHeaders.slice(3).map((t) => t.replace(/\s+/g, ''))).toEqual(measures.map((m) => `第${m.number}项`));
    expect(shown.rowHeaders.map((t) => t.trim()).sort()).toEqual(registry.map((u) => u.name).sort());
    // Scrollable region that a keyboard can reach, named by the caption.
    expect(shown.region?.tabindex).toBe('0');
    expect(shown.region?.labelledby).toBe(shown.captionId);
  });

  it('says first-listed or listed-after, in words, for all 20 measures of every unit', async () => {
    const rows = await open('/departments/', (doc) =>
      [...doc.querySelectorAll('table.matrix tbody tr:has(th[scope="row"])')].map((tr) => ({
        href: tr.querySelector('th a')?.getAttribute('href'),
        cells: [...tr.querySelectorAll('td.matrix__cell')].map(
          (td) => td.querySelector('.visually-hidden')?.textContent?.trim() ?? '',
        ),
        symbols: [...tr.querySelectorAll('td.matrix__cell')].map(
          (td) => td.querySelector('[aria-hidden="true"]')?.textContent ?? '',
        ),
      })),
    );
    expect(rows).toHaveLength(registry.length);
    for (const row of rows) {
      const id = row.href!.split('/')[2]!;
      const expected = measures.map((m) => {
        const role = m.units.find((u) => u.id === id)?.role;
        return role === 'lead' ? '列首位' : role === 'joint' ? '列于其后' : '';
      });
      expect(row.cells, id).toEqual(expected);
      // Shapes, not colour alone: ● for first-listed, ○ for the others.
      expect(row.symbols).toEqual(expected.map((e) => (e === '列首位' ? '●' : e ? '○' : '')));
    }
  });
});

describe('/targets/', () => {
  it.each(['/targets/', '/targets/timeframe/', '/targets/kind/'])(
    '%s shows every record of /data/targets.json, linked to its sentence',
    async (path) => {
      const { rows, downloads } = await open(path, (doc) => ({
        rows: [...doc.querySelectorAll('table.targets-catalogue tbody tr:has(td)')].map((tr) => {
          const cells = [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? '');
          return { link: tr.querySelector('.targets-catalogue__statement a')?.getAttribute('href'), cells };
        }),
        downloads: [...doc.querySelectorAll('main a[href^="/data/"]')].map((a) => a.getAttribute('href')),
      }));
      expect(rows).toHaveLength(targets.length);
      for (const t of targets) {
        const row = rows.find((r) => r.link === pathOf(t.url));
        expect(row, t.id).toBeDefined();
        expect(row!.cells[3]).toBe(String(t.value));
        expect(row!.cells[4]).toBe(t.unit);
        expect(row!.cells[6]).toBe(t.year === null ? '—' : String(t.year));
        expect(row!.cells[7]).toBe(
          { target: '目标', standard: '标准', eligibility: '条件', scope: '范围', pilot: '试点' }[t.kind],
        );
        expect(row!.cells[9]).toBe(t.quote);
      }
      expect(downloads).toEqual(expect.arrayContaining(['/data/targets.csv', '/data/targets.json']));
    },
  );

  it('without JS the headers are plain text; with JS they become sort buttons that set aria-sort', async () => {
    expect(await attrs('/targets/', 'table.targets-catalogue thead button', 'type')).toHaveLength(0);

    const js = page;
    await js.goto(`${base}/targets/`, { waitUntil: 'load' });
    const header = js.locator('table.targets-catalogue thead th', { hasText: '数值' });
    const values = () =>
      js
        .locator('table.targets-catalogue tbody:not([hidden]) tr:has(td)')
        .evaluateAll((trs) => trs.map((tr) => Number(tr.children[3]!.textContent)));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const asc = await values();
    expect(asc).toHaveLength(targets.length);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await values()).toEqual([...asc].sort((a, b) => b - a));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    const restored = await js
      .locator('table.targets-catalogue tbody:not([hidden]) tr:has(td)')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('.targets-catalogue__statement a')?.getAttribute('href')));
    expect(restored).toEqual(targets.map((t) => pathOf(t.url)));
  });
});

describe('与我有关 /for/<group>/', () => {
  const groupPages = pages.filter((p) => /^\/for\/[a-z0-9-]+\/$/u.test(p));

  it('there are at least eight group pages and the index links to each', async () => {
    expect(groupPages.length).toBeGreaterThanOrEqual(8);
    const links = await attrs('/for/', '.group-list a', 'href');
    expect([...links].sort()).toEqual([...groupPages].sort());
  });

  it.each(groupPages)(
    '%s quotes sentences verbatim, each linked to its measure and holding a marked term',
    async (path) => {
      const { quotes, standards } = await open(path, (doc) => ({
        quotes: [...doc.querySelectorAll('figure.quoted-sentence')].map((f) => ({
          text: f.querySelector('blockquote p')?.textContent ?? '',
          marks: [...f.querySelectorAll('blockquote mark')].map((m) => m.textContent ?? ''),
          measure: f.querySelector('figcaption a')?.getAttribute('href'),
          targets: [...f.querySelectorAll('a[data-target]')].map((a) => a.getAttribute('href')),
        })),
        standards: [...doc.querySelectorAll('.standard-cards [data-target]')].map((li) =>
          li.getAttribute('data-target'),
        ),
      }));
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(inSeed(q.text), q.text).toBe(true);
        expect(q.text.endsWith('。')).toBe(true);
        const n = Number(/^\/measures\/(\d+)\/$/u.exec(q.measure ?? '')?.[1]);
        expect(measureText(n).includes(q.text), `${q.text} in measure ${n}`).toBe(true);
        expect(q.marks.length).toBeGreaterThan(0);
        for (const m of q.marks) expect(q.text.includes(m)).toBe(true);
        // Every quantified commitment inside the sentence is linked to its anchor.
        const inside = targets.filter((t) => t.measure === n && q.text.includes(t.statement)).map((t) => pathOf(t.url));
        expect([...q.targets].sort()).toEqual([...new Set(inside)].sort());
      }
      // The standards shown are `standard` records whose clause is in one of the quoted sentences.
      for (const id of standards) {
        const t = targets.find((x) => x.id === id)!;
        expect(t.kind).toBe('standard');
        expect(quotes.some((q) => q.text.includes(t.statement))).toBe(true);
      }
    },
  );

  it('the loan caps for entrepreneurs and the pension rise for retirees are highlighted (by their recipients)', async () => {
    const shown = (path: string) => attrs(path, '.standard-cards [data-target]', 'data-target');
    const loans = targets.filter((t) => t.kind === 'standard' && t.statement.includes('创业担保贷款')).map((t) => t.id);
    expect(loans.length).toBeGreaterThan(0);
    expect(await shown('/for/entrepreneurs/')).toEqual(expect.arrayContaining(loans));
    const pension = targets.filter((t) => t.kind === 'standard' && t.statement.includes('养老金')).map((t) => t.id);
    expect(await shown('/for/retirees/')).toEqual(pension);
  });
});

describe('/glossary/', () => {
  it('quotes only passages of the seed, each holding its quoted term, and links where the term appears', async () => {
    const entries = await open('/glossary/', (doc) =>
      [...doc.querySelectorAll('.glossary__entry')].map((el) => ({
        id: el.id,
        kind: el.getAttribute('data-kind'),
        term: el.querySelector('dfn')?.textContent ?? '',
        passage: el.querySelector('q')?.textContent ?? '',
        where: [...el.querySelectorAll('.glossary__where a')].map((a) => a.getAttribute('href')),
      })),
    );
    const terms = entries.map((e) => e.term);
    expect(terms).toEqual(
      expect.arrayContaining([
        '六特',
        '六优',
        '六权',
        '1311',
        '四个不摘',
        '三类群体',
        '四项机制',
        '19+N',
        '10+N',
        '放管服',
      ]),
    );
    for (const e of entries) {
      expect(e.id).toMatch(/^[a-z][a-z0-9-]*$/u);
      expect(inSeed(e.passage), e.passage).toBe(true);
      expect(e.passage.includes(`“${e.term}”`)).toBe(true);
      const expected = measures
        .filter((m) => measureText(m.number).includes(`“${e.term}”`))
        .map((m) => `/measures/${m.number}/`);
      expect(e.where, e.term).toEqual(expected);
    }
    // Only-named terms get no definition.
    const kindOf = (t: string) => entries.find((e) => e.term === t)?.kind;
    for (const t of ['四个不摘', '19+N', '放管服']) expect(kindOf(t)).toBe('named');
    for (const t of ['六特', '六优', '六权', '1311', '三类群体', '四项机制']) expect(kindOf(t)).toBe('defined');
  });
});
