import { describe, expect, it } from 'vitest';
import { searchSynonyms } from '../../site/reviewed.ts';
import { parseSearchSynonyms } from '../../domain/search-synonyms.ts';
import { realRegistry, seedText } from '../../domain/__tests__/helpers.ts';
import { stripWhitespace } from '../../domain/text/text.ts';

// Terms are matched against the text as the site shows it: whitespace normalised, characters unchanged.
const seed = stripWhitespace(seedText);
const unitNames = realRegistry().units.flatMap((u) => [u.name, ...u.aliases]);
const words = searchSynonyms.flatMap((s) => s.words);

describe('search synonyms (reviewed list)', () => {
  it('has the issue’s examples', () => {
    const termsOf = (word: string) => searchSynonyms.find((s) => s.words.includes(word))?.terms ?? [];
    expect(termsOf('租房')).toContain('住房租赁');
    expect(termsOf('找工作')).toContain('就业');
    expect(termsOf('创业贷款')).toContain('创业担保贷款');
  });

  it.each(searchSynonyms.flatMap((s) => s.terms.map((t) => [t, s.words.join('/')])))(
    'term %s (for %s) occurs in the seed',
    (term) => {
      expect(seed).toContain(term);
    },
  );

  it.each(words)('word %s is not itself in the seed (else it needs no synonym)', (word) => {
    expect(seed).not.toContain(word);
  });

  it('no word is, contains or sits inside a unit name or alias (those come from the registry)', () => {
    const clashes = words.filter((w) => unitNames.some((n) => n.includes(w) || w.includes(n)));
    expect(clashes).toEqual([]);
  });

  it('each word belongs to one entry, and every entry has words and terms', () => {
    expect(new Set(words).size).toBe(words.length);
    for (const s of searchSynonyms) {
      expect(s.words.length).toBeGreaterThan(0);
      expect(s.terms.length).toBeGreaterThan(0);
    }
  });
});

describe('the reviewed file', () => {
  const file = (...entries: object[]) => `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
  const ok = { words: ['租房'], terms: ['住房租赁'] };
  it('reports a bad entry at its own line', () => {
    expect(() => parseSearchSynonyms(file(ok, { words: [], terms: ['就业'] }), 's.json')).toThrow(
      /^s\.json:3: entry \[1\]: words: /u,
    );
    expect(() => parseSearchSynonyms(file(ok, { words: ['求职', '租房'], terms: ['就业'] }), 's.json')).toThrow(
      /^s\.json:3: word 租房 is listed in two entries/u,
    );
    expect(() => parseSearchSynonyms(file(ok, { ...ok, word: 'x' }), 's.json')).toThrow(/^s\.json:3: entry \[1\]: /u);
  });
});
