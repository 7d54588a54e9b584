import { describe, expect, it } from 'vitest';
import { parseRegistryText, parseUnitList } from '../parse/units.ts';

// A registry file of another city: its own name form is carried along a list only because the file says so.
const entry = (id: string, name: string) =>
  `    { "id": "${id}", "name": "${name}", "aliases": [], "kind": "市直部门" }`;
const registryFile = (prefixes: string) =>
  `{\n  "carriedPrefixes": ${prefixes},\n  "units": [\n${entry('tax', '青山市税务局')},\n${entry('bank', '青山银保监分局')}\n  ]\n}\n`;
const at = { file: 'qingshan.txt', line: 3 };

describe('units.json as { carriedPrefixes, units }', () => {
  it("carries the city's name forms the file lists, longest first, and the genre's 市", () => {
    const registry = parseRegistryText(registryFile('["青山", "青山市"]'), 'u.json');
    expect(registry.carriedPrefixes).toEqual(['青山市', '青山', '市']);
    expect(parseUnitList('(责任单位:青山市税务局、银保监分局)', registry, at).units.map((u) => u.id)).toEqual([
      'tax',
      'bank',
    ]);
  });

  it('without the prefix in the file, the carried reading is not there', () => {
    const registry = parseRegistryText(registryFile('[]'), 'u.json');
    expect(() => parseUnitList('(责任单位:青山市税务局、银保监分局)', registry, at)).toThrow(/银保监分局/u);
  });

  it('a bad prefix or a missing field is an error at its line', () => {
    expect(() => parseRegistryText(registryFile('["青 山"]'), 'u.json')).toThrow(
      /^u\.json:2: invalid unit registry: carriedPrefixes\.0: must be a non-empty name/u,
    );
    expect(() => parseRegistryText('{\n  "units": []\n}', 'u.json')).toThrow(/^u\.json:1: .*carriedPrefixes/u);
    expect(() => parseRegistryText(registryFile('[]').replace('青山银保监分局', ''), 'u.json')).toThrow(
      /^u\.json:5: invalid unit registry: entry 1 \("bank"\)\.name/u,
    );
  });
});
