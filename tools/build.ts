/**
 * npm run build — `astro build` with Astro's log at "warn" (no line per page: a clean build fits on a screen, and
 * every warning or error still prints), then precompression, which must stay the last step.
 * `npm run bench` times Astro's own stages separately.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'astro';
import { resolveSiteUrl } from '../site-url.mjs';
import { precompressDirectory } from './lib/precompress.ts';

// A deployable build needs the public address (site-url.mjs); say how to set it before building anything.
const site = resolveSiteUrl(process.env, ['build']);
if ('error' in site) {
  console.error(site.error);
  process.exit(1);
}

const root = process.cwd();
const dist = join(root, 'dist');
const start = performance.now();
try {
  await build({ root, logLevel: 'warn' });
} catch (e) {
  // Bad reviewed data (content/reviewed/, parsed while pages render) is the reader's to fix: `file:line: what is
  // wrong`, no stack trace. The error comes from Astro's bundle of src/domain/errors.ts, so it is known by its name.
  if (e instanceof Error && e.name === 'SourceError') {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const seconds = ((performance.now() - start) / 1000).toFixed(1);
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
const r = precompressDirectory(dist);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`built ${pages} pages into dist/ in ${seconds} s for ${site.url}`);
console.log(
  `precompressed ${r.files} files (${kb(r.bytes.original)}) → ${r.gz} .gz (${kb(r.bytes.gz)}), ${r.br} .br (${kb(r.bytes.br)})`,
);
