/**
 * Every page is readable with JavaScript off (its <main> has a heading and text), and no page, with or without JS,
 * makes a request to any other origin.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const pages = builtPages(inject('distDir')).map((p) => p.path);
let browser: Browser;
const tabs = new Map<boolean, { page: Page; foreign: string[] }>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const javaScriptEnabled of [false, true]) {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).origin !== base) foreign.push(r.url());
    });
    tabs.set(javaScriptEnabled, { page, foreign });
  }
});
afterAll(() => browser?.close());

async function visit(path: string, javaScriptEnabled: boolean) {
  const tab = tabs.get(javaScriptEnabled)!;
  tab.foreign.length = 0;
  await tab.page.goto(base + path, { waitUntil: 'load' });
  const heading = await tab.page.locator('main h1').first().textContent();
  const text = (await tab.page.locator('main').innerText()).trim();
  return { foreign: [...tab.foreign], heading, text };
}

describe('without JavaScript', () => {
  it.each(pages)('%s shows its content', async (path) => {
    const r = await visit(path, false);
    expect(r.heading?.trim()).toBeTruthy();
    expect(r.text.length).toBeGreaterThan(10);
    expect(r.foreign).toEqual([]);
  });
});

describe('with JavaScript', () => {
  it.each(pages)('%s requests nothing from another origin', async (path) => {
    expect((await visit(path, true)).foreign).toEqual([]);
  });
});
