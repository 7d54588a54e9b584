/**
 * The open data against its description: every field of every file is described (and nothing described is missing),
 * every code in the data is a described code, and the CSV follows the Table Schema in datapackage.json. Files are
 * built from the committed content/ exactly as the endpoints build them.
 */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { realModel, realRegistry } from '../../domain/__tests__/helpers.ts';
import { dataPackage, OPEN_DATA_FILES, type FieldDoc } from '../open-data-docs.ts';
import { departmentsJson, measuresJson, targetsCsv, targetsJson, type OpenDataInput } from '../open-data.ts';
import { readPlanDir, realPlanDir } from './plan-files.ts';

const model = realModel();
const plan = readPlanDir(realPlanDir);
const input: OpenDataInput = {
  site: 'https://example.org/',
  measures: plan.measures,
  groups: model.plan.groups.map((g) => ({ ...g })),
  targets: plan.targets,
  units: [...realRegistry().units],
  safeguards: model.plan.safeguards.map(({ number, marker, title, titleEnd, units, line }) => ({
    number,
    marker,
    title,
    titleEnd,
    units,
    line,
  })),
};
const doc = (path: string) => OPEN_DATA_FILES.find((f) => f.path === path)!;
const topLevel = (fields: readonly FieldDoc[]) => fields.filter((f) => !f.name.includes('['));

function conforms(value: unknown, f: FieldDoc): boolean {
  if (value === null || value === undefined || value === '') return !!f.optional;
  if (f.codes && !(typeof value === 'string' && Object.hasOwn(f.codes, value))) return false;
  switch (f.type) {
    case 'integer':
      return Number.isInteger(Number(value));
    case 'number':
      return Number.isFinite(Number(value));
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object';
    default:
      return typeof value === 'string';
  }
}

describe('JSON files match their description', () => {
  it.each([
    ['/data/measures.json', measuresJson(input)],
    ['/data/targets.json', targetsJson(input)],
    ['/data/departments.json', departmentsJson(input)],
  ] as const)('%s', (path, rows) => {
    const fields = topLevel(doc(path).fields);
    const keys = new Set(rows.flatMap((r) => Object.keys(r)));
    expect([...keys].sort()).toEqual(fields.map((f) => f.name).sort());
    for (const r of rows as readonly Record<string, unknown>[])
      for (const f of fields)
        expect(conforms(r[f.name], f), `${path} ${f.name}=${JSON.stringify(r[f.name])}`).toBe(true);
  });

  it('unit roles are the described codes, and say what the page says (列首位, not 牵头)', () => {
    const role = doc('/data/measures.json').fields.find((f) => f.name === 'units[].role')!;
    const roles = measuresJson(input).flatMap((m) => m.units.map((u) => u.role));
    for (const r of roles) expect(Object.keys(role.codes!)).toContain(r);
    expect(new Set(roles)).toEqual(new Set(['listed-first', 'listed-after'])); // the seed never writes 牵头单位
    const deptRoles = departmentsJson(input).flatMap((d) => d.measures.map((m) => m.role));
    expect(new Set(deptRoles)).toEqual(new Set(roles));
  });
});

describe('measures.json carries the text as written', () => {
  it("each measure: its marker, and its whole text with the title sentence's own closing mark", () => {
    const rows = measuresJson(input);
    expect(rows.map((r) => r.marker)).toEqual(model.plan.measures.map((m) => m.marker));
    for (const r of rows) expect(r.text.startsWith(`${r.title}\u3002`)).toBe(true);
  });

  it('prints a marker and a mark other than 1. and 。 as written, never its own', () => {
    const [first] = plan.measures;
    const other = { ...first!, marker: '\uFF11\uFF0E', titleEnd: '\uFF1F' };
    const [row] = measuresJson({ ...input, measures: [other] });
    expect(row!.marker).toBe('\uFF11\uFF0E');
    expect(row!.text).toBe(`${first!.title}\uFF1F${first!.paragraphs.join('\n')}${first!.unitsText}`);
  });
});

describe('targets.csv follows the Table Schema of datapackage.json', () => {
  const csv = targetsCsv(input);
  const resource = dataPackage(input.site, 'x').resources.find((r) => r.path.endsWith('/data/targets.csv'))!;
  const schema = (resource as { schema: { fields: { name: string; constraints?: { enum?: string[] } }[] } }).schema;
  const rows = csvParse(csv.replace(/^\uFEFF/u, ''));

  it('starts with a BOM; its columns are the schema’s fields, in order, with Chinese titles', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(rows.columns).toEqual(schema.fields.map((f) => f.name));
    expect(rows.columns).toContain('原文写法');
  });
  it('every cell conforms to its field (type, required, enum)', () => {
    const fields = doc('/data/targets.csv').fields;
    expect(rows.length).toBe(plan.targets.length);
    for (const r of rows) for (const f of fields) expect(conforms(r[f.name], f), `${f.name}=${r[f.name]}`).toBe(true);
    for (const f of schema.fields.filter((x) => x.constraints?.enum))
      for (const r of rows) if (r[f.name]) expect(f.constraints!.enum).toContain(r[f.name]);
  });
  it('原文写法 holds the text’s words: each row’s statement or its quote contains the figure', () => {
    const json = targetsJson(input);
    rows.forEach((r, i) => {
      expect(r['原文']).toBe(json[i]!.statement);
      expect(r['原文写法']!.endsWith(json[i]!.figure)).toBe(true);
    });
    expect(rows.find((r) => r['编号'] === 't-2-2')!['原文写法']).toBe('到2027年超过30家');
  });
});
