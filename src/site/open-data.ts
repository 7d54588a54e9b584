/**
 * The open data files (/data/*.json, /data/targets.csv), built from the collections' plain data. Pure functions; the
 * Astro endpoints in src/pages/data/ only call these. Every field and code is described once, in open-data-docs.ts
 * (rendered at /data/ and as /data/datapackage.json).
 */
import { csvFormat } from 'd3-dsv';
import type { GroupEntry, MeasureEntry, SafeguardEntry, Target, Unit } from '../domain/schemas.ts';
import { ROLE_CODES, TARGET_CSV_COLUMNS } from './open-data-docs.ts';
import { absoluteUrl } from './meta/citation.ts';
import { departmentPath, measurePath, targetPath } from './routes.ts';
import { titleSentence } from './views/item-text.ts';

export interface OpenDataInput {
  /** Absolute site URL, e.g. https://example.org/ */
  site: string;
  measures: MeasureEntry[];
  groups: GroupEntry[];
  targets: Target[];
  units: Unit[];
  safeguards: SafeguardEntry[];
}

/** The measure's whole text as issued: title sentence (with its own closing mark), body, unit list. */
export function measureText(m: Pick<MeasureEntry, 'title' | 'titleEnd' | 'paragraphs' | 'unitsText'>): string {
  return `${titleSentence(m)}${m.paragraphs.join('\n')}${m.unitsText}`;
}

export function measuresJson(input: OpenDataInput) {
  const groups = new Map(input.groups.map((g) => [g.number, g]));
  const units = new Map(input.units.map((u) => [u.id, u]));
  return [...input.measures]
    .sort((a, b) => a.number - b.number)
    .map((m) => ({
      number: m.number,
      marker: m.marker,
      title: m.title,
      group: { number: m.group, title: groups.get(m.group)?.title ?? '' },
      url: absoluteUrl(input.site, measurePath(m.number)),
      text: measureText(m),
      units: m.units.map((u, i) => ({
        id: u.id,
        name: units.get(u.id)?.name ?? u.mention,
        mention: u.mention,
        position: i + 1,
        role: ROLE_CODES[m.roleBasis][u.role],
      })),
      targets: m.targets,
    }));
}

export function targetsJson(input: Pick<OpenDataInput, 'site' | 'targets'>) {
  return [...input.targets]
    .sort((a, b) => a.measure - b.measure || a.paragraph - b.paragraph || a.start - b.start)
    .map((t) => ({
      id: t.id,
      measure: t.measure,
      kind: t.kind,
      indicator: t.indicator,
      figure: t.figure,
      qualifier: t.qualifier,
      value: t.value,
      comparator: t.comparator,
      unit: t.unit,
      form: t.form,
      time: t.time,
      timeframe: t.timeframe,
      year: t.year,
      years: t.years,
      recipient: t.recipient,
      statement: t.statement,
      quote: t.quote,
      url: absoluteUrl(input.site, targetPath(t)),
    }));
}

export type TargetJson = ReturnType<typeof targetsJson>[number];

/** UTF-8 with a BOM so that Excel detects the encoding; the columns are open-data-docs.ts TARGET_CSV_COLUMNS. */
export function targetsCsv(input: Pick<OpenDataInput, 'site' | 'targets'>): string {
  const rows = targetsJson(input).map((t) => Object.fromEntries(TARGET_CSV_COLUMNS.map((c) => [c.name, c.value(t)])));
  return `\uFEFF${csvFormat(
    rows,
    TARGET_CSV_COLUMNS.map((c) => c.name),
  )}\n`;
}

export function departmentsJson(input: OpenDataInput) {
  return input.units.map((u) => ({
    id: u.id,
    name: u.name,
    aliases: u.aliases,
    kind: u.kind,
    ...(u.members && { members: u.members }),
    url: absoluteUrl(input.site, departmentPath(u.id)),
    measures: [...input.measures]
      .sort((a, b) => a.number - b.number)
      .flatMap((m) =>
        m.units.filter((a) => a.id === u.id).map((a) => ({ number: m.number, role: ROLE_CODES[m.roleBasis][a.role] })),
      ),
    safeguards: input.safeguards.filter((s) => s.units.some((a) => a.id === u.id)).map((s) => s.number),
  }));
}
