import { describe, expect, it } from 'vitest';
import { excerpt, issuerRefs, periodText, planCitation } from '../plan-meta.ts';

describe('issuerRefs', () => {
  it('types government offices and other offices apart', () => {
    expect(issuerRefs(['中共甲市委员会办公室', '甲市人民政府办公室'])).toEqual([
      { name: '中共甲市委员会办公室', type: 'Organization' },
      { name: '甲市人民政府办公室', type: 'GovernmentOrganization' },
    ]);
  });
});

describe('planCitation', () => {
  it('cites the plan by its signatories, title and 成文日期, at the given URL', () => {
    expect(
      planCitation({
        signatories: ['中共甲市委员会办公室', '甲市人民政府办公室'],
        planTitle: '乙方案(2020—2024年)',
        publishedISO: '2020-03-03',
        accessedISO: '2021-01-02',
        url: 'https://example.org/measures/3/',
      }),
    ).toBe(
      '中共甲市委员会办公室, 甲市人民政府办公室. 乙方案(2020—2024年)[EB/OL]. (2020-03-03)[2021-01-02]. https://example.org/measures/3/.',
    );
  });
});

describe('periodText', () => {
  it('writes the period with the plan title dash', () =>
    expect(periodText({ start: 2023, end: 2027 })).toBe('2023—2027年'));
});

describe('excerpt', () => {
  it('keeps short text whole', () => expect(excerpt(' 甲乙。 ', 10)).toBe('甲乙。'));
  it('cuts after the last whole sentence that fits', () =>
    expect(excerpt('一二三四五。六七八九十。', 8)).toBe('一二三四五。'));
  it('else after the last whole clause, marked …', () =>
    expect(excerpt('一二。三四五六,七八九十', 10)).toBe('一二。三四五六…'));
  it('else cuts hard with …', () => expect(excerpt('一二三四五六七八九十', 5)).toBe('一二三四…'));
});
