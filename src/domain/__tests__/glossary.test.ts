import { describe, expect, it } from 'vitest';
import {
  extractGlossary,
  glossaryId,
  glossaryRanges,
  isTerm,
  measureParts,
  planGlossary,
  readDefinition,
  termNumeral,
} from '../derive/glossary.ts';
import { parseGlossaryTerms } from '../derive/glossary-terms.ts';
import { glossaryTerms } from '../../site/reviewed.ts';
import { foldWidth, stripWhitespace, widenPunctuation } from '../text/text.ts';
import { realModel, seedText } from './helpers.ts';

const model = realModel();
const parts = model.plan.measures.flatMap((m) =>
  measureParts({ number: m.number, title: m.title, paragraphs: m.paragraphs.map((p) => p.text) }),
);
const glossary = extractGlossary(parts, glossaryTerms);
const entry = (term: string) => glossary.find((e) => e.term === term)!;

describe('termNumeral and isTerm', () => {
  it.each([
    ['六特', 6],
    ['四个不摘', 4],
    ['两清零', 2],
    ['双提升', 2],
    ['1311', 1311],
    ['19+N', 19],
    ['放管服', null],
  ] as const)('%s → %s', (term, n) => expect(termNumeral(term)).toBe(n));
  it('takes numbered shorthand and reviewed abbreviations, not brand names, slogans or a trailing 十', () => {
    const term = (t: string) => isTerm(t, glossaryTerms);
    expect(['六特', '1311', '10+N', '三农', '放管服'].every(term)).toBe(true);
    expect(['盐池滩羊', '夜间经济', '旅游十', '第三次分配', '保生活、促就业、防失业'].some(term)).toBe(false);
  });
});

describe('readDefinition on made-up text', () => {
  const at = (text: string, term: string) => readDefinition(text, text.indexOf(`“${term}”`), term);
  it('an enumeration whose count matches the numeral defines the term', () => {
    const r = at('重点发展甲、乙、丙“三件事”', '三件事');
    expect(r.kind).toBe('defined');
    expect(r.items).toEqual(['重点发展甲', '乙', '丙']);
  });
  it('a list closed by 等 and a qualifier still defines when the count matches', () => {
    expect(at('紧盯甲户、乙户等农村“两类户”', '两类户')).toMatchObject({
      kind: 'defined',
      items: ['紧盯甲户', '乙户'],
    });
  });
  it('a two-item list joined by 和 defines a 双 term', () =>
    expect(at('实现甲和乙“双提升”', '双提升').kind).toBe('defined'));
  it('a list closed by 等 whose count does not match only gives examples', () => {
    expect(at('开展甲、乙等“10+N”活动', '10+N').kind).toBe('examples');
  });
  it('a count mismatch without 等, or no list at all, only names the term', () => {
    expect(at('发展甲、乙“三件事”', '三件事').kind).toBe('named');
    expect(at('严格落实“四个不摘”要求', '四个不摘').kind).toBe('named');
  });
  it('a digit term is defined by the numbers before it, in order, from the clause of the first', () => {
    const text = '加强援助,开展提供2次指导、4次推送,每月1次回访的“241”服务。';
    const r = at(text, '241');
    expect(r.kind).toBe('defined');
    expect(text.slice(r.start)).toMatch(/^开展提供2次/);
    expect(at('开展提供2次指导、5次推送的“241”服务', '241').kind).toBe('named');
  });
});

