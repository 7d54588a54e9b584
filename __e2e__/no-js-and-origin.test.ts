/**
 * Every page, with JavaScript off and on a 360 px phone screen: readable (its <main> has a heading and text), no
 * sideways scrolling, and no request to any other origin. The same origin check with JavaScript on runs under nginx
 * and the CSP (__e2e__/nginx.test.ts). Pages load side by side as 360 px iframes of a few tabs (framesOf): each a real
 * document load with the site's CSS, without a navigation's fixed cost per page.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { framesOf, launchBrowser, TABS } from '../tools/lib/browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
/** The narrowest common phone screen. */
const PHONE = { width: 360, height: 800 };
const pages = builtPages(inject('distDir')).map((p) => p.path);

interface Shown {
  heading: string;
  text: string;
  /** How far the page scrolls sideways, in px. */
  sideways: number;
  /** Requests the page made to other origins. */
  foreign: string[];
}
const shown = new Map<string, Shown>();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const foreign = new Map<Frame, string[]>();
  context.on('request', (r) => {
    if (new URL(r.url()).origin === base) return;
    const frame = r.frame();
    foreign.set(frame, [...(foreign.get(frame) ?? []), r.url()]);
  });
  const batches = Array.from({ length: TABS }, (_, i) => pages.filter((_, j) => j % TABS === i));
  await Promise.all(
    batches.map(async (batch) => {
      const frames = await framesOf(await context.newPage(), base, batch, PHONE);
      for (const [path, frame] of frames) {
        const facts = await frame.evaluate(() => ({
          heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
          text: document.querySelector('main')?.innerText.trim() ?? '',
          sideways: Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth),
          width: document.documentElement.clientWidth,
        }));
        if (facts.width !== PHONE.width) throw new Error(`${path} was laid out ${facts.width} px wide, not 360`);
        shown.set(path, { ...facts, foreign: foreign.get(frame) ?? [] });
      }
    }),
  );
}, 120_000);
afterAll(() => browser?.close());

describe('without JavaScript, at 360 px', () => {
  it.each(pages)('%s shows its content, fits the screen and asks no other origin', (path) => {
    const seen = shown.get(path)!;
    expect(seen.heading).toBeTruthy();
    expect(seen.text.length).toBeGreaterThan(10);
    expect(seen.sideways, 'px of sideways scrolling').toBe(0);
    expect(seen.foreign).toEqual([]);
  });
});
