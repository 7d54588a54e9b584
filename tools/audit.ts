/**
 * `npm run audit`: Lighthouse on the built site, served as in production (real nginx with deploy/site.conf, so
 * compression, caching and security headers count; the plain static server if nginx is not installed), in Debian's
 * Chromium. Prints the four category scores per page and every audit that kept a category below 100. It prints; it
 * never fails on scores.
 *
 *   npm run audit                 mobile (Lighthouse's default: emulated phone, simulated slow 4G)
 *   npm run audit -- --desktop    Lighthouse's desktop preset
 *
 * Builds first if dist/ is missing. The full JSON reports are written to a temp folder (path printed). Performance
 * scores depend on this machine's CPU at that moment: each row shows Lighthouse's benchmark index (higher = faster CPU;
 * below ~1000 the throttled metrics are inflated), so rerun on an idle machine before reading much into them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { chromiumPath } from './lib/browser.ts';
import { startNginx } from './lib/nginx.ts';
import { serveDirectory } from './lib/static-server.ts';

const PAGES = ['/', '/measures/1/', '/industries/', '/departments/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const desktop = process.argv.includes('--desktop');

if (!existsSync(dist)) {
  console.log('dist/ is missing: building (npm run build) …');
  execFileSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SITE_PREVIEW: process.env.SITE_PREVIEW ?? 'local' },
  });
}

async function serve(): Promise<{ url: string; how: string; stop: () => Promise<void> }> {
  try {
    const nginx = await startNginx(dist);
    return { url: nginx.url, how: 'nginx with deploy/site.conf', stop: () => nginx.stop() };
  } catch (e) {
    console.log(`nginx unavailable (${(e as Error).message.split('\n')[0]}); using the plain static server`);
    const server = await serveDirectory(dist);
    return { url: server.url, how: 'static server (no compression or cache headers)', stop: () => server.close() };
  }
}

/** Audits that cost points in a category: scored, weighted, below 1. */
function shortfalls(lhr: Result, category: string): string[] {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`);
}

const present = PAGES.filter((p) => existsSync(join(dist, p, 'index.html')));
for (const p of PAGES.filter((x) => !present.includes(x))) console.log(`skipped ${p}: not in dist/ yet`);

const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const reports = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows: string[][] = [];
const notes: string[] = [];
try {
  for (const path of present) {
    const result = await lighthouse(
      server.url + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    writeFileSync(
      join(reports, `${path.replace(/\W+/gu, '_').replace(/^_|_$/gu, '') || 'home'}.json`),
      JSON.stringify(lhr),
    );
    rows.push([
      path,
      ...CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100))),
      String(Math.round(lhr.environment.benchmarkIndex)),
    ]);
    for (const c of CATEGORIES) {
      const lost = shortfalls(lhr, c);
      if (lost.length) notes.push(`${path} ${c}: ${lost.join('; ')}`);
    }
    if (lhr.runWarnings.length) notes.push(`${path} warnings: ${lhr.runWarnings.join(' | ')}`);
  }
} finally {
  chrome.kill();
  await server.stop();
}

const table = [['page', ...CATEGORIES, 'cpu index'], ...rows];
const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
console.log(`\nLighthouse ${desktop ? 'desktop' : 'mobile'} · ${server.how} · ${chromiumPath}\n`);
for (const [i, r] of table.entries()) {
  console.log(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(
  notes.length ? `\nBelow 100:\n${notes.map((n) => `  ${n}`).join('\n')}` : '\nEvery category 100 on every page.',
);
console.log(`\nReports: ${reports}`);
