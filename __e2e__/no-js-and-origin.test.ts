/**
 * Every page is readable with JavaScript off (its <main> has a heading and text), and no page, with or without JS,
 * makes a request to any other origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { builtPages } from './site.ts';

const base = inject('baseUrl');
const pages = builtPages(inject('distDir')).map((p) => p.path);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function visit(path: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== base) foreign.push(r.url());
  });
  await page.goto(base + path, { waitUntil: 'load' });
  const heading = await page.locator('main h1').first().textContent();
  const text = (await page.locator('main').innerText()).trim();
  await context.close();
  return { foreign, heading, text };
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
