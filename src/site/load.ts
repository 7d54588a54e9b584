/**
 * Reads the content collections once per build and hands pages plain, sorted data. The only module pages use to
 * reach the parsed plan.
 */
import { getCollection } from 'astro:content';
import type { OpenDataInput } from './open-data.ts';

const byNumber = <T extends { data: { number: number } }>(a: T, b: T) => a.data.number - b.data.number;

async function only<C extends 'notice' | 'planInfo'>(name: C) {
  const [entry, ...rest] = await getCollection(name);
  if (!entry || rest.length) throw new Error(`collection ${name} must hold exactly one entry`);
  return entry;
}

export async function loadPlan() {
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

export type LoadedPlan = Awaited<ReturnType<typeof loadPlan>>;

export async function openDataInput(site: URL | undefined): Promise<OpenDataInput> {
  const plan = await loadPlan();
  return {
    site: (site ?? new URL('http://localhost:4321/')).href,
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
