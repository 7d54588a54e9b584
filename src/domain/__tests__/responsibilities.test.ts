import { describe, expect, it } from 'vitest';
import {
  orderByFirstMention,
  responsibilityMatrix,
  sharedRoleBasis,
  unitCounts,
  unitDuties,
  unitsByKind,
} from '../derive/responsibilities.ts';
import { UNIT_KINDS } from '../parse/units.ts';
import { realModel, realRegistry } from './helpers.ts';

const { plan } = realModel();
const units = realRegistry().units;

describe('unitDuties on the real seed', () => {
  it('every assignment of every measure lands in exactly one unit’s lead or joint list', () => {
    const all = units.flatMap((u) => {
      const d = unitDuties(u.id, plan.measures, plan.safeguards);
      return [
        ...d.lead.map((x) => `${x.measure.number}:${u.id}:lead`),
        ...d.joint.map((x) => `${x.measure.number}:${u.id}:joint`),
      ];
    });
    const expected = plan.measures.flatMap((m) => m.units.map((a) => `${m.number}:${a.id}:${a.role}`));
    expect(all.sort()).toEqual(expected.sort());
  });
  it('each measure has exactly one first-listed unit', () => {
    const leads = units.flatMap((u) =>
      unitDuties(u.id, plan.measures, plan.safeguards).lead.map((d) => d.measure.number),
    );
    expect(leads.sort((a, b) => a - b)).toEqual(plan.measures.map((m) => m.number));
  });
  it('the human resources bureau is first-listed in 5, 6, 7, 8, 10, 12 and named in safeguards 2, 3, 4', () => {
    const d = unitDuties('human-resources-social-security', plan.measures, plan.safeguards);
    expect(d.lead.map((x) => x.measure.number)).toEqual([5, 6, 7, 8, 10, 12]);
    expect(d.safeguards.map((s) => s.item.number)).toEqual([2, 3, 4]);
    expect(d.joint.find((x) => x.measure.number === 1)?.mention).toBe('人力资源和社会保障局');
  });
  it('a unit named only in the safeguards has no measures', () => {
    const d = unitDuties('survey-team', plan.measures, plan.safeguards);
    expect([d.lead.length, d.joint.length, d.safeguards.map((s) => s.item.number)]).toEqual([0, 0, [3]]);
  });
});

describe('unitsByKind and responsibilityMatrix', () => {
  it('groups every unit once, kinds in registry order', () => {
    const groups = unitsByKind(units);
    expect(groups.flatMap((g) => g.units.map((u) => u.id)).sort()).toEqual(units.map((u) => u.id).sort());
    expect(groups.map((g) => g.kind)).toEqual(UNIT_KINDS.filter((k) => units.some((u) => u.kind === k)));
  });
  it('has one cell per measure and counts that match the cells', () => {
    const matrix = responsibilityMatrix(units, plan.measures);
    const rows = matrix.flatMap((g) => g.rows);
    expect(rows).toHaveLength(units.length);
    for (const r of rows) {
      expect(r.cells).toHaveLength(plan.measures.length);
      expect(r.lead + r.joint).toBe(r.cells.filter(Boolean).length);
    }
    const counties = rows.find((r) => r.unit.id === 'counties')!;
    expect(counties.cells.every((c) => c === 'joint')).toBe(true);
  });
  it('works on a made-up plan', () => {
    const made = [
      {
        number: 2,
        title: '乙',
        roleBasis: 'listed-first' as const,
        units: [{ id: 'b', mention: 'B', role: 'lead' as const }],
      },
      {
        number: 1,
        title: '甲',
        roleBasis: 'listed-first' as const,
        units: [
          { id: 'a', mention: 'A', role: 'lead' as const },
          { id: 'b', mention: 'B', role: 'joint' as const },
        ],
      },
    ];
    const us = [
      { id: 'b', name: 'B局', aliases: [], kind: '市直部门' as const },
      { id: 'a', name: 'A会', aliases: [], kind: '群团组织' as const },
    ];
    const m = responsibilityMatrix(us, made);
    expect(m.map((g) => [g.kind, g.rows.map((r) => [r.unit.id, r.cells])])).toEqual([
      ['市直部门', [['b', ['joint', 'lead']]]],
      ['群团组织', [['a', ['lead', null]]]],
    ]);
  });
});

describe('orderByFirstMention', () => {
  it('orders the real units as the text first names them', () => {
    const ordered = orderByFirstMention([...units].reverse(), plan.measures, plan.safeguards).map((u) => u.id);
    expect(ordered.slice(0, 3)).toEqual(['development-reform', 'industry-information-technology', 'civil-affairs']);
    expect(ordered.indexOf('survey-team')).toBeGreaterThan(ordered.indexOf('relevant-departments'));
    expect([...ordered].sort()).toEqual(units.map((u) => u.id).sort());
  });
  it('puts units the text never names last, in their given order', () => {
    const us = ['x', 'a', 'y'].map((id) => ({ id, name: id, aliases: [], kind: '其他' as const }));
    const ms = [{ number: 1, units: [{ id: 'a', mention: 'a', role: 'lead' as const }] }];
    expect(orderByFirstMention(us, ms, []).map((u) => u.id)).toEqual(['a', 'x', 'y']);
  });
});

describe('unitCounts', () => {
  it('the measures’ lists name 34 units; 吴忠调查队 is named only in 保障措施(三), making 35', () => {
    expect(unitCounts(plan.measures, plan.safeguards, units)).toEqual({
      inMeasureLists: 34,
      withSafeguards: 35,
      onlyInSafeguards: ['survey-team'],
      // Two of the 34 are not one unit each: 各县(市、区) stands for its five members, 市有关部门(单位) names none.
      groupEntries: ['counties'],
      unspecifiedEntries: ['relevant-departments'],
    });
    expect(plan.safeguards.find((s) => s.units.some((u) => u.id === 'survey-team'))?.number).toBe(3);
  });
  it('counts distinct units, whatever the order or repetition', () => {
    const m = [{ units: [{ id: 'a' }, { id: 'b' }] }, { units: [{ id: 'a' }] }] as never[];
    const registry = [{ id: 'a', members: ['甲', '乙'] }, { id: 'b', unspecified: true as const }, { id: 'c' }];
    expect(unitCounts(m, [{ units: [{ id: 'b' }, { id: 'c' }] }] as never[], registry)).toEqual({
      inMeasureLists: 2,
      withSafeguards: 3,
      onlyInSafeguards: ['c'],
      groupEntries: ['a'],
      unspecifiedEntries: ['b'],
    });
  });
});

describe('sharedRoleBasis', () => {
  it('says 牵头/配合 only when every list does, and 列首位 for the real seed', () => {
    expect(sharedRoleBasis([{ roleBasis: 'explicit' }, { roleBasis: 'explicit' }])).toBe('explicit');
    expect(sharedRoleBasis([{ roleBasis: 'explicit' }, { roleBasis: 'listed-first' }])).toBe('listed-first');
    expect(sharedRoleBasis([])).toBe('listed-first');
    expect(sharedRoleBasis(plan.measures)).toBe('listed-first');
  });
});
