/**
 * Debian's Chromium driven by playwright-core (no browser download is possible here). The suite must run, never
 * skip: a missing browser is an error that says how to install it (`npm test`'s pretest installs it as root).
 *
 * Speed: one browser per test file; pages are visited in a few reused tabs at once (a tab costs more than a page
 * load, and Chromium renders in its own processes, so 2–4 tabs keep both cores busy).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Frame,
  type Page,
} from 'playwright-core';

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

/**
 * Loads `paths` of the site side by side as iframes of `tab` (each a real document load, with the site's CSS, at
 * `size`), all at once, and returns their frames by path: one tab's worth of overhead for many pages whose facts are
 * then read with one `frame.evaluate` each. The tab's document is replaced; it moves to the site's origin first so
 * the frames are same-origin.
 */
export async function framesOf(
  tab: Page,
  siteUrl: string,
  paths: readonly string[],
  size: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<Map<string, Frame>> {
  if (new URL(tab.url()).origin !== new URL(siteUrl).origin) await tab.goto(`${siteUrl}/404.html`);
  const iframes = paths.map(
    (p) => `<iframe src="${p}" style="display:block;width:${size.width}px;height:${size.height}px;border:0"></iframe>`,
  );
  await tab.setContent(iframes.join(''), { waitUntil: 'load' });
  const frames = await Promise.all((await tab.$$('iframe')).map(async (h) => (await h.contentFrame())!));
  return new Map(paths.map((p, i) => [p, frames[i]!]));
}
