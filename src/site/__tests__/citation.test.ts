import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  formatGbt7714,
  loadedAddress,
  localIsoDate,
  replaceAccessedDate,
  replacePermalink,
  shortReference,
} from '../meta/citation.ts';

// Made-up inputs on purpose: these tests pin the format, not the plan.
const base = {
  authors: ['甲市委员会办公室', '甲市人民政府办公室'],
  title: '乙行动实施方案(2020—2024年)',
  publishedISO: '2020-01-09',
  accessedISO: '2021-12-31',
  url: 'https://example.org/a/',
};

describe('formatGbt7714', () => {
  it('formats an electronic resource as 责任者. 题名[EB/OL]. (发布)[引用]. URL.', () => {
    expect(formatGbt7714(base)).toBe(
      '甲市委员会办公室, 甲市人民政府办公室. 乙行动实施方案(2020—2024年)[EB/OL]. (2020-01-09)[2021-12-31]. https://example.org/a/.',
    );
  });

  it('handles a single author and trims stray whitespace', () => {
    expect(formatGbt7714({ ...base, authors: ['  丙局 '], title: ' 丁办法 ' })).toBe(
      '丙局. 丁办法[EB/OL]. (2020-01-09)[2021-12-31]. https://example.org/a/.',
    );
  });

  it('starts at the title when there is no author', () => {
    expect(formatGbt7714({ ...base, authors: [] })).toBe(
      '乙行动实施方案(2020—2024年)[EB/OL]. (2020-01-09)[2021-12-31]. https://example.org/a/.',
    );
  });

  it('keeps the URL as given (already percent-encoded by absoluteUrl)', () => {
    expect(formatGbt7714({ ...base, url: 'https://example.org/measures/7/#t-7-1' })).toMatch(
      / https:\/\/example\.org\/measures\/7\/#t-7-1\.$/,
    );
  });

  it.each([
    ['publishedISO', '2020-1-9'],
    ['publishedISO', '2020-02-30'],
    ['accessedISO', '2021/12/31'],
    ['accessedISO', ''],
  ] as const)('rejects a bad %s %j', (key, value) => {
    expect(() => formatGbt7714({ ...base, [key]: value })).toThrow(key);
  });

  it('rejects a relative or non-http URL and an empty title', () => {
    expect(() => formatGbt7714({ ...base, url: '/a/' })).toThrow(/absolute/);
    expect(() => formatGbt7714({ ...base, url: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => formatGbt7714({ ...base, title: '  ' })).toThrow(/title/);
  });
});

describe('shortReference', () => {
  it('wraps the title in book-title marks and names the item', () => {
    expect(shortReference('乙方案', 7)).toBe('《乙方案》第7项');
    expect(shortReference('乙方案(2020—2024年)', 20)).toBe('《乙方案(2020—2024年)》第20项');
  });
  it('does not double book-title marks', () => {
    expect(shortReference('《乙方案》', 1)).toBe('《乙方案》第1项');
    expect(shortReference('甲市《全市乙方案》', 2)).toBe('甲市《全市乙方案》第2项');
  });
  it.each([0, -1, 1.5, Number.NaN])('rejects measure number %s', (n) => {
    expect(() => shortReference('乙方案', n)).toThrow(/positive integer/);
  });
});

describe('absoluteUrl', () => {
  it('joins an origin and a site-relative path', () => {
    expect(absoluteUrl('https://example.org', '/measures/3/')).toBe('https://example.org/measures/3/');
    expect(absoluteUrl(new URL('http://localhost:4321/'), '/')).toBe('http://localhost:4321/');
  });
  it('keeps a path prefix of the site', () => {
    expect(absoluteUrl('https://example.org/sub', '/plan/')).toBe('https://example.org/sub/plan/');
    expect(absoluteUrl('https://example.org/sub/', 'plan/')).toBe('https://example.org/sub/plan/');
  });
  it('keeps fragments and percent-encodes non-ASCII', () => {
    expect(absoluteUrl('https://example.org', '/units/甲/#m-1')).toBe('https://example.org/units/%E7%94%B2/#m-1');
  });
  it('drops query and hash of the site itself', () => {
    expect(absoluteUrl('https://example.org/?x=1#y', '/a/')).toBe('https://example.org/a/');
  });
  it('refuses absolute and protocol-relative paths', () => {
    expect(() => absoluteUrl('https://example.org', 'https://evil.example/')).toThrow(/site-relative/);
    expect(() => absoluteUrl('https://example.org', '//evil.example/')).toThrow(/site-relative/);
  });
  it('refuses a site that is not an absolute http(s) URL', () => {
    expect(() => absoluteUrl('ftp://example.org', '/a/')).toThrow(/site must be http\(s\)/);
    expect(() => absoluteUrl('example.org', '/a/')).toThrow(/site must be an absolute URL/);
  });
});

describe('localIsoDate / replaceAccessedDate', () => {
  it('formats a local date with zero padding', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
  it('replaces only the 引用日期, the last bracketed date', () => {
    const ref = '甲. 乙[EB/OL]. (2020-01-09)[2020-01-09]. https://example.org/.';
    expect(replaceAccessedDate(ref, '2020-01-09', '2027-01-05')).toBe(
      '甲. 乙[EB/OL]. (2020-01-09)[2027-01-05]. https://example.org/.',
    );
  });
  it('returns the reference unchanged when the date is not there', () => {
    expect(replaceAccessedDate('甲. 乙.', '2020-01-09', '2027-01-05')).toBe('甲. 乙.');
  });
});

describe('the address the reader loaded', () => {
  it('is the permalink on the loaded origin over http(s), nothing for a saved file', () => {
    const permalink = 'http://localhost:4321/measures/5/#t-5-2';
    expect(loadedAddress({ protocol: 'https:', origin: 'https://plan.example.gov.cn' }, permalink)).toBe(
      'https://plan.example.gov.cn/measures/5/#t-5-2',
    );
    expect(loadedAddress({ protocol: 'file:', origin: 'null' }, permalink)).toBeNull();
  });
  it('replaces every occurrence of the build-time permalink', () => {
    const ref = '吴忠市. 方案[EB/OL]. http://localhost:4321/measures/5/. 见 http://localhost:4321/measures/5/';
    expect(replacePermalink(ref, 'http://localhost:4321/measures/5/', 'https://a.cn/measures/5/')).toBe(
      '吴忠市. 方案[EB/OL]. https://a.cn/measures/5/. 见 https://a.cn/measures/5/',
    );
  });
});
