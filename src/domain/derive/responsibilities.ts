/**
 * Who is responsible for what: per unit, the measures where the text lists it first and those where it is listed
 * after another unit, the 保障措施 items that name it, and the units × measures matrix. Pure: no Astro, no I/O.
 * The words for the roles are in src/site/labels.ts (`roleLabel`).
 */
import { UNIT_KINDS } from '../parse/units.ts';
import type { Role, RoleBasis, Unit, UnitAssignment, UnitKind, UnitMention } from '../model.ts';

export interface MeasureUnits {
  number: number;
  title: string;
  units: readonly UnitAssignment[];
  roleBasis: RoleBasis;
}

export interface SafeguardUnits {
  number: number;
  marker: string;
  title: string;
  units: readonly UnitMention[];
}

export interface Duty<M extends MeasureUnits = MeasureUnits> {
  measure: M;
  role: Role;
  /** The unit as this list writes it. */
  mention: string;
}

export interface UnitDuties<M extends MeasureUnits = MeasureUnits, S extends SafeguardUnits = SafeguardUnits> {
  lead: Duty<M>[];
  joint: Duty<M>[];
  /** 保障措施 items that name the unit, with the mention as written. */
  safeguards: { item: S; mention: string }[];
}

/**
 * The one role basis a page shows for a set of lists: 牵头单位/配合单位 only when every list says so (`explicit`),
 * otherwise 列首位/列于其后 (`listed-first`), which is true of every list.
 */
export function sharedRoleBasis(measures: readonly Pick<MeasureUnits, 'roleBasis'>[]): RoleBasis {
  return measures.length > 0 && measures.every((m) => m.roleBasis === 'explicit') ? 'explicit' : 'listed-first';
}

/** A unit's duties, measures in number order. A unit named twice in one list keeps its first (strongest) role. */
export function unitDuties<M extends MeasureUnits, S extends SafeguardUnits>(
  unitId: string,
  measures: readonly M[],
  safeguards: readonly S[],
): UnitDuties<M, S> {
  const duties = [...measures]
    .sort((a, b) => a.number - b.number)
    .flatMap((measure) => {
      const a = measure.units.find((u) => u.id === unitId);
      return a ? [{ measure, role: a.role, mention: a.mention }] : [];
    });
  return {
    lead: duties.filter((d) => d.role === 'lead'),
    joint: duties.filter((d) => d.role === 'joint'),
    safeguards: [...safeguards]
      .sort((a, b) => a.number - b.number)
      .flatMap((item) => {
        const a = item.units.find((u) => u.id === unitId);
        return a ? [{ item, mention: a.mention }] : [];
      }),
  };
}

export interface KindGroup<U extends Unit = Unit> {
  kind: UnitKind;
  units: U[];
}

/** Units grouped by kind, kinds in registry order (`UNIT_KINDS`), empty kinds left out, units in registry order. */
export function unitsByKind<U extends Unit>(units: readonly U[]): KindGroup<U>[] {
  return UNIT_KINDS.map((kind) => ({ kind, units: units.filter((u) => u.kind === kind) })).filter(
    (g) => g.units.length > 0,
  );
}

export interface MatrixRow<U extends Unit = Unit> {
  unit: U;
  /** One cell per measure, in the order of `measures`: the role, or null when the list does not name the unit. */
  cells: (Role | null)[];
  lead: number;
  joint: number;
}

/** The responsibility matrix: one row per unit (grouped by kind), one column per measure. */
export function responsibilityMatrix<U extends Unit>(units: readonly U[], measures: readonly MeasureUnits[]) {
  const columns = [...measures].sort((a, b) => a.number - b.number);
  return unitsByKind(units).map(({ kind, units: members }) => ({
    kind,
    rows: members.map((unit): MatrixRow<U> => {
      const cells = columns.map((m) => m.units.find((u) => u.id === unit.id)?.role ?? null);
      return {
        unit,
        cells,
        lead: cells.filter((c) => c === 'lead').length,
        joint: cells.filter((c) => c === 'joint').length,
      };
    }),
  }));
}

/**
 * Units in the order the text first names them: the measures' lists in order, then the 保障措施 items; units the text
 * never names keep their given order at the end. (The collection API does not keep the registry's file order.)
 */
export function orderByFirstMention<U extends Unit>(
  units: readonly U[],
  measures: readonly Pick<MeasureUnits, 'number' | 'units'>[],
  safeguards: readonly Pick<SafeguardUnits, 'number' | 'units'>[],
): U[] {
  const seen = [
    ...[...measures].sort((a, b) => a.number - b.number).flatMap((m) => m.units.map((u) => u.id)),
    ...[...safeguards].sort((a, b) => a.number - b.number).flatMap((s) => s.units.map((u) => u.id)),
  ];
  const rank = (u: U) => {
    const i = seen.indexOf(u.id);
    return i < 0 ? seen.length + units.indexOf(u) : i;
  };
  return [...units].sort((a, b) => rank(a) - rank(b));
}

export interface UnitCounts {
  /** Distinct units the measures' 责任单位 lists name. */
  inMeasureLists: number;
  /** Distinct units named in the lists or in the 保障措施 items. */
  withSafeguards: number;
  /** Units named only in the 保障措施 items. */
  onlyInSafeguards: string[];
  /** Entries of the measures' lists that stand for several units (各县<市、区>: its members). */
  groupEntries: string[];
  /** Entries of the measures' lists that name no particular unit (市有关部门<单位>). */
  unspecifiedEntries: string[];
}

/** What the site says when it counts units: computed, and each number says what it counts. */
export function unitCounts(
  measures: readonly Pick<MeasureUnits, 'units'>[],
  safeguards: readonly Pick<SafeguardUnits, 'units'>[],
  registry: readonly Pick<Unit, 'id' | 'members' | 'unspecified'>[],
): UnitCounts {
  const listed = new Set(measures.flatMap((m) => m.units.map((u) => u.id)));
  const all = new Set([...listed, ...safeguards.flatMap((s) => s.units.map((u) => u.id))]);
  const entry = (id: string) => registry.find((u) => u.id === id);
  return {
    inMeasureLists: listed.size,
    withSafeguards: all.size,
    onlyInSafeguards: [...all].filter((id) => !listed.has(id)),
    groupEntries: [...listed].filter((id) => entry(id)?.members),
    unspecifiedEntries: [...listed].filter((id) => entry(id)?.unspecified),
  };
}
