import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { mdxParagraphs } from '../../domain/text/mdx-text.ts';
import {
  basisDocument,
  excerpt,
  issuerRefs,
  issuingCity,
  ownDocumentNumber,
  periodText,
  planCitation,
  siteName,
} from '../meta/plan-meta.ts';
import { root } from './plan-files.ts';

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
  it('cuts at the full-width semicolon and comma as at their ASCII forms', () => {
    expect(excerpt('一二三四五\uFF1B六七八九十。', 8)).toBe('一二三四五\uFF1B');
    expect(excerpt('一二。三四五六\uFF0C七八九十', 10)).toBe('一二。三四五六…');
  });
});

describe('issuingCity and siteName (the site name comes from the text)', () => {
  const notice = load(
    /^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(root, 'content/plan/document/notice.mdx'), 'utf8'))![1]!,
  ) as { issuers: string[]; signatories: string[] };
  const planTitle = (
    load(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(root, 'content/plan/document/plan.mdx'), 'utf8'))![1]!) as {
      title: string;
    }
  ).title;

  it('reads 吴忠市 from the real notice header (吴忠市委办公室) and from its signatories', () => {
    expect(issuingCity(notice.issuers)).toBe('吴忠市');
    expect(issuingCity(notice.signatories)).toBe('吴忠市');
  });
  it('reads the city of another plan, and none where no body names one', () => {
    expect(issuingCity(['青山市委办公室', '市人民政府办公室'])).toBe('青山市');
    expect(issuingCity(['中共青山市委员会办公室'])).toBe('青山市');
    expect(issuingCity(['自治区党委办公厅', '人民政府办公厅'])).toBeNull();
  });
  it('names the real site 吴忠市《plan title》', () =>
    expect(siteName(issuingCity(notice.issuers), planTitle)).toBe(`吴忠市《${planTitle}》`));
  it('adds no city twice, and none it does not know', () => {
    expect(siteName('青山市', '青山市农民增收三年行动方案(2024—2026年)')).toBe(
      '青山市农民增收三年行动方案(2024—2026年)',
    );
    expect(siteName(null, '全市方案')).toBe('全市方案');
    expect(siteName('甲市', '《全市方案》')).toBe('甲市《全市方案》');
  });
});

describe('basisDocument and ownDocumentNumber', () => {
  const preamble = mdxParagraphs(
    readFileSync(join(root, 'content/plan/document/plan.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, ''),
  ).join('');
  const noticeBody = readFileSync(join(root, 'content/plan/document/notice.mdx'), 'utf8');

  it('finds the basis the real preamble cites, 宁党办〔2022〕80号, with its title as written', () => {
    const basis = basisDocument(preamble);
    expect(basis?.number).toBe('宁党办\u30142022\u301580号');
    expect(basis?.title).toBe(
      '自治区党委办公厅 人民政府办公厅关于印发<全区居民收入提升行动实施方案(2022-2027年)>的通知',
    );
    expect(preamble).toContain(`《${basis!.title}》(${basis!.number})`);
  });
  it('reads full-width brackets too, and nothing without 根据 or a number', () => {
    expect(basisDocument('根据《甲方案》\uFF08甲办发\u30142020\u30153号\uFF09精神,制定本方案。')).toEqual({
      title: '甲方案',
      number: '甲办发\u30142020\u30153号',
    });
    expect(basisDocument('为促进农民持续增收,制定本方案。')).toBeNull();
    expect(basisDocument('根据《甲方案》精神,制定本方案。')).toBeNull();
  });
  it('says the real notice carries no 发文字号 of its own', () =>
    expect(ownDocumentNumber(noticeBody.split('\n'), basisDocument(preamble))).toBeNull());
  it('finds a notice number that is not the cited basis', () => {
    const basis = { title: '甲', number: '宁党办\u30142022\u301580号' };
    expect(ownDocumentNumber(['吴党办发\u30142023\u30155号', '正文'], basis)).toBe('吴党办发\u30142023\u30155号');
    expect(ownDocumentNumber(['根据(宁党办\u30142022\u301580号)'], basis)).toBeNull();
  });
});
