/**
 * Fidelity: the built pages carry the plan's text exactly as issued. Expectations come from the seed file, read here
 * on its own (no parser): every line of it, whitespace aside, appears in /plan/ in the seed's order, and every
 * measure's whole text appears on its own page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { htmlText } from '../src/domain/text/html.ts';

const dist = inject('distDir');
const seed = readFileSync(
  fileURLToPath(new URL('../seeds/wuzhong-income-plan-2023-2027.txt', import.meta.url)),
  'utf8',
);
const strip = (s: string) => s.replace(/[\s\u3000]+/gu, '');
const lines = seed.split('\n').map(strip).filter(Boolean);

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The text of the element carrying `marker` (an attribute), up to its closing tag `tag`. */
function region(html: string, marker: string, tag: string): string {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} on the page`);
  const open = html.indexOf('>', start) + 1;
  return html.slice(open, html.indexOf(`</${tag}>`, open));
}
/** Sentences of a line, each keeping its 。 */
const sentences = (line: string) => line.match(/[^。]+。?/gu) ?? [];

describe('/plan/ carries the seed as issued', () => {
  const text = strip(htmlText(region(page('plan'), 'data-plan-text', 'article')));

  it('the seed has the expected shape', () => {
    expect(lines.length).toBeGreaterThan(40);
  });

  it('every sentence of the seed appears', () => {
    const missing = lines.flatMap(sentences).filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });

  it('every line appears whole, in the seed order, and nothing else is in the text', () => {
    let at = 0;
    const outOfOrder: string[] = [];
    for (const line of lines) {
      const i = text.indexOf(line, at);
      if (i < 0) outOfOrder.push(line.slice(0, 30));
      else at = i + line.length;
    }
    expect(outOfOrder).toEqual([]);
    expect(text).toBe(lines.join(''));
  });
});

describe('measure pages carry each measure whole', () => {
  const measureLines = lines.map((l) => /^(\d+)\.(.+)$/u.exec(l)).filter((m): m is RegExpExecArray => m !== null);

  it('the seed has 20 numbered measures', () => {
    expect(measureLines.map((m) => Number(m[1]))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(measureLines.map((m) => [Number(m[1]), m[2]!] as const))('/measures/%i/', (n, line) => {
    const html = page(`measures/${n}`);
    const cut = line.indexOf('。');
    const title = line.slice(0, cut);
    const rest = line.slice(cut + 1);
    expect(strip(htmlText(region(html, '<h1', 'h1')))).toContain(title);
    expect(strip(htmlText(region(html, 'data-measure-text', 'div')))).toBe(rest);
  });
});
