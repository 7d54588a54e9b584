import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_CHARS,
  MAX_VARIANTS,
  expandQuery,
  isSearchable,
  normalizeQuery,
  readState,
  stateToSearch,
} from '../client/query.ts';
import { searchSynonyms } from '../../site/reviewed.ts';
import { realRegistry } from '../../domain/__tests__/helpers.ts';

const units = realRegistry().units;

describe('normalizeQuery', () => {
  it('collapses whitespace, including the ideographic space, and trims', () => {
    expect(normalizeQuery('  人社局\u3000\t 就业 \n')).toBe('人社局 就业');
  });
  it(`cuts to ${MAX_QUERY_CHARS} characters, counting an emoji as one and never splitting it`, () => {
    expect(normalizeQuery('滩'.repeat(5000))).toBe('滩'.repeat(MAX_QUERY_CHARS));
    const emoji = normalizeQuery('🧧'.repeat(MAX_QUERY_CHARS + 5));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_CHARS);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/u);
  });
  it('keeps every character otherwise (markup is just text)', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('isSearchable', () => {
  it.each(['滩羊', 'GAP', '2027', '<script>alert(1)</script>'])('%s has something to search', (q) =>
    expect(isSearchable(q)).toBe(true),
  );
  it.each(['!!!,,,。。。', '🧧🏮', '', '“”《》——'])('%s has nothing to search', (q) =>
    expect(isSearchable(q)).toBe(false),
  );
});

describe('URL state', () => {
  it('reads q and the filters, ignoring empty ones', () => {
    expect(readState(new URLSearchParams('q=%E6%BB%A9%E7%BE%8A&type=%E6%8E%AA%E6%96%BD&unit=&x=1'))).toEqual({
      q: '滩羊',
      filters: { type: '措施' },
    });
  });
  it('round-trips any query, hostile ones included', () => {
    for (const q of ['人社局 就业', '<script>alert(1)</script>', 'a&b=c?d#e', '🧧🏮', '100%']) {
      const state = { q, filters: { group: '(一)保持经济稳定增长,夯实居民增收基础', unit: '各县(市、区)' } };
      expect(readState(new URLSearchParams(stateToSearch(state)))).toEqual(state);
    }
  });
  it('is empty when there is nothing to share', () => {
    expect(stateToSearch({ q: '', filters: {} })).toBe('');
  });
});

describe('expandQuery', () => {
  it('adds the plan’s words for an everyday word, keeping the rest of the query', () => {
    const e = expandQuery('租房 补贴', searchSynonyms, units);
    expect(e.variants).toEqual(['租房 补贴', '住房租赁 补贴', '房屋租赁 补贴']);
    expect(e.synonyms).toEqual([{ word: '租房', terms: ['住房租赁', '房屋租赁'] }]);
  });
  it('prefers the longest everyday word (租房子 over 租房)', () => {
    expect(expandQuery('租房子', searchSynonyms, units).synonyms.map((s) => s.word)).toEqual(['租房子']);
  });
  it('names the unit behind a short name, with all its forms, and does not rewrite it', () => {
    const e = expandQuery('人社局', searchSynonyms, units);
    expect(e.variants).toEqual(['人社局']);
    expect(e.named).toBe('市人力资源和社会保障局');
    expect(e.aliases).toEqual([
      {
        alias: '人社局',
        name: '市人力资源和社会保障局',
        forms: ['市人力资源和社会保障局', '人力资源和社会保障局', '人社局'],
      },
    ]);
  });
  it('reads 市 + a short name as the 市 unit (市人社局 = 人社局), for every 市 unit of the registry', () => {
    for (const unit of units.filter((u) => u.name.startsWith('市') && u.aliases.length > 0)) {
      for (const alias of unit.aliases.filter((a) => !a.startsWith('市'))) {
        const e = expandQuery(`市${alias}`, searchSynonyms, units);
        expect(e.named, `市${alias}`).toBe(unit.name);
        expect(e.variants).toContain(alias);
      }
    }
  });
  it('names a unit only when the whole query is its name', () => {
    expect(expandQuery('市医疗保障局', searchSynonyms, units).named).toBe('市医疗保障局');
    expect(expandQuery('人社局 就业', searchSynonyms, units).named).toBeNull();
  });
  it('does not report a unit’s full name as an alias', () => {
    expect(expandQuery('市医疗保障局', searchSynonyms, units).aliases).toEqual([]);
  });
  it('never rewrites an everyday word that is part of a unit name in the query', () => {
    const synonyms = [{ words: ['退伍'], terms: ['退役军人'] }];
    const made = [{ name: '市退伍事务局', aliases: ['退伍局'] }];
    expect(expandQuery('退伍', synonyms, made).variants).toEqual(['退伍', '退役军人']);
    expect(expandQuery('市退伍事务局', synonyms, made).variants).toEqual(['市退伍事务局']);
    expect(expandQuery('退伍局 退伍', synonyms, made).variants).toEqual(['退伍局 退伍', '退伍局 退役军人']);
    expect(expandQuery('市退伍局', synonyms, made).searches).toEqual([
      { text: '市退伍局', kind: 'query' },
      { text: '退伍局', kind: 'unit' },
    ]);
  });
  it('searches the other words the plan uses for the same group of residents (农民工 → 农村劳动力 …)', () => {
    const groups = [{ terms: ['农民工', '农村劳动力'] }, { terms: ['残疾人', '残疾人员'] }];
    const e = expandQuery('农民工', searchSynonyms, units, groups);
    expect(e.searches).toEqual([
      { text: '农民工', kind: 'query' },
      { text: '农村劳动力', kind: 'group' },
    ]);
    // Longest term wins: 残疾人员 is not read as 残疾人 + 员.
    expect(expandQuery('残疾人员', searchSynonyms, units, groups).variants).toEqual(['残疾人员', '残疾人']);
  });
  it(`makes at most ${MAX_VARIANTS} searches`, () => {
    expect(expandQuery('找工作 租房 社保 看病 送外卖', searchSynonyms, units).variants).toHaveLength(MAX_VARIANTS);
  });
});
