/**
 * What a measure page shows besides its text, derived from the parsed plan: its targets in text order, its units with
 * their registry names, its neighbours. Pure; missing references are build errors, never silently dropped rows.
 */
import type { Target, Unit, UnitAssignment } from '../../domain/model.ts';

/** The measure's targets, in the order its frontmatter lists them (text order). */
export function measureTargets<T extends Pick<Target, 'id' | 'measure'>>(
  ids: readonly string[],
  targets: readonly T[],
  measure: number,
): T[] {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const own = targets.filter((t) => t.measure === measure).map((t) => t.id);
  const listed = ids.map((id) => {
    const t = byId.get(id);
    if (!t) throw new Error(`measure ${measure} lists target ${id}, which is not in the targets collection`);
    if (t.measure !== measure) throw new Error(`target ${id} belongs to measure ${t.measure}, not ${measure}`);
    return t;
  });
  const unlisted = own.filter((id) => !ids.includes(id));
  if (unlisted.length) throw new Error(`targets of measure ${measure} not listed by it: ${unlisted.join(', ')}`);
  return listed;
}

export interface UnitRow {
  id: string;
  /** Canonical name from the registry. */
  name: string;
  kind: Unit['kind'];
  /** First in the text's list. */
  listedFirst: boolean;
  href?: string;
}

export function unitRows(
  assignments: readonly UnitAssignment[],
  registry: readonly Unit[],
  href: (id: string) => string | undefined,
): UnitRow[] {
  const byId = new Map(registry.map((u) => [u.id, u]));
  return assignments.map((a, i) => {
    const unit = byId.get(a.id);
    if (!unit) throw new Error(`unit ${a.id} (${a.mention}) is not in the registry`);
    const link = href(a.id);
    return {
      id: a.id,
      name: unit.name,
      kind: unit.kind,
      listedFirst: i === 0,
      ...(link && { href: link }),
    };
  });
}

/** The items before and after number `n` in a numbered sequence. */
export function neighbours<T extends { number: number }>(items: readonly T[], n: number): { prev?: T; next?: T } {
  const sorted = [...items].sort((a, b) => a.number - b.number);
  const i = sorted.findIndex((x) => x.number === n);
  if (i < 0) throw new Error(`no item ${n}`);
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}
