/**
 * The open data files (/data/*.json, /data/targets.csv), built from the collections' plain data. Pure functions; the
 * Astro endpoints in src/pages/data/ only call these. Field lists are documented in README.md.
 */
import { csvFormat } from 'd3-dsv';
import type { z } from 'zod';
import type { groupSchema, measureSchema, safeguardSchema, targetSchema } from './schemas.ts';
import type { Unit } from './model.ts';

type MeasureData = z.infer<typeof measureSchema>;
type GroupData = z.infer<typeof groupSchema>;
type TargetData = z.infer<typeof targetSchema>;
type SafeguardData = z.infer<typeof safeguardSchema>;

export interface OpenDataInput {
  /** Absolute site URL, e.g. https://example.org/ */
  site: string;
  measures: MeasureData[];
  groups: GroupData[];
  targets: TargetData[];
  units: Unit[];
  safeguards: SafeguardData[];
}

export const measurePath = (n: number) => `/measures/${n}/`;
export const departmentPath = (id: string) => `/departments/${id}/`;
export const targetPath = (t: { measure: number; id: string }) => `${measurePath(t.measure)}#${t.id}`;

const url = (site: string, path: string) => new URL(path, site).href;

/** The measure's whole text as issued: title sentence, body, unit list. */
export function measureText(m: Pick<MeasureData, 'title' | 'paragraphs' | 'unitsText'>): string {
  return `${m.title}。${m.paragraphs.join('\n')}${m.unitsText}`;
}

export function measuresJson(input: OpenDataInput) {
  const groups = new Map(input.groups.map((g) => [g.number, g]));
  const units = new Map(input.units.map((u) => [u.id, u]));
  return [...input.measures]
    .sort((a, b) => a.number - b.number)
    .map((m) => ({
      number: m.number,
      title: m.title,
      group: { number: m.group, title: groups.get(m.group)?.title ?? '' },
      url: url(input.site, measurePath(m.number)),
      text: measureText(m),
      units: m.units.map((u) => ({ id: u.id, name: units.get(u.id)?.name ?? u.mention, role: u.role })),
      targets: m.targets,
    }));
}

export function targetsJson(input: Pick<OpenDataInput, 'site' | 'targets'>) {
  return [...input.targets]
    .sort((a, b) => a.measure - b.measure || a.start - b.start)
    .map((t) => ({
      id: t.id,
      measure: t.measure,
      statement: t.statement,
      indicator: t.indicator,
      value: t.value,
      unit: t.unit,
      comparator: t.comparator,
      timeframe: t.timeframe,
      year: t.year,
      kind: t.kind,
      url: url(input.site, targetPath(t)),
    }));
}

/** UTF-8 with a BOM so that Excel detects the encoding of the Chinese text. */
export function targetsCsv(input: Pick<OpenDataInput, 'site' | 'targets'>): string {
  return `\uFEFF${csvFormat(targetsJson(input).map((t) => ({ ...t, year: t.year ?? '' })))}\n`;
}

export function departmentsJson(input: OpenDataInput) {
  return input.units.map((u) => ({
    id: u.id,
    name: u.name,
    aliases: u.aliases,
    kind: u.kind,
    ...(u.members && { members: u.members }),
    url: url(input.site, departmentPath(u.id)),
    measures: [...input.measures]
      .sort((a, b) => a.number - b.number)
      .flatMap((m) => m.units.filter((a) => a.id === u.id).map((a) => ({ number: m.number, role: a.role }))),
    safeguards: input.safeguards.filter((s) => s.units.some((a) => a.id === u.id)).map((s) => s.number),
  }));
}
