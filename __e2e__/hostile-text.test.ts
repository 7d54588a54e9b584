/**
 * No markup from text, by construction: the real seed with hostile strings put into its running text (tags, braces,
 * URLs, comment openers, look-alikes of the project's own <Target>, GFM and smart-punctuation bait) goes through ingest
 * and one real `astro build` (into a temp directory, from a temp content directory), and the HTML is inspected:
 * every string is there as literal text, and none of it became an element, a link or other punctuation.
 * No browser: the built files are read directly.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPaths, ingest } from '../src/ingest/ingest.ts';
import { decodeEntities } from '../src/domain/text/html.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const seedText = readFileSync(join(root, 'seeds/wuzhong-income-plan-2023-2027.txt'), 'utf8');

/** Each ends a sentence, so the text stays a complete text that ingest accepts. */
const HOSTILE = [
  'http://evil.example/x<img src="x" onerror="alert(1)" />',
  '<script src="https://evil.example/x.js"></script>',
  '<!--注释开始',
  '{alert(1)}与{"a":1}',
  '<Target id="t-1-1">假目标</Target>',
  '3~5年和6~8年',
  '"双引号"和\'单引号\'',
  '破折号--和---,省略号...',
  'www.example.cn与http://example.cn/a?b=c',
  '*强调*与**粗体**与_下划线_',
  '[链接](http://x.cn)',
  '&amp;&lt;',
];
/** Running-text paragraphs of different kinds: section text, a measure, a group's own text, a safeguard. */
const lines = seedText.split('\n');
const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
const hostileSentence = (from: number) => `${HOSTILE.slice(from).join('。')}。`;
function hostileSeed(): string {
  const out = [...lines];
  const put = (i: number, text: string) => {
    const at = out[i]!.indexOf('。') + 1; // after the title sentence
    out[i] = `${out[i]!.slice(0, at)}${text}${out[i]!.slice(at)}`;
  };
  put(lineOf('16.'), hostileSentence(0));
  put(lineOf('(二)加强组织领导'), hostileSentence(0));
  out[lineOf('一、总体目标') + 1] += hostileSentence(4);
  // A sentence under a group heading (the model keeps it: /groups/3/ and /plan/ show it).
  out.splice(lineOf('(三)完善收入分配政策') + 1, 0, hostileSentence(0));
  return out.join('\n');
}

let work: string;
let dist: string;
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hostile-'));
  const seed = join(work, 'seed.txt');
  writeFileSync(seed, hostileSeed());
  ingest({ ...defaultPaths(root), seed, out: join(work, 'plan') }, { root });
  dist = join(work, 'dist');
  // The project's config, built into the temp dir with its own cache, from the temp content directory.
  const config = join(work, 'astro.config.mjs');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'astro.config.mjs'))};\nexport default { ...base, outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(join(work, 'cache'))} };\n`,
  );
  // Astro resolves --config against the project root.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', relative(root, config)],
    {
      cwd: root,
      env: { ...process.env, PLAN_CONTENT_DIR: join(work, 'plan'), SITE_PREVIEW: 'local' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}, 180_000);
afterAll(() => (process.env.KEEP_HOSTILE ? undefined : rmSync(work, { recursive: true, force: true })));

/** Text of the <main> element: tags dropped, entities decoded. */
const mainText = (html: string) =>
  decodeEntities(
    html
      .slice(html.indexOf('<main'), html.lastIndexOf('</main>'))
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, '')
      .replace(/<[^>]+>/gu, ''),
  );

describe('hostile strings in the text, through ingest and the real build', () => {
  it.each([
    ['/measures/16/', 'a measure'],
    ['/plan/', 'the full text'],
    ['/groups/3/', 'a group’s own text'],
    ['/safeguards/', 'a safeguard'],
  ])('%s (%s) shows every string as literal text', (path) => {
    const text = mainText(page(path));
    const missing = HOSTILE.filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });

  it('no page gained an element, link or attribute from the text', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const f of pages) {
      const html = readFileSync(join(dist, f), 'utf8');
      const bad = [
        /<img\b[^>]*onerror/iu,
        /<script\b[^>]*evil\.example/iu,
        /<a\b[^>]*href="(?:https?:\/\/)?(?:evil\.example|example\.cn|www\.example\.cn|x\.cn)/iu,
        /<(?:del|s)>/iu,
        /<(?:em|strong)>(?:强调|粗体|下划线)</u,
        /<target\b/iu,
        /<!--注释/u,
        /“双引号”|‘单引号’|破折号[–—]|省略号…/u,
      ]
        .filter((re) => re.test(html.slice(html.indexOf('<main'))))
        .map(String);
      if (bad.length) found.push(`${f}: ${bad.join(' ')}`);
    }
    expect(found).toEqual([]);
  });

  it('the look-alike <Target> stayed text; the real targets are still marked', () => {
    const html = page('/measures/16/');
    expect(html).toContain('&lt;Target id=&quot;t-1-1&quot;&gt;假目标&lt;/Target&gt;');
    expect(html.match(/id="t-1-1"/gu) ?? []).toHaveLength(0);
  });
});
