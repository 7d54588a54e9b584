import { describe, expect, it } from 'vitest';
import { astroStageTimes, moduleClosure, referencedAssets, sizeOf, staticImports, sumSizes } from '../lib/bench.ts';

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
