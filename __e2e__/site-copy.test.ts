/**
 * The site's own Chinese words use full-width punctuation (src/site/ui-text.ts `zh`), while the plan's text keeps
 * its ASCII punctuation as written. Read from the HTML in dist/ (no browser): in every page's <title>, meta
 * description, headings, paragraphs, list items and table cells, each ASCII , : ; ( ) ? ! next to Chinese text must be the plan's: the
 * punctuation with the three characters before it, or with the three after it, is a stretch of the seed, and a
 * short stretch in ASCII brackets is a stretch of the seed as a whole. Anything else
 * is the site's own copy written with ASCII punctuation (第N项:, 市直部门(21), …,如).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from './site.ts';
import { decodeEntities, htmlText } from '../src/domain/text/html.ts';
import { stripWhitespace } from '../src/domain/text/text.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const seed = stripWhitespace(readFileSync(`${root}seeds/wuzhong-income-plan-2023-2027.txt`, 'utf8'));
const pages = builtPages(inject('distDir'));

const ASCII = /[,:;()?!]/gu;
const HAN = /\p{Script=Han}/u;
/** A short stretch in ASCII brackets. */
const BRACKETED = /\([^()]{1,8}\)/gu;
/** How many characters beside the mark must match the seed for it to count as the plan's. */
const WINDOW = 3;

/** Elements whose text mixes the site's words with the plan's. */
const BLOCKS = 'h[1-4]|p|li|dd|dt|th|td|caption|figcaption|summary|label';
const BLOCK = new RegExp(`<(${BLOCKS})\\b[^>]*>([\\s\\S]*?)<\\/(?:${BLOCKS})>`, 'gu');

/** The texts of a page the site words: title, meta description, headings, paragraphs, list items and cells. */
function copyOf(html: string): string[] {
  const texts: string[] = [];
  for (const m of html.matchAll(/<title>([^<]*)<\/title>/gu)) texts.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(/<meta name="description" content="([^"]*)"/gu)) texts.push(decodeEntities(m[1]!));
  for (const m of html.matchAll(BLOCK)) texts.push(htmlText(m[2]!));
  return texts.map(stripWhitespace);
}

/** Each ASCII punctuation mark beside Chinese that the seed does not have there, with its context. */
function strays(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ASCII)) {
    const at = m.index;
    const before = text.slice(Math.max(0, at - WINDOW), at + 1);
    const after = text.slice(at, at + WINDOW + 1);
    if (!HAN.test(text.slice(Math.max(0, at - 1), at + 2))) continue; // ASCII context: a URL, GB/T 7714, a date
    if (seed.includes(before) || seed.includes(after)) continue;
    out.push(`“${text.slice(Math.max(0, at - 8), at + 8)}”`);
  }
  // A short bracketed stretch is the plan's only as a whole ((二), (市、区), (单位)): a count the site puts in ASCII
  // brackets beside plan words (保障措施(3)) has plan-like neighbours but is no stretch of the seed.
  for (const m of text.matchAll(BRACKETED))
    if (HAN.test(text.slice(Math.max(0, m.index - 1), m.index + m[0].length + 1)) && !seed.includes(m[0]))
      out.push(`“${text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 2)}”`);
  return out;
}

describe('the site’s own words use full-width punctuation', () => {
  it('checks the copy it is about: a measure’s description starts 第N项 + full-width colon', () => {
    const m3 = pages.find((p) => p.path === '/measures/3/')!;
    expect(copyOf(m3.html).some((t) => t.includes('\u7B2C3\u9879\uFF1A'))).toBe(true);
    // The reader's findings, as they were printed: each is caught.
    for (const old of [
      '\u7B2C3\u9879:\u6301\u7EED\u6269\u5927', // 第3项:持续扩大
      '\u5E02\u76F4\u90E8\u95E8(21)', // 市直部门(21)
      '\u7FA4\u56E2\u7EC4\u7EC7(5)', // 群团组织(5)
      '\u4FDD\u969C\u63AA\u65BD(3)', // 保障措施(3)
      '\u653F\u7B56\u7B80\u79F0,\u5982\u201C\u516D\u7279\u201D', // 政策简称,如“六特”
    ])
      expect(strays(old).length, old).toBeGreaterThan(0);
    expect(strays('\u65B9\u6848(2023')).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p]))('%s', (_, page) => {
    expect(copyOf(page.html).flatMap(strays)).toEqual([]);
  });
});
