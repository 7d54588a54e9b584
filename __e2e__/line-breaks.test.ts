/**
 * Chinese line breaking on phones, measured on the real layout: the pages are loaded once as iframes of one tab and
 * re-laid out at each phone width by resizing the iframes (each a real document with the site's CSS and media
 * queries). Every character of every visible text is measured (Range.getClientRects), lines are found where the text
 * of a block goes back to the left on a lower line, and:
 * - no line begins with closing punctuation (src/domain/text/line-keep.ts `CLOSING_PUNCTUATION`): the # anchor after
 *   a target and the 原文如此 mark keep the 。，、”… that follows them on their line, and the site's own copy breaks
 *   the same way;
 * - a span of years (`YEAR_SPAN`: 2023—2027年, 2023-2027年) lies on one line wherever it is printed;
 * - at a 180 px viewport (a 360 px phone at 200% zoom) no span of years reaches past the screen's edge.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesOf, launchBrowser } from '../tools/lib/browser.ts';
import { CLOSING_PUNCTUATION, YEAR_SPAN } from '../src/domain/text/line-keep.ts';
import { widenPunctuation } from '../src/domain/text/text.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
/** Common phone widths: 320 (small), 360 and 390 (most), 412 and 430 (large). */
const WIDTHS = [320, 360, 390, 412, 430];
const ZOOMED = 180;
const MEASURES = Array.from({ length: 20 }, (_, i) => `/measures/${i + 1}/`);
const PATHS = [
  '/',
  '/plan/',
  '/groups/',
  '/data/',
  '/departments/',
  '/industries/',
  '/targets/',
  '/glossary/',
  ...MEASURES,
];
let frames: Map<string, Frame>;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: WIDTHS[0]!, height: 800 } });
  frames = await framesOf(page, base, PATHS, { width: WIDTHS[0]!, height: 800 });
}, 120_000);
afterAll(() => browser?.close());

/** Lay every page out at `width` (the iframes are the pages' viewports). */
async function resize(width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.$$eval('iframe', (els, w) => els.forEach((el) => (el.style.width = `${w}px`)), width);
}

interface Args {
  closing: string;
  years: string;
}

/**
 * In the page: every line that begins with closing punctuation (with the words before it), every span of years that
 * lies on more than one line, every span of years that reaches past the viewport, and the viewport's width.
 */
function lineFaults({ closing, years }: Args) {
  const closers = new Set([...closing]);
  const width = document.documentElement.clientWidth;
  const blockCache = new Map<Element, Element | null>();
  /** The block that lays out an element's text: its nearest ancestor that is not inline (null: not laid out). */
  const blockOf = (el: Element): Element | null => {
    if (blockCache.has(el)) return blockCache.get(el)!;
    const style = getComputedStyle(el);
    let block: Element | null;
    if (style.display === 'none' || style.visibility === 'hidden') block = null;
    else if (style.display === 'inline' || style.display === 'contents')
      block = el.parentElement ? blockOf(el.parentElement) : null;
    else block = el.getBoundingClientRect().width < 4 ? null : el; // visually hidden (1 px) text
    blockCache.set(el, block);
    return block;
  };
  interface Char {
    ch: string;
    rect: DOMRect | null;
    line: number;
  }
  const blocks = new Map<Element, Char[]>();
  const charsOf = (block: Element) => blocks.get(block) ?? blocks.set(block, []).get(block)!;
  const skipped = 'svg, script, style, noscript, template, title';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      // An atomic inline (inline-block, an image) sits on its parent's line as one object: record it there, so the
      // text after it is not taken for a line start. Its own text is laid out in its own block.
      const display = getComputedStyle(node).display;
      const parent = node.parentElement;
      if (parent && !node.closest(skipped) && (display.startsWith('inline-') || node.matches('img, svg'))) {
        const block = blockOf(parent);
        const rect = node.getBoundingClientRect();
        if (block && rect.width > 0) charsOf(block).push({ ch: '\uFFFC', rect, line: 0 });
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest(skipped)) continue;
    const block = blockOf(parent);
    if (!block) continue;
    const chars = charsOf(block);
    const text = node.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = /\s/u.test(text[i]!) ? null : ([...range.getClientRects()].find((r) => r.width > 0) ?? null);
      chars.push({ ch: text[i]!, rect, line: 0 });
    }
  }
  const starts: string[] = [];
  const split: string[] = [];
  const overflow: string[] = [];
  let spans = 0;
  for (const [block, chars] of blocks) {
    let prev: Char | null = null;
    let line = 0;
    for (const [i, c] of chars.entries()) {
      if (!c.rect) continue;
      // A new line: back to the left, and below the previous character.
      if (prev?.rect && c.rect.left < prev.rect.left - 1 && c.rect.top > prev.rect.top + 1) {
        line++;
        if (closers.has(c.ch)) {
          const before = chars
            .slice(Math.max(0, i - 12), i)
            .map((x) => x.ch)
            .join('')
            .trim();
          starts.push(`<${block.tagName.toLowerCase()}> “…${before}” | “${c.ch}…” starts a line`);
        }
      }
      c.line = line;
      prev = c;
    }
    const text = chars.map((c) => c.ch).join('');
    for (const m of text.matchAll(new RegExp(years, 'gu'))) {
      const shown = chars.slice(m.index, m.index + m[0].length).filter((c) => c.rect);
      if (shown.length === 0) continue;
      spans++;
      if (new Set(shown.map((c) => c.line)).size > 1) split.push(`<${block.tagName.toLowerCase()}> “${m[0]}”`);
      const right = Math.max(...shown.map((c) => c.rect!.right));
      if (right > width + 0.5) overflow.push(`<${block.tagName.toLowerCase()}> “${m[0]}” ends at ${right} px`);
    }
  }
  return { width, starts, split, overflow, spans };
}

