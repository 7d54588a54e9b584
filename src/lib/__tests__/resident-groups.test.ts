import { describe, expect, it } from 'vitest';
import { findTermHits, matchResidentGroups, RESIDENT_GROUPS, type ResidentGroup } from '../resident-groups.ts';
import { stripWhitespace } from '../text.ts';
import { realModel, seedText } from './helpers.ts';

const model = realModel();
const measures = model.plan.measures.map((m) => ({
  number: m.number,
  title: m.title,
  paragraphs: m.paragraphs.map((p) => p.text),
}));
const results = matchResidentGroups(measures, model.plan.targets);
const byId = new Map(results.map((r) => [r.group.id, r]));
const seedBody = stripWhitespace(seedText);

describe('the reviewed term list', () => {
  it('has unique ASCII slugs and unique terms', () => {
    const ids = RESIDENT_GROUPS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const terms = RESIDENT_GROUPS.flatMap((g) => g.terms);
    expect(new Set(terms).size).toBe(terms.length);
  });
  it('uses only words that occur in the seed', () => {
    for (const g of RESIDENT_GROUPS) for (const t of g.terms) expect(seedText.includes(t), `${g.id}: ${t}`).toBe(true);
  });
  it('every group is named in at least one sentence of a measure, and every term is found there', () => {
    for (const r of results) {
      expect(r.sentences.length, r.group.id).toBeGreaterThan(0);
      expect(r.termsFound, r.group.id).toEqual([...r.group.terms]);
    }
  });
  it('gives at least eight groups', () =>
    expect(results.filter((r) => r.sentences.length > 0).length).toBeGreaterThanOrEqual(8));
});

describe('findTermHits', () => {
  const groups: ResidentGroup[] = [
    { id: 'farmers', label: '农民', terms: ['农民', '农户'] },
    { id: 'migrants', label: '农民工', terms: ['农民工'] },
    { id: 'poor', label: '困难', terms: ['困难群体'] },
  ];
  it('takes the longest term at a position: 农民工 is not also 农民', () => {
    expect(findTermHits('支持农民工返乡,带动农民增收', groups).map((h) => [h.group, h.term, h.start])).toEqual([
      ['migrants', '农民工', 2],
      ['farmers', '农民', 10],
    ]);
  });
  it('finds a term inside a longer word that is not itself a term, and never overlaps', () => {
    expect(findTermHits('带动小农户和就业困难群体', groups).map((h) => h.term)).toEqual(['农户', '困难群体']);
  });
  it('finds nothing in a sentence that names no group', () =>
    expect(findTermHits('扩大有效投资。', groups)).toEqual([]));
  it('refuses a term listed in two groups', () => {
    expect(() => findTermHits('农民', [...groups, { id: 'x', label: 'x', terms: ['农民'] }])).toThrow(/both/);
  });
});

describe('matchResidentGroups on made-up measures', () => {
  const groups: ResidentGroup[] = [
    { id: 'farmers', label: '农民', terms: ['农民'] },
    { id: 'migrants', label: '农民工', terms: ['农民工'] },
  ];
  const made = [
    { number: 2, title: '乙', paragraphs: ['保障农民工工资。对返乡农民工给予每人200元补贴。'] },
    { number: 1, title: '甲', paragraphs: ['发展产业。带动农民增收,到2027年农民收入达到2万元。'] },
  ];
  const targets = [
    { id: 't-1-1', measure: 1, paragraph: 0, start: 14, end: 26, kind: 'target' as const },
    { id: 't-2-1', measure: 2, paragraph: 0, start: 8, end: 22, kind: 'standard' as const },
  ];
  const [farmers, migrants] = matchResidentGroups(made, targets, groups);
  it('quotes whole sentences with offsets, in measure order, and only sentences that name the group', () => {
    expect(farmers!.sentences.map((s) => [s.measure, s.sentence.text])).toEqual([
      [1, '带动农民增收,到2027年农民收入达到2万元。'],
    ]);
    expect(migrants!.sentences.map((s) => s.sentence.text)).toEqual([
      '保障农民工工资。',
      '对返乡农民工给予每人200元补贴。',
    ]);
    expect(migrants!.measures).toEqual([2]);
  });
  it('attaches the targets inside each sentence and lists the standards', () => {
    expect(farmers!.sentences[0]!.targets.map((t) => t.id)).toEqual(['t-1-1']);
    expect(farmers!.standards).toEqual([]);
    expect(migrants!.standards.map((t) => t.id)).toEqual(['t-2-1']);
  });
});

describe('matchResidentGroups on the real seed', () => {
  it('quotes sentences verbatim: each is a substring of the seed (whitespace aside) and holds a term of its group', () => {
    for (const r of results) {
      for (const s of r.sentences) {
        expect(seedBody.includes(stripWhitespace(s.sentence.text)), s.sentence.text).toBe(true);
        for (const h of s.hits) expect(s.sentence.text.slice(h.start, h.end)).toBe(h.term);
        expect(s.hits.length).toBeGreaterThan(0);
      }
    }
  });
  it('finds the loan caps for graduates and entrepreneurs, the pension rise for retirees, the 1311 service for veterans', () => {
    expect(byId.get('graduates')!.standards.map((t) => t.id)).toContain('t-6-2');
    expect(byId.get('entrepreneurs')!.standards.map((t) => t.id)).toEqual(expect.arrayContaining(['t-6-1', 't-6-3']));
    expect(byId.get('retirees')!.standards.map((t) => t.statement)).toEqual(['每年调增城乡居民基础养老金5元']);
    expect(byId.get('veterans')!.standards.map((t) => t.id)).toEqual(['t-5-8', 't-5-9', 't-5-10', 't-5-11']);
  });
  it('keeps 农民工 out of the farmers group and unit names out of every group', () => {
    expect(byId.get('farmers')!.sentences.every((s) => s.hits.every((h) => h.term !== '农民工'))).toBe(true);
    expect(byId.get('rural-workers')!.measures).toContain(10); // 拖欠农民工工资黑名单
    // 退役军人事务局 is named in unit lists of measures 5, 6, 7; measure 7's text itself never names veterans.
    expect(byId.get('veterans')!.measures).toEqual([5, 6]);
  });
});
