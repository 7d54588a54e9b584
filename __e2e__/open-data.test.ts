/**
 * The built open data against its two descriptions: /data/datapackage.json (Frictionless, Table Schema for
 * targets.csv) and the /data/ page. Reads dist/ only (no browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { decodeEntities } from '../src/domain/text/html.ts';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const read = (p: string) => readFileSync(join(dist, p), 'utf8');

interface FieldSchema {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { fields: FieldSchema[] };
  'x-fields'?: FieldSchema[];
}
const pkg = JSON.parse(read('data/datapackage.json')) as { resources: Resource[] };
const page = decodeEntities(read('data/index.html'));
const pathOf = (r: Resource) => new URL(r.path).pathname;

describe('datapackage.json', () => {
  it('describes every open data file, and each exists', () => {
    expect(pkg.resources.map(pathOf).sort()).toEqual(
      ['/data/departments.json', '/data/measures.json', '/data/targets.csv', '/data/targets.json'].sort(),
    );
    for (const r of pkg.resources) expect(existsSync(join(dist, pathOf(r))), r.path).toBe(true);
  });

  it('targets.csv follows its Table Schema: columns, required cells, types and enums', () => {
    const schema = pkg.resources.find((r) => pathOf(r) === '/data/targets.csv')!.schema!;
    const csv = read('data/targets.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(schema.fields.map((f) => f.name));
    expect(rows.length).toBe((JSON.parse(read('data/targets.json')) as unknown[]).length);
    for (const r of rows)
      for (const f of schema.fields) {
        const v = r[f.name] ?? '';
        if (v === '') {
          expect(f.constraints?.required, `${f.name} empty`).not.toBe(true);
          continue;
        }
        if (f.constraints?.enum) expect(f.constraints.enum, f.name).toContain(v);
        if (f.type === 'integer') expect(Number.isInteger(Number(v)), `${f.name}=${v}`).toBe(true);
        if (f.type === 'number') expect(Number.isFinite(Number(v)), `${f.name}=${v}`).toBe(true);
      }
  });

  it('targets.csv’s 性质 words are not words of the record’s statement (they cannot be read as a quotation)', () => {
    const rows = csvParse(read('data/targets.csv').slice(1));
    for (const r of rows) expect(r['原文'], r['编号']).not.toContain(r['性质']);
  });

  it('the JSON files hold exactly the described keys, with described codes', () => {
    for (const r of pkg.resources.filter((x) => x.format === 'json')) {
      const fields = (r['x-fields'] ?? []).filter((f) => !f.name.includes('['));
      const data = JSON.parse(read(pathOf(r))) as Record<string, unknown>[];
      const keys = new Set(data.flatMap((d) => Object.keys(d)));
      expect([...keys].sort(), r.name).toEqual(fields.map((f) => f.name).sort());
      for (const f of fields.filter((x) => x.constraints?.enum))
        for (const d of data) if (d[f.name] !== null) expect(f.constraints!.enum, f.name).toContain(d[f.name]);
    }
  });
});

describe('the /data/ page', () => {
  it('has a row for every field of every file and a line for every code', () => {
    for (const r of pkg.resources) {
      const section = new RegExp(`<section[^>]*data-file="${pathOf(r)}"[\\s\\S]*?</table>`, 'u').exec(page)?.[0];
      expect(section, r.path).toBeDefined();
      for (const f of r.schema?.fields ?? r['x-fields'] ?? []) {
        expect(section, `${r.path} ${f.name}`).toContain(`data-field="${f.name}"`);
        for (const code of f.constraints?.enum ?? [])
          expect(section, `${r.path} ${f.name} ${code}`).toContain(`data-code="${code}"`);
      }
    }
  });
});
