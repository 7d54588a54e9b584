/**
 * What the browser reports while showing a page — CSP violations, console errors, requests to other origins, failed
 * loads — for the nginx tests (a sample of pages in `npm test`, every page in `npm run test:full`).
 */
import type { Page } from 'playwright-core';
import type { TabPool } from '../tools/lib/browser.ts';

export interface Observed {
  csp: string[];
  errors: string[];
  foreign: string[];
  failed: string[];
}

export const NOTHING_SEEN: Observed = { csp: [], errors: [], foreign: [], failed: [] };

/** An init script (context.addInitScript) that records every CSP violation of the page in `window.__cspViolations`. */
export const CSP_LISTENER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
`;

/** What each observed tab has reported since its last visit. */
const reports = new Map<Page, Observed>();
const nothingSeen = (): Observed => ({ csp: [], errors: [], foreign: [], failed: [] });

/** Attaches the listeners to a tab (as tabPool's set-up); `siteUrl`'s origin is the only one allowed. */
export function observe(page: Page, siteUrl: string): void {
  const origin = new URL(siteUrl).origin;
  const log = () => reports.get(page)!;
  reports.set(page, nothingSeen());
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = `${m.text()} (${m.location().url})`;
    (/Content Security Policy/iu.test(text) ? log().csp : log().errors).push(text);
  });
  page.on('pageerror', (e) => log().errors.push(String(e)));
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== origin && !r.url().startsWith('data:')) log().foreign.push(r.url());
  });
  page.on('requestfailed', (r) => {
    // A request still in flight when the next navigation starts (the lazily fetched icon, a prefetch) is aborted by
    // the browser: not a failed load. Server failures still show as 4xx/5xx responses below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    log().failed.push(`${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') log().failed.push(`${r.url()} ${r.status()}`);
  });
}

/** Shows `url` in a tab of the pool (tabs set up with observe) and returns what the browser reported meanwhile. */
export function visit(
  pool: TabPool,
  url: string,
  until: (page: Page) => Promise<void> = async () => {},
): Promise<Observed> {
  return pool.use(async (page) => {
    reports.set(page, nothingSeen());
    await page.goto(url, { waitUntil: 'load' });
    await until(page);
    const report = reports.get(page)!;
    report.csp.push(
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    );
    return report;
  });
}
