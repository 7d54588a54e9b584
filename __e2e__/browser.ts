/**
 * Debian's Chromium driven by playwright-core (no browser download is possible here). The suite must run, never
 * skip: a missing browser is an error that says how to install it (`npm test`'s pretest installs it as root).
 *
 * Speed: one browser per test file; pages are visited in a few reused tabs at once (a tab costs more than a page
 * load, and Chromium renders in its own processes, so 2–4 tabs keep both cores busy).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, type Browser, type BrowserContext, type BrowserServer, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Set by __e2e__/global-setup.ts: the suite's one Chromium, which every test file connects to. */
export const BROWSER_ENDPOINT_ENV = 'E2E_BROWSER_WS_ENDPOINT';

function checkChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
}

/**
 * A browser for one test file (close it in afterAll). Inside the test suite it is a connection to the suite's shared
 * Chromium (starting Chromium costs a second or two per file); elsewhere (bench, audit) a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  checkChromium();
  return chromium.launch(LAUNCH_OPTIONS);
}

/** Starts the suite's shared Chromium; files reach it through launchBrowser(). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  checkChromium();
  return chromium.launchServer(LAUNCH_OPTIONS);
}

const LAUNCH_OPTIONS = {
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/** How many tabs a sweep over many pages uses: two per core, at most four. */
export const TABS = Math.min(4, Math.max(2, availableParallelism() * 2));

/**
 * A fixed set of tabs in one context, lent out one test at a time. With `describe.concurrent`, every `it` of a
 * sweep borrows a tab, so pages load in parallel while each page stays its own test with its own report line.
 */
export interface TabPool {
  use<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  readonly tabs: readonly Page[];
}

export async function tabPool(
  context: BrowserContext,
  size = TABS,
  setUp: (page: Page) => void | Promise<void> = () => {},
): Promise<TabPool> {
  const tabs: Page[] = [];
  for (let i = 0; i < size; i++) {
    const page = await context.newPage();
    await setUp(page);
    tabs.push(page);
  }
  const idle = [...tabs];
  const waiting: ((page: Page) => void)[] = [];
  const release = (page: Page) => {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  };
  return {
    tabs,
    async use(fn) {
      const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
      try {
        return await fn(page);
      } finally {
        release(page);
      }
    },
  };
}
