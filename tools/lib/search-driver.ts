/** Drives the search page (/search/) as a reader does, for the browser tests and the search benchmark. */
import type { Page } from 'playwright-core';

/** Types a query (and filters: select name → value; others reset) into the search form and submits it. */
export async function submitSearch(page: Page, q: string, filters: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    ([q, filters]) => {
      const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
      for (const select of form.querySelectorAll('select')) select.value = filters[select.name] ?? '';
      form.requestSubmit();
    },
    [q, filters] as const,
  );
}

/** Waits until the newest search has rendered (the result list is aria-busy until then); returns how many show. */
export async function resultsSettled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const list = document.querySelector('[data-search-results]')!;
    await new Promise<void>((resolve) => {
      if (!list.hasAttribute('aria-busy')) return resolve();
      new MutationObserver((_, o) => {
        if (!list.hasAttribute('aria-busy')) {
          o.disconnect();
          resolve();
        }
      }).observe(list, { attributes: true });
    });
    return list.querySelectorAll('li').length;
  });
}

export interface QueryOutcome {
  status: string;
  hrefs: string[];
  /** Whether the "nothing found, try …" tips show. */
  tips: boolean;
}

/**
 * Runs queries one after another through the search form of an open /search/ page, inside the page (one round trip
 * for the whole table), and returns what each showed: its status line, the first page of result links, the tips.
 * Source text, not a function: the page must not depend on how the test runner compiles functions.
 */
export async function runQueries(page: Page, queries: readonly string[]): Promise<Record<string, QueryOutcome>> {
  return page.evaluate(`(async (queries) => {
    const form = document.querySelector('[data-search-form]');
    const input = form.querySelector('input[name="q"]');
    const list = document.querySelector('[data-search-results]');
    const settled = () => new Promise((resolve) => {
      if (!list.hasAttribute('aria-busy')) return resolve();
      new MutationObserver((_, o) => { if (!list.hasAttribute('aria-busy')) { o.disconnect(); resolve(); } })
        .observe(list, { attributes: true });
    });
    const out = {};
    for (const q of queries) {
      for (const select of form.querySelectorAll('select')) select.value = '';
      input.value = q;
      form.requestSubmit();
      await settled();
      out[q] = {
        status: document.querySelector('[data-search-status]').textContent,
        hrefs: [...list.querySelectorAll('li h2 a')].map((a) => a.getAttribute('href')),
        tips: !document.querySelector('[data-search-tips]').hidden,
      };
    }
    return out;
  })(${JSON.stringify(queries)})`);
}