describe('extractGlossary on the real seed', () => {
  it('finds the terms the text defines by enumeration or by its numbers', () => {
    const defined = glossary.filter((e) => e.kind === 'defined').map((e) => e.term);
    expect(defined).toEqual(
      expect.arrayContaining([
        '六特',
        '六优',
        '六权',
        '1311',
        '四轮驱动',
        '三类群体',
        '四项机制',
        '三大行动',
        '双提升',
      ]),
    );
    expect(entry('六特').items).toEqual(['大力发展葡萄酒', '枸杞', '牛奶', '肉牛', '滩羊', '冷凉蔬菜']);
    expect(entry('1311').passage).toBe(
      '开展至少提供1次职业指导、3次岗位信息推送、1次免费职业技能培训和就业见习,每月至少进行1次跟踪服务的“1311”公共就业服务',
    );
  });
  it('does not define what the text only names or illustrates', () => {
    for (const t of ['四个不摘', '19+N', '放管服', '两清零', '两确保', '三支一扶', '三农'])
      expect(entry(t).kind, t).toBe('named');
    expect(entry('10+N').kind).toBe('examples');
  });
  it('every passage is a verbatim substring of the seed, with the term at the given offsets', () => {
    const body = stripWhitespace(seedText);
    for (const e of glossary) {
      expect(body.includes(stripWhitespace(e.passage)), e.term).toBe(true);
      expect(e.passage.slice(e.termStart - 1, e.termEnd + 1)).toBe(`“${e.term}”`);
      for (const item of e.items) expect(e.passage.includes(item)).toBe(true);
    }
  });
  it('records where each term appears', () => {
    expect(entry('19+N').measures).toEqual([20]);
    expect(entry('19+N').source).toEqual({ measure: 20, part: 'title' });
    expect(entry('四个不摘').measures).toEqual([19]);
  });
  it('every term quoted in the seed has a reviewed ASCII id, and ids are unique', () => {
    for (const e of glossary) expect(glossaryTerms.find((t) => t.term === e.term)?.id, e.term).toBe(e.id);
    const ids = glossary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { id } of glossaryTerms) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/); // an HTML id starts with a letter
  });
  it('every reviewed abbreviation is quoted in the seed', () => {
    const abbreviations = glossaryTerms.filter((t) => t.abbreviation).map((t) => t.term);
    expect(abbreviations).toEqual(['放管服', '非禁即入', '专精特新', '多规合一']);
    for (const a of abbreviations) expect(seedText.includes(`“${a}”`), a).toBe(true);
  });
  it('a bad entry of the reviewed file fails at its own line', () => {
    const file = (...entries: object[]) => `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]`;
    const ok = { term: '六特', id: 'liu-te' };
    expect(() => parseGlossaryTerms(file(ok, { term: '六优', id: '6-you' }), 't.json')).toThrow(
      /^t\.json:3: entry \[1\]: id: /u,
    );
    expect(() => parseGlossaryTerms(file(ok, { term: '六优', id: 'liu-te' }), 't.json')).toThrow(
      /^t\.json:3: id liu-te is used twice/u,
    );
    expect(() => parseGlossaryTerms(file(ok, ok), 't.json')).toThrow(/^t\.json:3: term 六特 is listed twice/u);
    expect(() => parseGlossaryTerms(file(ok, { ...ok, abbreviation: false }), 't.json')).toThrow(/^t\.json:3: /u);
  });
  it('planGlossary reads the measures in number order, whatever order they come in', () => {
    const measures = model.plan.measures.map((m) => ({
      number: m.number,
      title: m.title,
      paragraphs: m.paragraphs.map((p) => p.text),
    }));
    expect(planGlossary([...measures].reverse(), glossaryTerms)).toEqual(glossary);
  });
  it('an unreviewed term still gets a stable ASCII id', () =>
    expect(glossaryId('七彩', glossaryTerms)).toBe('term-4e03-5f69'));
});

describe('linking terms where they are used', () => {
  const entries = [
    { id: 'liu-te', term: '六特' },
    { id: 'num-1311', term: '1311' },
  ];
  it('glossaryRanges covers the quoted term only, not unquoted uses', () => {
    const text = '发展“六特”产业,六特之外';
    expect(glossaryRanges(text, entries).map((r) => text.slice(r.start, r.end))).toEqual(['六特']);
  });
});

describe('width-blind', () => {
  it('reads the same glossary from the measures with full-width punctuation (passages differ only in width)', () => {
    const wide = parts.map((p) => ({ ...p, text: widenPunctuation(p.text) }));
    const fold = (entries: typeof glossary) => JSON.parse(foldWidth(JSON.stringify(entries))) as typeof glossary;
    expect(fold(extractGlossary(wide, glossaryTerms))).toEqual(fold(glossary));
  });
});
