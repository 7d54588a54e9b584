import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { mdxBodyParagraphs } from '../mdx-text.ts';
import { stripWhitespace } from '../text.ts';
import { root, seedText } from './helpers.ts';

function read(path: string) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(path, 'utf8'))!;
  return { data: load(front!) as { paragraphs?: string[]; unitsText?: string }, body: body! };
}

describe('mdxBodyParagraphs', () => {
  it('undoes the serialiser’s escapes and drops the Target wrappers', () => {
    expect(mdxBodyParagraphs('甲<Target id="t-1-1">乙\\<市、区></Target>丙\n\n&#x65;xport 1\\. \\{x}\n')).toEqual(['甲乙<市、区>丙', 'export 1. {x}']);
  });
  it('gives back every measure’s paragraphs and unit list exactly, from the real generated files', () => {
    const dir = `${root}content/plan/measures/`;
    for (const f of readdirSync(dir)) {
      const { data, body } = read(dir + f);
      expect(mdxBodyParagraphs(body), f).toEqual([...data.paragraphs!, data.unitsText!]);
    }
  });
  it('gives the safeguards’ paragraphs as they stand in the seed', () => {
    const dir = `${root}content/plan/safeguards/`;
    const seed = stripWhitespace(seedText);
    for (const f of readdirSync(dir)) {
      const paragraphs = mdxBodyParagraphs(read(dir + f).body);
      expect(paragraphs.length).toBeGreaterThan(0);
      for (const p of paragraphs) expect(seed.includes(stripWhitespace(p)), p).toBe(true);
    }
  });
});
