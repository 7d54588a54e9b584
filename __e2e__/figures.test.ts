/**
 * Every figure the built site shows — home cards, measure tables, /targets/, /for/ cards, chart labels and tables —
 * is checked against its record's verbatim words, from the HTML in dist/ (no browser): each displayed piece is a
 * substring of the record's quote, in the quote's order, nothing else is displayed, and the record's qualifier and
 * time words are all there (a by-year 到2027年 may be left to a heading that names the year). Also: rows of the
 * number tables and cards each show a figure, and the site's own words never stand in for the text's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './site.ts';
import { decodeEntities } from '../src/domain/text/html.ts';
import { MEASURE_TARGETS_ID } from '../src/site/routes.ts';

const dist = inject('distDir');
const pages = builtPages(dist);
interface TargetJson {
  id: string;
  value: number;
  unit: string;
  figure: string;
  qualifier: string[];
  time: string;
  timeframe: string;
  quote: string;
}
const records = new Map(
  (JSON.parse(readFileSync(join(dist, 'data/targets.json'), 'utf8')) as TargetJson[]).map((t) => [t.id, t]),
);

const text = (html: string) => decodeEntities(html.replace(/<[^>]*>/gu, '')).replace(/\s+/gu, '');

interface Shown {
  page: string;
  id: string;
  yearInContext: boolean;
  text: string;
  pieces: string[];
}

/** Every element with data-figure: its text and its data-piece children (tags nest only as <span>). */
function figuresIn(page: string, html: string): Shown[] {
  const out: Shown[] = [];
  for (const m of html.matchAll(/<(span|text)\b([^>]*\sdata-figure="([^"]+)"[^>]*)>/gu)) {
    const tag = m[1]!;
    let depth = 1;
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gu');
    re.lastIndex = m.index + m[0].length;
    let end = -1;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    const inner = html.slice(m.index + m[0].length, end);
    const pieces = [...inner.matchAll(/<span\b[^>]*\sdata-piece="[^"]+"[^>]*>([^<]*)<\/span>/gu)].map((p) =>
      text(p[1]!),
    );
    out.push({
      page,
      id: m[3]!,
      yearInContext: /\sdata-year-in-context(?:=|\s|$)/u.test(m[2]!),
      text: text(inner),
      pieces: pieces.length ? pieces : [text(inner)],
    });
  }
  return out;
}

const shown = pages.flatMap((p) => figuresIn(p.path, p.html));

