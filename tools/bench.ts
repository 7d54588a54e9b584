/**
 * npm run bench — build the site and print figures: time per stage, number of pages, requests before first paint per
 * page template (the HTML + render-blocking stylesheets + blocking scripts in <head>, read from dist/), and for the
 * home page and a measure page the bytes of HTML, CSS and JS (raw and gzip -9, counting the files the page loads).
 * It only prints; it never fails on a figure.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { defaultPaths, ingest } from '../src/ingest/ingest.ts';
import {
  astroStageTimes,
  firstPaintFigures,
  formatFirstPaint,
  moduleClosure,
  pagePath,
  referencedAssets,
  sizeOf,
  sumSizes,
  type Size,
} from './lib/bench.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

const check = timed(() => ingest(defaultPaths(root), { check: true, root }));
const build = timed(() =>
  spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_PREVIEW: process.env.SITE_PREVIEW ?? 'local' },
  }),
);
if (build.value.status !== 0) {
  process.stderr.write(build.value.stdout + build.value.stderr);
  throw new Error(`astro build exited with ${build.value.status}`);
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const builtPages = pages.map((f) => ({ path: pagePath(f), html: readFileSync(join(dist, f), 'utf8') }));

const fmt = (s: Size) => `${s.raw.toLocaleString('en')} B raw, ${s.gzip.toLocaleString('en')} B gzip`;
function weigh(path: string) {
  const html = readFileSync(join(dist, path, 'index.html'));
  const refs = referencedAssets(html.toString('utf8'));
  const file = (p: string) => readFileSync(join(dist, p));
  const js = moduleClosure(refs.js, (p) => file(p).toString('utf8'));
  const css = sumSizes(refs.css.map((p) => sizeOf(file(p))));
  const scripts = sumSizes(js.map((p) => sizeOf(file(p))));
  const page = sizeOf(html);
  return [
    `${path}`,
    `  HTML  ${fmt(page)}`,
    `  CSS   ${fmt(css)} (${refs.css.length} file${refs.css.length === 1 ? '' : 's'})`,
    `  JS    ${fmt(scripts)} (${js.length} file${js.length === 1 ? '' : 's'})`,
    `  total ${fmt(sumSizes([page, css, scripts]))}`,
  ].join('\n');
}

console.log(
  [
    'Build',
    `  ingest --check  ${seconds(check.ms)} (${check.value.stale.length ? `stale: ${check.value.stale.join(', ')}` : 'content current'})`,
    `  astro build     ${seconds(build.ms)}`,
    ...astroStageTimes(build.value.stdout).map((s) => `    ${s.stage.padEnd(36)} ${s.time}`),
    `  pages           ${pages.length} HTML files in dist/`,
    '',
    'Requests before first paint (HTML + render-blocking stylesheets + blocking <head> scripts)',
    ...formatFirstPaint(firstPaintFigures(builtPages)),
    '',
    'Page weight',
    weigh('/'),
    weigh('/measures/1/'),
  ].join('\n'),
);
