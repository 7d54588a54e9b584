/**
 * Reads the content collections once per build and hands pages plain, sorted data, with what every page derives from
 * it (glossary, 六特 charts, resident groups, source notes, site title, navigation, footer) computed once too. The only module pages use to reach the
 * parsed plan; components and layouts never import it: pages pass them what they need as props.
 */
import { getCollection } from 'astro:content';
import type { OpenDataInput } from './open-data.ts';
import { planGlossary } from '../domain/derive/glossary.ts';
import { matchResidentGroups } from '../domain/derive/resident-groups.ts';
import { sourceNoteIds } from '../domain/derive/source-notes.ts';
import { glossaryTerms, residentGroups, searchSynonyms, sourceNotes } from './reviewed.ts';
import { industryCharts } from './views/industry-charts.ts';
import { primaryNav, siteTitle } from './site.ts';
import type { SiteChrome } from './nav.ts';
import { siteOf, type SiteContext } from './routes.ts';

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) => a.data.number - b.data.number;

async function only<C extends 'notice' | 'planInfo'>(name: C) {
  const [entry, ...rest] = await getCollection(name);
  if (!entry || rest.length) throw new Error(`collection ${name} must hold exactly one entry`);
  return entry;
}

async function readPlan() {
  const [notice, planInfo, sections, groups, measures, safeguards, targets, units] = await Promise.all([
    only('notice'),
    only('planInfo'),
    getCollection('sections'),
    getCollection('groups'),
    getCollection('measures'),
    getCollection('safeguards'),
    getCollection('targets'),
    getCollection('units'),
  ]);
  return {
    notice,
    planInfo,
    sections: sections.sort(byNumber),
    groups: groups.sort(byNumber),
    measures: measures.sort(byNumber),
    safeguards: safeguards.sort(byNumber),
    targets: targets.map((t) => t.data),
    units: units.map((u) => u.data),
  };
}

export type LoadedPlan = Awaited<ReturnType<typeof readPlan>>;

/**
 * Once per build: every page awaits the same promise. In `astro dev` the collections change under a running server,
 * so each call reads them afresh there.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let memo: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (memo ??= read()));
}

export const loadPlan: () => Promise<LoadedPlan> = once(readPlan);

async function readSite() {
  const plan = await loadPlan();
  const measures = plan.measures.map((m) => m.data);
  const industries = industryCharts(measures, plan.targets);
  const { signatories, date, dateText } = plan.notice.data;
  const chrome: SiteChrome = {
    title: siteTitle(plan),
    nav: primaryNav(plan, industries.name),
    signatories,
    date,
    dateText,
    searchSynonyms,
  };
  const notes = sourceNotes(measures);
  const noteIds = sourceNoteIds(notes);
  return {
    plan,
    measures,
    glossary: planGlossary(measures, glossaryTerms),
    industries,
    /** The resident groups (与我有关) the text speaks of, with their sentences, measures and standards. */
    residentGroups: matchResidentGroups(measures, plan.targets, residentGroups).filter((g) => g.sentences.length > 0),
    /** The reviewed notes on the text's oddities, each with the id its mark links to. */
    sourceNotes: notes.map((n, i) => ({ ...n, id: noteIds[i]! })),
    chrome,
  };
}

/** The plan with the data derived from it that pages share, computed once per build. */
export const loadSite = once(readSite);

/** The open data files' input; `astro` is the endpoint's context (its site, see `siteOf`). */
export async function openDataInput(astro: SiteContext): Promise<OpenDataInput> {
  const plan = await loadPlan();
  return {
    site: siteOf(astro).href,
    measures: plan.measures.map((m) => m.data),
    groups: plan.groups.map((g) => g.data),
    targets: plan.targets,
    units: plan.units,
    safeguards: plan.safeguards.map((s) => s.data),
  };
}

/** Pretty-printed JSON with a final newline, for the open data endpoints. */
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