describe('every rendered figure uses its statement’s own words', () => {
  it('figures are rendered where figures are shown: home, measure tables, /targets/, /for/, /industries/', () => {
    const on = (path: string) => shown.filter((s) => s.page === path).length;
    expect(on('/')).toBeGreaterThan(0);
    expect(on('/targets/')).toBe(records.size);
    expect(on('/measures/5/')).toBe([...records.keys()].filter((id) => id.startsWith('t-5-')).length);
    expect(shown.some((s) => s.page.startsWith('/for/'))).toBe(true);
    expect(on('/industries/')).toBeGreaterThan(0);
    expect(shown.some((s) => s.page === '/industries/' && s.yearInContext)).toBe(true);
  });

  it.each(pages.filter((p) => shown.some((s) => s.page === p.path)).map((p) => [p.path]))('%s', (path) => {
    const problems: string[] = [];
    for (const s of shown.filter((x) => x.page === path)) {
      const t = records.get(s.id);
      if (!t) {
        problems.push(`${s.id}: no such record`);
        continue;
      }
      if (s.pieces.join('') !== s.text) problems.push(`${s.id}: “${s.text}” holds words outside its pieces`);
      let from = 0;
      for (const piece of s.pieces) {
        const at = t.quote.indexOf(piece, from);
        if (at < 0) problems.push(`${s.id}: “${piece}” is not in “${t.quote}” (after ${from})`);
        else from = at + piece.length;
      }
      if (!s.text.includes(String(t.value))) problems.push(`${s.id}: value ${t.value} not shown in “${s.text}”`);
      const unitWritten = t.unit.split('/')[0]!;
      if (!s.text.includes(unitWritten)) problems.push(`${s.id}: unit ${unitWritten} not shown in “${s.text}”`);
      for (const q of t.qualifier)
        if (!s.text.includes(q)) problems.push(`${s.id}: qualifier ${q} dropped: “${s.text}”`);
      const timeMayGo = s.yearInContext && t.timeframe === 'by-year';
      if (t.time && !timeMayGo && !s.text.includes(t.time))
        problems.push(`${s.id}: time words ${t.time} dropped: “${s.text}”`);
    }
    expect(problems).toEqual([]);
  });

  it('unit pages show each of their measures’ numbers as figures, on screen and on the printed sheet', () => {
    const agriculture = shown.filter((s) => s.page === '/departments/agriculture-rural-affairs/');
    // Measures 17 and 18 (the 30年 pilot, 3个县, 96个村) are the unit's: each figure on screen and on paper.
    for (const id of ['t-17-1', 't-18-2', 't-18-3']) expect(agriculture.filter((s) => s.id === id).length, id).toBe(2);
    const on = (page: string, id: string) => shown.filter((s) => s.page === page && s.id === id).map((s) => s.text);
    const hr = '/departments/human-resources-social-security/';
    expect(on(hr, 't-6-6')).toContain('到2027年每年3000个');
    expect(on(hr, 't-6-7')).toContain('到2027年每年1万人次以上');
    expect(on(hr, 't-7-2')).toContain('每年400人');
    expect(on('/departments/agriculture-rural-affairs/', 't-1-1')).toContain('力争用5年时间达到90%以上');
  });

  it('the issue’s examples read as the text writes them', () => {
    const on = (id: string) => shown.filter((s) => s.id === id).map((s) => s.text);
    expect(on('t-2-2')).toContain('到2027年超过30家');
    expect(on('t-6-5')).toContain('到2027年每年2000个');
    expect(on('t-4-1')).toContain('年均增长8%以上');
    expect(on('t-1-4')).toContain('到2027年稳定在11.2万亩');
    expect(on('t-12-1')).toContain('每年调增城乡居民基础养老金5元');
    expect(on('t-13-1')).toContain('低于低保标准1.5倍');
    expect(on('t-2-4')).toContain('力争每年20户以上');
    expect(on('t-18-1')).toContain('不低于55%并逐年增加');
    expect(on('t-5-12')).toContain('每月至少进行1次');
  });

  it('no site wording replaces the text’s: no symbol-and-word doubles, no 未限定/多于/不高于 paraphrases', () => {
    for (const p of pages) {
      const body = text(p.html.replace(/<script[\s\S]*?<\/script>/gu, ''));
      expect(body, p.path).not.toMatch(/[≥≤≈]不低于|[≥≤≈]不高于|=达到|未限定|多年内/u);
    }
  });
});

describe('measure pages name their numbers honestly', () => {
  const page = (path: string) => pages.find((p) => p.path === path)!.html;
  const heading = (html: string) =>
    text(new RegExp(`<h2 id="${MEASURE_TARGETS_ID}"[^>]*>([\\s\\S]*?)</h2>`, 'u').exec(html)?.[1] ?? '');
  it('the heading over a measure’s numbers names the kinds it holds', () => {
    expect(heading(page('/measures/5/'))).toBe('目标、标准和条件');
    expect(heading(page('/measures/13/'))).toBe('条件');
    expect(heading(page('/measures/17/'))).toBe('试点');
    expect(heading(page('/measures/18/'))).toBe('目标和范围');
  });
  it('no link is named by an internal id (t-5-1) but by its place', () => {
    for (const p of pages) expect(p.html, p.path).not.toMatch(/aria-label="[^"]*\bt-\d+-\d+/u);
    expect(page('/measures/5/')).toContain('aria-label="第5项第1个数字的链接"');
  });
});

describe('who receives it', () => {
  const page = (path: string) => pages.find((p) => p.path === path)!.html;
  it('/for/rural-workers/ does not list the 200元/人 subsidy as its own; it names its recipient', () => {
    const html = page('/for/rural-workers/');
    const standards = /id="standards-heading"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';
    expect(standards).not.toContain('data-figure="t-5-8"');
    expect(text(/id="others-heading"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '')).toContain('劳务中介组织、劳务经纪人');
  });
  it('/for/low-income-families/ shows the 1.5倍 threshold as a condition, not a benefit', () => {
    const html = page('/for/low-income-families/');
    expect(/id="conditions-heading"[\s\S]*?data-figure="t-13-1"/u.test(html)).toBe(true);
    expect(/id="standards-heading"/u.test(html)).toBe(false);
  });
  it('/for/job-seekers/ exists and quotes the 失业保险 sentence; /for/farmers/ quotes measure 18’s 粮食直补 sentence', () => {
    expect(text(page('/for/job-seekers/'))).toContain('失业保险“保生活、促就业、防失业”功能');
    expect(text(page('/for/farmers/'))).toContain('及时发放粮食直补、农机补贴、耕地地力保护补贴');
  });
});
