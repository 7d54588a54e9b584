import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightWords, occurrences, parseExcerpt, toSegments } from '../client/excerpt.ts';

const render = (segments: { text: string; mark: boolean }[]) =>
  segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('parseExcerpt', () => {
  it('reads <mark> as marks and everything else as text, entities decoded', () => {
    expect(parseExcerpt('各县&lt;市、区&gt;的<mark>滩</mark>羊')).toEqual({
      text: '各县<市、区>的滩羊',
      marks: [{ start: 8, end: 9 }],
    });
  });
  it('treats any other markup as text, so it can only ever be shown, never run', () => {
    const { text } = parseExcerpt('<script>alert(1)</script><img src=x onerror=alert(1)>&lt;b&gt;');
    expect(text).toBe('<script>alert(1)</script><img src=x onerror=alert(1)><b>');
  });
  it('copes with unbalanced marks', () => {
    expect(parseExcerpt('a</mark>b<mark>c').marks).toEqual([{ start: 2, end: 3 }]);
  });
});

describe('excerptSegments', () => {
  it('marks whole searched words where Pagefind marked part of one', () => {
    expect(render(excerptSegments('发展葡萄酒、<mark>滩</mark>羊、冷凉蔬菜', ['滩羊'], ['滩羊']))).toBe(
      '发展葡萄酒、[滩羊]、冷凉蔬菜',
    );
  });
  it('marks the text’s words found for an everyday word', () => {
    expect(render(excerptSegments('规范发展住房租赁市场', ['租房', '住房租赁'], ['租房', '住房租赁']))).toBe(
      '规范发展[住房租赁]市场',
    );
  });
  it('falls back to Pagefind’s marks of 2+ characters that are part of what was searched', () => {
    expect(render(excerptSegments('提高<mark>农民</mark>的<mark>收入</mark>', ['农民收入'], ['农民收入']))).toBe(
      '提高[农民]的[收入]',
    );
  });
  it('drops Pagefind’s marks of single characters and of words merely starting like the query', () => {
    const html = '提高<mark>社会</mark>保障,建立<mark>个人</mark>养老金,<mark>局</mark>';
    expect(render(excerptSegments(html, ['人社局'], ['人社局']))).toBe('提高社会保障,建立个人养老金,局');
  });
  it('keeps the excerpt’s text unchanged', () => {
    const html = '<mark>GAP</mark>认证 &amp; 2027年';
    expect(
      excerptSegments(html, ['gap'], ['gap'])
        .map((s) => s.text)
        .join(''),
    ).toBe('GAP认证 & 2027年');
  });
});

describe('occurrences and toSegments', () => {
  it('finds words ignoring case, overlapping ranges merged', () => {
    expect(occurrences('Gap gap', ['gap'])).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
    expect(
      render(
        toSegments('abcdef', [
          { start: 1, end: 3 },
          { start: 2, end: 5 },
          { start: 5, end: 5 },
        ]),
      ),
    ).toBe('a[bcde]f');
  });
});

describe('highlightWords', () => {
  it('takes the parts of each searched string that have a letter or digit', () => {
    expect(highlightWords(['租房 补贴', '住房租赁 补贴', '!!!'])).toEqual(['租房', '补贴', '住房租赁']);
  });
});
