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
