import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SourceError } from '../errors.ts';
import { entryLines, jsonLines, parseJsonText, parseReviewedArray } from '../reviewed.ts';

const text = ['[', '  { "a": 1,', '    "b": [2,', '      3] },', '', '  "x\\n]",', '  {"a": 4}', ']'].join('\n');

describe('line numbers of a JSON text', () => {
  it('finds the line of each entry and field; strings holding brackets or escapes do not count', () => {
    expect(entryLines(text)).toEqual([2, 6, 7]);
    const lines = jsonLines(text);
    expect(lines.lineOf([0, 'b', 1])).toBe(4);
    expect(lines.lineOf([0, 'b'])).toBe(3);
    expect(lines.lineOf([2, 'a'])).toBe(7);
    // A path the text does not hold (a missing field): the nearest parent that it does.
    expect(lines.lineOf([2, 'missing'])).toBe(7);
    expect(lines.lineOf([])).toBe(1);
  });
  it('counts the same lines with CRLF line ends and a BOM', () => {
    expect(entryLines(`\uFEFF${text.replace(/\n/gu, '\r\n')}`)).toEqual([2, 6, 7]);
  });
  it('bad JSON is an error at the line where parsing stopped', () => {
    expect(() => parseJsonText('[\n  1,\n  2,,\n]', 'x.json')).toThrow(/^x\.json:3: not valid JSON/u);
    expect(() => parseJsonText('\uFEFF[\n  1,\n  2,,\n]', 'x.json')).toThrow(/^x\.json:3: not valid JSON/u);
    expect(parseJsonText('\uFEFF[1]', 'x.json')).toEqual([1]);
    expect(() => parseJsonText('[\n  "a\tb"\n]', 'x.json')).toThrow(/^x\.json:2: not valid JSON: unexpected "\\t"/u);
    expect(() => parseJsonText('[1] 2', 'x.json')).toThrow(/^x\.json:1: not valid JSON: unexpected "2"/u);
    expect(() => parseJsonText('[1,', 'x.json')).toThrow(/^x\.json:1: not valid JSON: unexpected end of file/u);
  });
});

describe('parseReviewedArray', () => {
  const schema = z.object({ a: z.number() }).strict();
  it('validates every entry and names the line of the one at fault', () => {
    expect(() => parseReviewedArray('[\n  {"a": 1},\n  {"a": "2"}\n]', 'x.json', schema)).toThrow(
      /^x\.json:3: entry \[1\]: a: /u,
    );
    expect(() => parseReviewedArray('{"a": 1}', 'x.json', schema)).toThrow(SourceError);
    expect(() =>
      parseReviewedArray('[{"a": 1},\n {"a": 2}]', 'x.json', schema, (e) => (e.a > 1 ? 'too big' : null)),
    ).toThrow(/^x\.json:2: too big$/u);
  });
});
