import { describe, expect, it } from 'vitest';
import {
  dutySheetLegend,
  markUnitSentences,
  splitUnitList,
  unitNameForms,
  type UnitNames,
} from '../views/duty-sheet.ts';
import { readPlanDir, realPlanDir } from './plan-files.ts';

const counties = { name: '各县(市、区)', aliases: [], members: ['利通区', '红寺堡区', '青铜峡市', '同心县', '盐池县'] };

describe('unitNameForms', () => {
  it('takes name, mention, aliases and members in one bracket style, nothing shorter than two characters', () => {
    const forms = unitNameForms(counties, '各县<市、区>');
    expect(forms).toEqual(['各县(市、区)', '利通区', '红寺堡区', '青铜峡市', '同心县', '盐池县']);
    expect(unitNameForms({ name: '市', aliases: ['甲'] }, '')).toEqual([]);
  });
});

describe('markUnitSentences', () => {
  it('flags exactly the sentences that name the unit, keeping every sentence as written', () => {
    const paragraphs = ['甲做一件事。鼓励各县(市、区)做二事。同心县做三事', '乙。'];
    const marked = markUnitSentences(paragraphs, unitNameForms(counties, '各县<市、区>'));
    expect(marked.map((p) => p.map((s) => s.names))).toEqual([[false, true, true], [false]]);
    expect(marked.map((p) => p.map((s) => s.text).join(''))).toEqual(paragraphs);
  });
  it('finds the unit whatever the width of its brackets, in the list or in the sentence', () => {
    const wide = ['鼓励各县\uFF08市、区\uFF09做二事。'];
    expect(markUnitSentences(wide, unitNameForms(counties, '各县<市、区>'))[0]![0]!.names).toBe(true);
    expect(
      markUnitSentences(['鼓励各县(市、区)做。'], unitNameForms(counties, '各县\uFF08市、区\uFF09'))[0]![0]!.names,
    ).toBe(true);
  });

  it('on the real plan: measure 20 names 红寺堡区 and 同心县 in one sentence, measure 13 names 民政局 in none', () => {
    const { measures } = readPlanDir(realPlanDir);
    const m20 = measures.find((m) => m.number === 20)!;
    const hits = markUnitSentences(m20.paragraphs, unitNameForms(counties, '各县<市、区>'))
      .flat()
      .filter((s) => s.names);
    expect(hits.some((s) => s.text.includes('红寺堡区、同心县'))).toBe(true);
    const m13 = measures.find((m) => m.number === 13)!;
    const civil = { name: '市民政局', aliases: ['民政局'] };
    expect(
      markUnitSentences(m13.paragraphs, unitNameForms(civil, '市民政局'))
        .flat()
        .some((s) => s.names),
    ).toBe(false);
  });
});

describe('splitUnitList', () => {
  it('cuts the list around the mention and gives it back whole', () => {
    const list = '(责任单位:市民政局、财政局,各县<市、区>)';
    const cut = splitUnitList(list, '财政局');
    expect(cut).toEqual({ before: '(责任单位:市民政局、', unit: '财政局', after: ',各县<市、区>)' });
    expect(cut.before + cut.unit + cut.after).toBe(list);
    expect(splitUnitList(list, '教育局')).toEqual({ before: list, unit: '', after: '' });
  });
});

describe('dutySheetLegend', () => {
  it('explains the sentence marks only when a sentence on the sheet names the unit', () => {
    const marked = dutySheetLegend('市民政局', 3, true);
    const plain = dutySheetLegend('市民政局', 3, false);
    expect(marked).toContain('加粗并加下划线的句子点名了本单位');
    expect(plain).not.toContain('句子');
    for (const legend of [marked, plain]) {
      expect(legend.startsWith('市民政局所在的3项措施')).toBe(true);
      expect(legend).toContain('责任单位中本单位加粗');
      // The site's own words, in full-width punctuation.
      expect(legend).not.toMatch(/[,:;()]/u);
    }
  });

  it('on the real plan: 市民政局 is named by no sentence of its measures, 各县(市、区) by some', () => {
    const { measures } = readPlanDir(realPlanDir);
    const anyMarked = (unit: UnitNames, mention: string) =>
      measures
        .filter((m) => m.units.some((u) => u.mention === mention))
        .some((m) => markUnitSentences(m.paragraphs, unitNameForms(unit, mention)).some((p) => p.some((s) => s.names)));
    expect(anyMarked({ name: '市民政局', aliases: ['民政局'], members: [] }, '市民政局')).toBe(false);
    expect(anyMarked(counties, '各县<市、区>')).toBe(true);
  });
});