const args: Args = {
  closing: CLOSING_PUNCTUATION + widenPunctuation(CLOSING_PUNCTUATION),
  years: YEAR_SPAN.source,
};

describe.each(WIDTHS)('line breaks at %i px', (width) => {
  let faults: Map<string, ReturnType<typeof lineFaults>>;
  beforeAll(async () => {
    await resize(width);
    faults = new Map();
    for (const path of PATHS) faults.set(path, await frames.get(path)!.evaluate(lineFaults, args));
  }, 120_000);

  it('each page is laid out at the phone’s width', () => {
    for (const [path, f] of faults) expect(f.width, path).toBe(width);
  });

  it('no line begins with closing punctuation (after a # anchor, a 原文如此 mark or in the site’s copy)', () => {
    expect([...faults].flatMap(([path, f]) => f.starts.map((s) => `${path} ${s}`))).toEqual([]);
  });

  it('a span of years (2023—2027年) never breaks, wherever it is printed', () => {
    const split = [...faults].flatMap(([path, f]) => f.split.map((s) => `${path} ${s}`));
    expect(split).toEqual([]);
    // The check saw the spans it is about: the title in every page's header, the period on home and /plan/.
    for (const [path, f] of faults) expect(f.spans, path).toBeGreaterThanOrEqual(1);
    expect(faults.get('/plan/')!.spans).toBeGreaterThanOrEqual(5);
  });
});

describe(`at ${ZOOMED} px (200% zoom of a 360 px phone)`, () => {
  it('no span of years reaches past the edge of the screen (the titles shrink to fit instead)', async () => {
    await resize(ZOOMED);
    const over: string[] = [];
    for (const path of ['/', '/plan/', ...MEASURES.slice(0, 1)]) {
      const f = await frames.get(path)!.evaluate(lineFaults, args);
      expect(f.width, path).toBe(ZOOMED);
      over.push(...f.overflow.map((s) => `${path} ${s}`), ...f.split.map((s) => `${path} ${s} breaks`));
    }
    expect(over).toEqual([]);
  });
});

describe('marks in the text', () => {
  it('the 原文如此 mark is a 24 × 24 px target, like the # anchors', async () => {
    await resize(390);
    const sizes = await frames
      .get('/measures/20/')!
      .$$eval('.source-note-mark', (els) =>
        els.map((el) => el.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })),
      );
    expect(sizes.length).toBeGreaterThan(0);
    for (const s of sizes) expect(Math.min(s.width, s.height), JSON.stringify(s)).toBeGreaterThanOrEqual(24);
  });
});
