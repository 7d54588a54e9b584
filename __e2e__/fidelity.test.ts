/**
 * Fidelity: the built pages carry the plan's text exactly as issued. Expectations come from the seed file, read here
 * on its own (no parser): every line of it, whitespace aside, appears in /plan/ in the seed's order, every measure's
 * whole text appears on its own page, and /data/measures.json holds each measure's marker and text as written.
 * Nothing here assumes a form of the text: a measure's marker may be 1. 1、 １． or 01., its title sentence may end
 * with 。 ？ ！ or an ASCII ? ! — the pages must show whichever the seed has.
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
/**
 * Where a sentence ends, read here on its own: 。 ？ ！ always; an ASCII ? or ! only before the end of the line, a
 * closing quote or bracket, or a character that is not ASCII (in `http://x.cn/?a=1` or `<!--` it ends nothing).
 */
const SENTENCE_END = /[\u3002\uFF1F\uFF01]|[?!](?=$|["')\]}]|[^\p{ASCII}])/u;
/** Sentences of a line, each keeping its closing mark. */
function sentences(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  for (let m = SENTENCE_END.exec(rest); m; m = SENTENCE_END.exec(rest)) {
    out.push(rest.slice(0, m.index + 1));
    rest = rest.slice(m.index + 1);
  }
  return rest ? [...out, rest] : out;
}
/** A measure line: its marker as written (1. 1、 01. and their full-width forms) and the rest. */
const MEASURE_LINE = /^([0-9\uFF10-\uFF19]+[.\u3001\uFF0E])(.+)$/u;
const numberOf = (marker: string) =>
  Number(marker.replace(/[\uFF10-\uFF19]/gu, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\D/gu, ''));

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

const measureLines = lines
  .map((l) => MEASURE_LINE.exec(l))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => {
    const [title, ...rest] = sentences(m[2]!);
    return { n: numberOf(m[1]!), marker: m[1]!, line: m[2]!, title: title!, rest: rest.join('') };
  });

describe('measure pages carry each measure whole', () => {
  it('the seed has 20 numbered measures', () => {
    expect(measureLines.map((m) => m.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it.each(measureLines.map((m) => [m.n, m] as const))('/measures/%i/', (n, m) => {
    const html = page(`measures/${n}`);
    // The heading: the marker as written and the title sentence (a heading may drop a closing 。, nothing else).
    const heading = m.title.endsWith('\u3002') ? m.title.slice(0, -1) : m.title;
    expect(strip(htmlText(region(html, '<h1', 'h1')))).toBe(`${m.marker}${heading}`);
    expect(strip(htmlText(region(html, 'data-measure-text', 'div')))).toBe(m.rest);
  });
});

describe('/data/measures.json carries each measure as written', () => {
  const data = JSON.parse(readFileSync(join(dist, 'data', 'measures.json'), 'utf8')) as {
    number: number;
    marker: string;
    text: string;
  }[];

  it.each(measureLines.map((m) => [m.n, m] as const))('measure %i: marker and text', (n, m) => {
    const row = data.find((r) => r.number === n);
    expect(row?.marker).toBe(m.marker);
    expect(strip(row?.text ?? '')).toBe(m.line);
  });
});
