import { describe, expect, it } from 'vitest';
import { breadcrumbListLd, governmentPublicationLd, planPartLd, serializeJsonLd } from '../meta/jsonld.ts';

// Made-up values: the tests pin the shape, not the plan.
const issuers = [
  { name: '甲委员会办公室', type: 'Organization' as const },
  { name: '甲市人民政府办公室', type: 'GovernmentOrganization' as const, url: 'https://gov.example/' },
];

describe('governmentPublicationLd', () => {
  it('builds a CreativeWork with the issuers as author, and names no publisher of the page it is identified by', () => {
    expect(
      governmentPublicationLd({
        name: '乙方案',
        url: 'https://example.org/plan/',
        datePublished: '2020-01-09',
        issuers,
        isPartOf: { name: '乙方案', url: 'https://example.org/' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': 'https://example.org/plan/',
      name: '乙方案',
      url: 'https://example.org/plan/',
      inLanguage: 'zh-CN',
      datePublished: '2020-01-09',
      author: [
        { '@type': 'Organization', name: '甲委员会办公室' },
        { '@type': 'GovernmentOrganization', name: '甲市人民政府办公室', url: 'https://gov.example/' },
      ],
      isPartOf: { '@type': 'WebSite', name: '乙方案', url: 'https://example.org/' },
    });
  });

  it('adds optional fields only when given, and lists parts with positions', () => {
    const ld = governmentPublicationLd({
      name: '乙方案',
      url: 'https://example.org/plan/',
      datePublished: '2020-01-09',
      issuers: [issuers[0]!],
      alternateName: '关于印发《乙方案》的通知',
      description: '丙',
      isBasedOn: 'https://source.example/x.html',
      hasPart: [{ name: '丁', url: 'https://example.org/measures/1/', position: 1 }],
    });
    expect(ld.alternateName).toBe('关于印发《乙方案》的通知');
    expect(ld.description).toBe('丙');
    expect(ld.isBasedOn).toBe('https://source.example/x.html');
    expect(ld.hasPart).toEqual([
      {
        '@type': 'CreativeWork',
        '@id': 'https://example.org/measures/1/',
        name: '丁',
        url: 'https://example.org/measures/1/',
        position: 1,
      },
    ]);
    expect(ld).not.toHaveProperty('genre');
    expect(ld).not.toHaveProperty('isPartOf');
  });

  it('takes several other names: the title as issued and the notice title', () => {
    const names = ['乙方案', '关于印发《乙方案》的通知'];
    const ld = governmentPublicationLd({
      name: '甲市《乙方案》',
      url: 'https://example.org/plan/',
      datePublished: '2020-01-09',
      issuers,
      alternateName: names,
    });
    expect(ld.name).toBe('甲市《乙方案》');
    expect(ld.alternateName).toEqual(names);
    expect(ld.alternateName).not.toBe(names);
    expect(ld).not.toHaveProperty('publisher');
  });

  it('refuses an official source that is not an absolute http(s) URL', () => {
    const ok = { name: '乙', url: 'https://example.org/', datePublished: '2020-01-09', issuers };
    expect(() => governmentPublicationLd({ ...ok, isBasedOn: '/x.html' })).toThrow(/absolute/);
  });

  it('rejects relative URLs, bad dates and missing issuers', () => {
    const ok = { name: '乙', url: 'https://example.org/', datePublished: '2020-01-09', issuers };
    expect(() => governmentPublicationLd({ ...ok, url: '/plan/' })).toThrow(/absolute/);
    expect(() => governmentPublicationLd({ ...ok, datePublished: '2020年1月9日' })).toThrow(/YYYY-MM-DD/);
    expect(() => governmentPublicationLd({ ...ok, datePublished: '2020-02-30' })).toThrow(/calendar date/);
    expect(() => governmentPublicationLd({ ...ok, url: 'ftp://example.org/' })).toThrow(/http\(s\)/);
    expect(() => governmentPublicationLd({ ...ok, issuers: [] })).toThrow(/at least one/);
    expect(() => governmentPublicationLd({ ...ok, name: ' ' })).toThrow(/name/);
  });
});

describe('planPartLd', () => {
  it('places a numbered part inside the plan', () => {
    expect(
      planPartLd({
        name: '丁',
        url: 'https://example.org/measures/3/',
        position: 3,
        isPartOf: { name: '乙方案', url: 'https://example.org/plan/' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': 'https://example.org/measures/3/',
      name: '丁',
      url: 'https://example.org/measures/3/',
      position: 3,
      inLanguage: 'zh-CN',
      isPartOf: {
        '@type': 'CreativeWork',
        '@id': 'https://example.org/plan/',
        name: '乙方案',
        url: 'https://example.org/plan/',
      },
    });
  });
  it('rejects a non-positive position', () => {
    expect(() =>
      planPartLd({
        name: '丁',
        url: 'https://example.org/m/',
        position: 0,
        isPartOf: { name: '乙', url: 'https://example.org/' },
      }),
    ).toThrow(/position/);
  });
});

describe('breadcrumbListLd', () => {
  it('numbers the steps and makes hrefs absolute; the current page may have no item', () => {
    expect(
      breadcrumbListLd(
        [{ label: '首页', href: '/' }, { label: '甲组', href: '/groups/2/' }, { label: '丁' }],
        'https://example.org',
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: '甲组', item: 'https://example.org/groups/2/' },
        { '@type': 'ListItem', position: 3, name: '丁' },
      ],
    });
  });
  it('refuses an earlier step without href and an empty list', () => {
    expect(() => breadcrumbListLd([{ label: '甲' }, { label: '乙', href: '/' }], 'https://example.org')).toThrow(
      /only the last/,
    );
    expect(() => breadcrumbListLd([], 'https://example.org')).toThrow(/at least one/);
  });
});

describe('serializeJsonLd', () => {
  it('escapes characters that could end or alter the script element, and still round-trips', () => {
    const value = { name: '</script><!-- a & b >', sep: '\u2028' };
    const out = serializeJsonLd(value);
    expect(out).toBe('{"name":"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e","sep":"\\u2028"}');
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});
