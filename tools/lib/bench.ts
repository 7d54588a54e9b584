/**
 * Pure helpers for `npm run bench`: which CSS and JS files a built page loads, their byte counts, and how many
 * requests stand between a click and the first paint. Tags, imports and gzip sizes are read as the page budget reads
 * them (page-budget.ts).
 */
import {
  gzipSize,
  requestsBeforeFirstPaint,
  startTags,
  staticImports as importSpecifiers,
  stylesheetLinks,
} from './page-budget.ts';

// ESC [ … m: the colour codes Astro's logger writes.
const ANSI_COLOUR = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'gu');

export interface PageAssets {
  css: string[];
  js: string[];
}

/** Site paths of the stylesheets and scripts an HTML page references (same-site files only), each once. */
export function referencedAssets(html: string): PageAssets {
  const css: string[] = [];
  const js: string[] = [];
  for (const t of startTags(html)) {
    const href = t.attrs.get('href');
    const rel = (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/u);
    if (t.name === 'link' && rel.includes('stylesheet') && href?.startsWith('/')) css.push(href);
    const src = t.attrs.get('src');
    if (t.name === 'script' && src?.startsWith('/')) js.push(src);
  }
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

/** Static imports of a bundled ES module (page-budget.ts reads them), resolved against the module's path. */
export function staticImports(code: string, modulePath: string): string[] {
  return [...new Set(importSpecifiers(code).map((spec) => new URL(spec, `http://site${modulePath}`).pathname))];
}

/** The module scripts plus every module they statically import, each once. */
export function moduleClosure(entries: readonly string[], read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const dep of staticImports(read(path), path)) visit(dep);
  };
  entries.forEach(visit);
  return [...seen];
}

export interface Size {
  raw: number;
  gzip: number;
}

export const sizeOf = (content: Buffer | string): Size => {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buf.length, gzip: gzipSize(buf) };
};

export const sumSizes = (sizes: readonly Size[]): Size =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/**
 * Astro's own stage timings from its build log: each `✓ Completed in …` / `✓ built in …` line, named after the stage
 * line before it (`Collecting build info...`, `generating static routes`, …); Vite's bundles are marked `(vite)`, and
 * a `[build] ✓ Completed` that closes a stage already timed is the total of the static build. Colour codes are ignored.
 */
export function astroStageTimes(log: string): { stage: string; time: string }[] {
  const out: { stage: string; time: string }[] = [];
  let stage = 'build';
  let timed = false;
  for (const raw of log.replace(ANSI_COLOUR, '').split('\n')) {
    const untimed = raw.replace(/^\d{2}:\d{2}:\d{2}\s+/u, '');
    const tag = /^\[([^\]]+)\]/u.exec(untimed)?.[1];
    const line = untimed.replace(/^\[[^\]]+\]\s*/u, '').trim();
    const done = /^✓ (?:Completed|built) in (\S+?)\.?$/u.exec(line);
    const generated = /^Generated (\S+)$/u.exec(line);
    if (generated) out.push({ stage: 'types', time: generated[1]! });
    else if (done) {
      const name = tag === 'vite' ? `${stage} (vite)` : timed && tag === 'build' ? 'static build, total' : stage;
      out.push({ stage: name, time: done[1]! });
      timed = true;
    } else if (/\.\.\.$|^generating static routes$/u.test(line)) {
      stage = line.replace(/\.\.\.$/u, '');
      timed = false;
    }
  }
  return out;
}

/** The URL path of an HTML file in dist/: `index.html` → `/`, `measures/1/index.html` → `/measures/1/`. */
export const pagePath = (file: string): string => `/${file.split('\\').join('/')}`.replace(/\/index\.html$/u, '/');

// The route a built page comes from, by its first folder: /measures/7/ → /measures/*/; a top-level page is its own.
export const pageTemplate = (path: string): string => {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts[0]}/*/` : path;
};

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted.at(-1) ?? 0 };
}

export interface FirstPaintRow {
  /** A page template (see pageTemplate), or `all pages`. */
  template: string;
  pages: number;
  /** Requests before first paint: the HTML, render-blocking stylesheets and blocking <head> scripts. */
  requests: Spread;
  /** Stylesheets linked (render-blocking or not). */
  stylesheets: Spread;
}

/** Requests before first paint and stylesheets linked, per page template (sorted) and then over all pages. */
export function firstPaintFigures(pages: readonly { path: string; html: string }[]): FirstPaintRow[] {
  const measured = pages.map((p) => {
    const tags = startTags(p.html);
    return {
      template: pageTemplate(p.path),
      requests: requestsBeforeFirstPaint(p.path, tags).length,
      stylesheets: stylesheetLinks(tags).length,
    };
  });
  const row = (template: string, of: typeof measured): FirstPaintRow => ({
    template,
    pages: of.length,
    requests: spread(of.map((m) => m.requests)),
    stylesheets: spread(of.map((m) => m.stylesheets)),
  });
  const templates = [...new Set(measured.map((m) => m.template))].sort();
  const byTemplate = templates.map((t) =>
    row(
      t,
      measured.filter((m) => m.template === t),
    ),
  );
  return [...byTemplate, row('all pages', measured)];
}

const showSpread = (s: Spread) => (s.min === s.max ? `${s.min}` : `${s.min} / ${s.median} / ${s.max}`);

/** The rows as an aligned table; a spread whose min and max agree prints as one number. */
export function formatFirstPaint(rows: readonly FirstPaintRow[]): string[] {
  const width = Math.max(...rows.map((r) => r.template.length), 'template'.length);
  const line = (a: string, b: string, c: string, d: string) =>
    `  ${a.padEnd(width)}  ${b.padStart(5)}  ${c.padEnd(26)}  ${d}`;
  return [
    line('template', 'pages', 'requests (min/median/max)', 'stylesheets linked'),
    ...rows.map((r) => line(r.template, String(r.pages), showSpread(r.requests), showSpread(r.stylesheets))),
  ];
}
