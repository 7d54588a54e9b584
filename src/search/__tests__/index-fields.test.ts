import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  META_KEYS,
  groupLabel,
  groupSearch,
  indexFields,
  indexForms,
  measureSearch,
  synonymWords,
  unitSearch,
} from '../index-fields.ts';
import { measureText } from '../../site/open-data.ts';
import { realModel, realRegistry } from '../../domain/__tests__/helpers.ts';
import { searchSynonyms } from '../../site/reviewed.ts';

const model = realModel();
const registry = realRegistry().units;
const measure = (n: number) => model.plan.measures.find((m) => m.number === n)!;
const text = (n: number) => {
  const m = measure(n);
  return measureText({
    title: m.title,
    titleEnd: m.titleEnd,
    paragraphs: m.paragraphs.map((p) => p.text),
    unitsText: m.unitsText,
  });
};
const unit = (id: string) => registry.find((u) => u.id === id)!;
const metaOf = (fields: ReturnType<typeof indexFields>, key: string) =>
  fields.meta.find((m) => m.key === key)?.value.split(' ') ?? [];

describe('indexForms', () => {
  it('adds the browser’s split of a short name the dictionaries do not know', () => {
    expect(indexForms('人社局')).toBe('人社局 人 社 局');
    expect(indexForms('市场监管局')).toBe('市场监管局 市场 监管 局');
  });
  it('leaves a word that is one segment as it is', () => {
    expect(indexForms('找工作')).toBe('找工作');
  });
});

describe('synonymWords', () => {
  it('finds the everyday words whose plan terms a measure uses', () => {
    expect(synonymWords(text(11), searchSynonyms)).toEqual(expect.arrayContaining(['租房', '存钱']));
    expect(synonymWords(text(6), searchSynonyms)).toEqual(expect.arrayContaining(['创业贷款', '个体户']));
  });
  it('finds none in text without the terms', () => {
    expect(synonymWords('与本方案无关的文字', searchSynonyms)).toEqual([]);
  });
});

describe('measureSearch + indexFields on the real measures', () => {
  const groups = model.plan.groups;
  const fieldsFor = (n: number) => indexFields(measureSearch(measure(n), groups, registry), text(n), searchSynonyms);

  it('gives type, task group and every responsible unit as filters', () => {
    const f = fieldsFor(12);
    expect(f.filters).toEqual([
      { key: 'type', values: ['措施'] },
      { key: 'group', values: [groupLabel(groups.find((g) => g.number === measure(12).group)!)] },
      { key: 'unit', values: ['市人力资源和社会保障局', '市医疗保障局', '市财政局', '吴忠市税务局', '各县(市、区)'] },
    ]);
    expect(f.filters[1]!.values[0]).toMatch(/^\(五\)深化社会保障制度改革/u);
    expect(f.weight).toBe(1);
  });

  it('indexes the units’ everyday names the text does not use, split as the browser splits them', () => {
    const aliases = metaOf(fieldsFor(5), META_KEYS.unitAliases);
    expect(aliases).toEqual(expect.arrayContaining(['人社局', '人', '社', '局', '发改委', '工信局']));
  });

  it('indexes a unit name even where the text has it (the text’s split can hide it: 市民政局 → 市民 + 政局)', () => {
    expect(text(13)).toContain('市民政局');
    expect(metaOf(fieldsFor(13), META_KEYS.unitAliases)).toContain('民政局');
  });

  it('indexes everyday words only as metadata, never as text', () => {
    const f = fieldsFor(11);
    expect(metaOf(f, META_KEYS.terms)).toEqual(expect.arrayContaining(['租房', '存钱']));
    expect(f.meta.every((m) => m.key !== 'title')).toBe(true);
  });

  it('throws on a unit or group the model does not have', () => {
    expect(() => measureSearch({ group: 1, units: [{ id: 'no-such-unit' }] }, groups, registry)).toThrow(
      /no-such-unit/u,
    );
    expect(() => measureSearch({ group: 99, units: [] }, groups, registry)).toThrow(/99/u);
  });
});

describe('unit and group pages', () => {
  it('a unit page keeps all its own names (they rank it first), even those its text contains', () => {
    const hr = unit('human-resources-social-security');
    const f = indexFields(unitSearch(hr), `<h1>${hr.name}</h1>`, searchSynonyms);
    expect(f.filters).toEqual([
      { key: 'type', values: ['单位'] },
      { key: 'unit', values: ['市人力资源和社会保障局'] },
    ]);
    expect(metaOf(f, META_KEYS.aliases)).toEqual(expect.arrayContaining(['人力资源和社会保障局', '人社局']));
    expect(metaOf(f, META_KEYS.unitAliases)).toEqual([]);
    expect(f.weight).toBe(DEFAULT_WEIGHTS['单位']);
  });

  it('a group page is filtered by its group', () => {
    const g = model.plan.groups[0]!;
    expect(indexFields(groupSearch(g), '', searchSynonyms).filters).toContainEqual({
      key: 'group',
      values: [`${g.marker}${g.title}`],
    });
  });
});

describe('indexFields', () => {
  it('without search props: no filters, only the everyday words of the text', () => {
    expect(indexFields(undefined, '规范发展住房租赁市场', searchSynonyms)).toEqual({
      filters: [],
      meta: [{ key: 'terms', value: '租房 租 房 租房子 租 房子' }],
      weight: 1,
    });
  });
  it('takes a weight and rejects one outside 0–10', () => {
    expect(indexFields({ type: '措施', weight: 2 }, '', searchSynonyms).weight).toBe(2);
    expect(() => indexFields({ type: '措施', weight: 11 }, '', searchSynonyms)).toThrow(/0–10/u);
    expect(() => indexFields({ type: '措施', weight: Number.NaN }, '', searchSynonyms)).toThrow(/0–10/u);
  });
});
