/**
 * npm run compare-builds -- <before-dist> <after-dist>
 *
 * Compares two builds of the site page by page, so a refactor can show that its output is unchanged: HTML, JSON, CSV,
 * XML and text files are normalised (hashed asset names in /_astro/ lose their hash; tags split one per line) and
 * compared; Pagefind's index and the precompressed copies are left out (they follow from the rest). Prints the files
 * only in one build and, for each differing file, its first differing lines. Exit 0 when the builds agree, 1 if not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { normaliseBuiltText } from './lib/compare-builds.ts';

const COMPARED = new Set(['.html', '.json', '.csv', '.xml', '.txt']);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => COMPARED.has(extname(f)) && !f.startsWith('pagefind/'))
    .sort();
}

const [before, after] = process.argv.slice(2);
if (!before || !after || !existsSync(before) || !existsSync(after)) {
  console.error('usage: npm run compare-builds -- <before-dist> <after-dist> (two built dist/ folders)');
  process.exit(1);
}

const a = new Set(files(before));
const b = new Set(files(after));
const onlyBefore = [...a].filter((f) => !b.has(f));
const onlyAfter = [...b].filter((f) => !a.has(f));
const differing: { file: string; lines: string[] }[] = [];
for (const f of [...a].filter((x) => b.has(x))) {
  const x = normaliseBuiltText(readFileSync(join(before, f), 'utf8')).split('\n');
  const y = normaliseBuiltText(readFileSync(join(after, f), 'utf8')).split('\n');
  if (x.join('\n') === y.join('\n')) continue;
  const lines: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length) && lines.length < 6; i++)
    if (x[i] !== y[i]) lines.push(`  - ${x[i] ?? '(none)'}`, `  + ${y[i] ?? '(none)'}`);
  differing.push({ file: f, lines });
}

console.log(`compared ${a.size} / ${b.size} files (HTML, JSON, CSV, XML, text; hashed asset names ignored)`);
for (const f of onlyBefore) console.log(`only before: ${f}`);
for (const f of onlyAfter) console.log(`only after:  ${f}`);
for (const d of differing) console.log(`differs:     ${d.file}\n${d.lines.join('\n')}`);
if (!onlyBefore.length && !onlyAfter.length && !differing.length) console.log('no difference');
process.exit(onlyBefore.length || onlyAfter.length || differing.length ? 1 : 0);
