/**
 * The open data files (/data/*.json, /data/targets.csv), built from the collections' plain data. Pure functions; the
 * Astro endpoints in src/pages/data/ only call these. Every field and code is described once, in open-data-docs.ts
 * (rendered at /data/ and as /data/datapackage.json).
 */
import { csvFormat } from 'd3-dsv';
import type { z } from 'zod';
import type { groupSchema, measureSchema, safeguardSchema, targetSchema } from '../domain/schemas.ts';
import type { Unit } from '../domain/model.ts';
import { ROLE_CODES } from './open-data-docs.ts';
import { CSV_WORDS } from './labels.ts';
import { departmentPath, measurePath, targetPath } from './routes.ts';
import { comparatorSymbol, figureLabel } from '../domain/targets/figure-label.ts';

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
      url: url(input.site, targetPath(t)),
    }));
}

/**
 * UTF-8 with a BOM so that Excel detects the encoding; Chinese column titles and codes written as Chinese words
 * (open-data-docs.ts TARGET_CSV_FIELDS); 原文写法 is the label the pages show.
 */
export function targetsCsv(input: Pick<OpenDataInput, 'site' | 'targets'>): string {
  const byId = new Map(input.targets.map((t) => [t.id, t]));
  const rows = targetsJson(input).map((t) => ({
    编号: t.id,
    措施: t.measure,
    类型: CSV_WORDS.kind[t.kind],
    指标: t.indicator,
    原文写法: figureLabel(byId.get(t.id)!),
    数值: t.value,
    比较: comparatorSymbol(t.comparator),
    单位: t.unit,
    性质: CSV_WORDS.form[t.form],
    时间原文: t.time,
    时限类型: CSV_WORDS.timeframe[t.timeframe],
    年份: t.year ?? '',
    年数: t.years ?? '',
    对象: t.recipient ?? '',
    原文: t.statement,
    链接: t.url,
  }));
  return `\uFEFF${csvFormat(rows)}\n`;
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
      .flatMap((m) =>
        m.units.filter((a) => a.id === u.id).map((a) => ({ number: m.number, role: ROLE_CODES[m.roleBasis][a.role] })),
      ),
    safeguards: input.safeguards.filter((s) => s.units.some((a) => a.id === u.id)).map((s) => s.number),
  }));
}
