/**
 * `npm run build`'s last step: write x.gz and x.br beside every compressible file of dist/ (tools/lib/precompress.ts).
 * It runs after `astro build` returns, so after every integration's astro:build:done (sitemap, Pagefind) has written
 * its files — whatever order the integrations are listed in. Keep it the last command of the build script.
 * Usage: tsx tools/precompress.ts [dir]   (default: dist)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { precompressDirectory } from './lib/precompress.ts';

const dir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`precompress: ${dir} does not exist; run astro build first`);
  process.exit(1);
}
const r = precompressDirectory(dir);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `precompress: ${r.files} files (${kb(r.bytes.original)}) → ${r.gz} .gz (${kb(r.bytes.gz)}), ${r.br} .br (${kb(r.bytes.br)})`,
);
