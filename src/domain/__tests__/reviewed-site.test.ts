import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviewedSite, parseReviewedSiteText } from '../reviewed-site.ts';
import { reviewedSite } from '../../site/reviewed.ts';

const file = new URL('../../../content/reviewed/site.json', import.meta.url);
const realText = readFileSync(file, 'utf8');
const real = JSON.parse(realText) as Record<string, Record<string, unknown>>;
const withField = (section: string, field: string, value: unknown) => ({
  ...real,
  [section]: { ...real[section], [field]: value },
});

describe('content/reviewed/site.json', () => {
  it('passes its schema, with the official page on the 吴忠 portal put online 2023-07-04', () => {
    const site = parseReviewedSite(real);
    expect(new URL(site.officialPublication.url).hostname).toBe(site.officialPublication.portal);
    expect(site.officialPublication.onlineDate).toBe('2023-07-04');
  });

  it('names the file and the field of a bad value', () => {
    expect(() => parseReviewedSite(withField('officialPublication', 'url', 'ftp://x.y/z'))).toThrow(
      /^content\/reviewed\/site\.json: officialPublication\.url: /u,
    );
    expect(() => parseReviewedSite(withField('officialPublication', 'onlineDate', '2023-7-4'))).toThrow(
      /officialPublication\.onlineDate/u,
    );
    expect(() => parseReviewedSite(withField('errorReport', 'url', 'someone at example'))).toThrow(/errorReport\.url/u);
    expect(() => parseReviewedSite(withField('operator', 'status', 'maybe'))).toThrow(/operator\.status/u);
  });

  it('from the file text, names the line of the field at fault', () => {
    expect(reviewedSite).toEqual(parseReviewedSite(real));
    const lines = realText.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(() => parseReviewedSiteText(realText.replace('"2023-07-04"', '"2023-7-4"'), 's.json')).toThrow(
      new RegExp(`^s\\.json:${lineOf('"onlineDate"')}: officialPublication\\.onlineDate: `, 'u'),
    );
    expect(() =>
      parseReviewedSiteText(realText.replace('"status": "placeholder"', '"status": "maybe"'), 's.json'),
    ).toThrow(new RegExp(`^s\\.json:${lineOf('"status"')}: operator\\.status: `, 'u'));
    // A missing field: the line of the object that lacks it.
    const noChannel = realText.replace(/\n\s*"channel": [^\n]*/u, '');
    expect(() => parseReviewedSiteText(noChannel, 's.json')).toThrow(
      new RegExp(`^s\\.json:${lineOf('"errorReport"')}: errorReport\\.channel: `, 'u'),
    );
    expect(() => parseReviewedSiteText('{\n  "operator": \n}', 's.json')).toThrow(/^s\.json:3: not valid JSON/u);
  });

  it('takes a mailto: or web address for error reports', () => {
    expect(parseReviewedSite(withField('errorReport', 'url', 'mailto:a@b.cn')).errorReport.url).toBe('mailto:a@b.cn');
    expect(parseReviewedSite(withField('errorReport', 'url', 'https://b.cn/r')).errorReport.url).toBe('https://b.cn/r');
  });
});
