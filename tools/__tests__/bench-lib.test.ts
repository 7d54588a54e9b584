import { describe, expect, it } from 'vitest';
import {
  astroStageTimes,
  firstPaintFigures,
  formatFirstPaint,
  moduleClosure,
  pagePath,
  pageTemplate,
  referencedAssets,
  sizeOf,
  spread,
  staticImports,
  sumSizes,
} from '../lib/bench.ts';

describe('referencedAssets', () => {
  it('finds same-site stylesheets and scripts, once each', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x/"><link rel="stylesheet" href="/_astro/a.css">
      <script type="application/ld+json">{}</script><script type="module" src="/_astro/b.js"></script><link rel="stylesheet" href="https://cdn/x.css">`;
    expect(referencedAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/b.js'] });
  });
});

describe('staticImports and moduleClosure', () => {
  it('resolves relative imports and follows them once', () => {
    expect(staticImports('import"./c.js";import{a}from"./d.js";import("./lazy.js")', '/_astro/b.js')).toEqual([
      '/_astro/c.js',
      '/_astro/d.js',
    ]);
    const files: Record<string, string> = {
      '/a.js': 'import"./b.js"',
      '/b.js': 'import"./a.js";import"./c.js"',
      '/c.js': '',
    };
    expect(moduleClosure(['/a.js'], (p) => files[p]!)).toEqual(['/a.js', '/b.js', '/c.js']);
  });
});

describe('sizes', () => {
  it('counts raw bytes (UTF-8) and gzip bytes, and sums them', () => {
    const s = sizeOf('吴忠'.repeat(100));
    expect(s.raw).toBe(600);
    expect(s.gzip).toBeLessThan(100);
    expect(
      sumSizes([
        { raw: 1, gzip: 2 },
        { raw: 3, gzip: 4 },
      ]),
    ).toEqual({ raw: 4, gzip: 6 });
  });
});

describe('astroStageTimes', () => {
  it('names each timing after the stage line before it', () => {
    const log = [
      '12:43:31 [types] Generated 1.31s',
      '12:43:31 [build] Collecting build info...',
      '12:43:31 [build] \x1b[32m✓ Completed in 1.46s.\x1b[39m',
      '12:43:31 [build] Building static entrypoints...',
      '12:43:32 [vite] ✓ built in 51ms',
      ' generating static routes ',
      '12:43:33   ├─ /index.html (+3ms)',
      '12:43:33 ✓ Completed in 556ms.',
      '12:43:33 [build] ✓ Completed in 2.01s.',
    ].join('\n');
    expect(astroStageTimes(log)).toEqual([
      { stage: 'types', time: '1.31s' },
      { stage: 'Collecting build info', time: '1.46s' },
      { stage: 'Building static entrypoints (vite)', time: '51ms' },
      { stage: 'generating static routes', time: '556ms' },
      { stage: 'static build, total', time: '2.01s' },
    ]);
  });
});

describe('requests before first paint', () => {
  const html = (head: string) => `<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`;
  const one = '<link rel="stylesheet" href="/_astro/style.css"><script type="module" src="/_astro/a.js"></script>';
  const three =
    '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><script src="/c.js"></script>';

  it('names pages and templates by path', () => {
    expect(['index.html', 'measures/1/index.html', '404.html'].map(pagePath)).toEqual([
      '/',
      '/measures/1/',
      '/404.html',
    ]);
    expect(['/', '/measures/12/', '/search/', '/404.html'].map(pageTemplate)).toEqual([
      '/',
      '/measures/*/',
      '/search/',
      '/404.html',
    ]);
  });

  it('takes min, median and max', () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(spread([4, 1, 2, 9])).toEqual({ min: 1, median: 3, max: 9 });
  });

  it('counts per template and over all pages, and prints one number where all pages agree', () => {
    const rows = firstPaintFigures([
      { path: '/measures/1/', html: html(one) },
      { path: '/measures/2/', html: html(three) },
      { path: '/', html: html(one) },
    ]);
    expect(rows).toEqual([
      { template: '/', pages: 1, requests: spread([2]), stylesheets: spread([1]) },
      { template: '/measures/*/', pages: 2, requests: spread([2, 4]), stylesheets: spread([1, 2]) },
      { template: 'all pages', pages: 3, requests: spread([2, 4, 2]), stylesheets: spread([1, 2, 1]) },
    ]);
    const table = formatFirstPaint(rows);
    expect(table[1]).toMatch(/^ {2}\/ +1 {2}2 +1$/u);
    expect(table[2]).toMatch(/^ {2}\/measures\/\*\/ +2 {2}2 \/ 3 \/ 4 +1 \/ 1\.5 \/ 2$/u);
  });
});
