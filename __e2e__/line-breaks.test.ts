/**
 * Chinese line breaking on a 320 px phone: no line of a measure's text begins with closing punctuation (the # mark
 * after a number must not open a break before the 。，、） that follows it), and the plan's year span (2023—2027年)
 * never breaks. One browser, one tab: the 21 pages are loaded at once as 320 px wide iframes of that tab (each a real
 * document load, JavaScript on, laid out at a 320 px viewport), which costs far less than 21 navigations.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesOf, launchBrowser } from '../tools/lib/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
const WIDTH = 320;
const MEASURES = Array.from({ length: 20 }, (_, i) => i + 1);
const PATHS = ['/', ...MEASURES.map((n) => `/measures/${n}/`)];
let frames: Map<string, Frame>;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: WIDTH, height: 800 } });
  frames = await framesOf(page, base, PATHS, { width: WIDTH, height: 800 });
}, 60_000);
afterAll(() => browser?.close());

/** Each page is laid out at the phone's width (no scrollbar takes a share of it). */
const viewportWidth = () => document.documentElement.clientWidth;

/** For every target mark followed by text: is the first character after it on the mark's line? */
const marksSplitFromPunctuation = () =>
  [...document.querySelectorAll('.target-anchor')].flatMap((sup) => {
    let node = sup.nextSibling;
    while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild ?? node.nextSibling;
    const first = node?.textContent?.[0];
    if (!node || !first || !/[。，、）；：！？,;:)”]/u.test(first)) return [];
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 1);
    const punct = range.getClientRects()[0];
    const mark = [...sup.getClientRects()].at(-1);
    if (!punct || !mark) return [];
    // Same line: the punctuation's box starts at or after the mark's box, with overlapping vertical extent.
    const sameLine = punct.top < mark.bottom && punct.bottom > mark.top && punct.left >= mark.left - 1;
    return sameLine ? [] : [`${sup.previousElementSibling?.id ?? '?'} → “${first}” starts a line`];
  });

describe('line breaks at 320 px', () => {
  it('no line of a measure’s text begins with the punctuation after a target mark', async () => {
    const problems: string[] = [];
    for (const n of MEASURES) {
      const frame = frames.get(`/measures/${n}/`)!;
      expect(await frame.evaluate(viewportWidth), `/measures/${n}/ viewport`).toBe(WIDTH);
      problems.push(...(await frame.evaluate(marksSplitFromPunctuation)).map((p) => `/measures/${n}/: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('the year span of the home title stays on one line', async () => {
    const home = frames.get('/')!;
    expect(await home.evaluate(viewportWidth)).toBe(WIDTH);
    const spans = await home.$$eval('h1 .no-break-years, .site-title .no-break-years', (els) =>
      els.map((el) => ({ text: el.textContent, lines: el.getClientRects().length })),
    );
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const s of spans) expect(s.lines, s.text ?? '').toBe(1);
  });
});
