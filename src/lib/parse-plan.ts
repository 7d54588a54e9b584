/**
 * Gives the generic heading tree meaning: the overall goal, task groups and their measures, safeguards — and resolves
 * responsible units and quantified commitments. Pure: text, registry and overrides in; a `PlanModel` out.
 */
import { SourceError } from './errors.ts';
import { parseDocumentStructure, type Block } from './parse-document.ts';
import { splitFirstSentence } from './text.ts';
import { findUnitMentions, parseUnitList, type Registry } from './units.ts';
import { extractTargets, type TargetOverride } from './targets.ts';
import type { Measure, Paragraph, PlanModel, SafeguardItem, Section, TaskGroup, Target } from './model.ts';

export interface ParseOptions {
  /** The seed's file name, for `file:line` messages. */
  file: string;
  registry: Registry;
  overrides?: TargetOverride[];
}

/** A responsible-unit list such as `(责任单位:…)` or `(牵头单位:…;配合单位:…)` opens with a label ending in 单位/部门. */
export const UNIT_LIST_LABEL = /^[(\uFF08]\s*[\p{Script=Han}]{2,6}(?:单位|部门)\s*[:\uFF1A]/u;

/**
 * Split a trailing parenthesised group off `text` when it is a responsible-unit list. Parentheses nest
 * (`(牵头单位:…各县(市、区))`); angle-bracket inserts (`各县<市、区>`) are plain text.
 */
export function splitTrailingUnitList(text: string): { before: string; list: string } | null {
  if (!/[)\uFF09]$/u.test(text)) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === ')' || c === '\uFF09') depth++;
    else if (c === '(' || c === '\uFF08') depth--;
    if (depth === 0) {
      const list = text.slice(i);
      return UNIT_LIST_LABEL.test(list) ? { before: text.slice(0, i).trimEnd(), list } : null;
    }
  }
  return null;
}

function sectionOf(block: Block): Section {
  return {
    number: block.number,
    marker: block.marker,
    title: block.head,
    line: block.line,
    paragraphs: block.paragraphs,
  };
}

/** The sections are recognised by what they hold, with their usual titles as the tie-breaker. */
function findSections(sections: Block[], file: string) {
  const tasks = sections.find((s) => s.children.some((g) => g.children.length > 0));
  if (!tasks)
    throw new SourceError(file, sections[0]!.line, 'no section holds numbered measures (一、… › (一)… › 1.…)');
  const goal = sections.find((s) => s !== tasks && /目标/u.test(s.head));
  if (!goal) throw new SourceError(file, sections[0]!.line, 'no overall-goal section (a heading with 目标)');
  const safeguards = sections.find((s) => s !== tasks && /保障/u.test(s.head));
  if (!safeguards) throw new SourceError(file, tasks.line, 'no safeguards section (a heading with 保障)');
  return { tasks, goal, safeguards };
}

/** Measures are numbered 1…N across groups; a gap or a repeat is an error in the source. */
function checkMeasureNumbers(items: Block[], file: string): void {
  const seen = new Map<number, number>();
  let expected = 1;
  for (const item of items) {
    const first = seen.get(item.number);
    if (first !== undefined)
      throw new SourceError(file, item.line, `measure number ${item.number} appears twice (first on line ${first})`);
    if (item.number !== expected)
      throw new SourceError(
        file,
        item.line,
        expected === 1
          ? `measures must start at 1, found ${item.number}`
          : `measure ${expected} is missing: measure ${expected - 1} is followed by measure ${item.number}`,
      );
    seen.set(item.number, item.line);
    expected++;
  }
}

/** Title = first sentence of the item's line; the rest of the line and any following lines are its body. */
function titleAndBody(block: Block): { title: string; paragraphs: Paragraph[] } {
  const split = splitFirstSentence(block.head);
  const title = split ? split.first : block.head.replace(/[。.]$/u, '');
  const rest = split?.rest ? [{ text: split.rest, line: block.line }] : [];
  return { title, paragraphs: [...rest, ...block.paragraphs] };
}

function parseMeasure(item: Block, group: number, opts: ParseOptions): Omit<Measure, 'targets'> {
  const { title, paragraphs } = titleAndBody(item);
  const last = paragraphs.at(-1);
  const split = last ? splitTrailingUnitList(last.text) : null;
  if (!last || !split)
    throw new SourceError(
      opts.file,
      last?.line ?? item.line,
      `measure ${item.number} has no responsible-unit list at its end (e.g. "(责任单位:…)")`,
    );
  const { units, roleBasis, unitsText } = parseUnitList(split.list, opts.registry, {
    file: opts.file,
    line: last.line,
  });
  const body = split.before
    ? [...paragraphs.slice(0, -1), { text: split.before, line: last.line }]
    : paragraphs.slice(0, -1);
  return { number: item.number, group, title, paragraphs: body, unitsText, units, roleBasis, line: item.line };
}

function parseSafeguard(item: Block, opts: ParseOptions): SafeguardItem {
  const { title, paragraphs } = titleAndBody(item);
  const units = findUnitMentions([title, ...paragraphs.map((p) => p.text)].join('\n'), opts.registry);
  return { number: item.number, marker: item.marker, title, paragraphs, units, line: item.line };
}

export function parsePlan(text: string, opts: ParseOptions): PlanModel {
  const { file } = opts;
  const doc = parseDocumentStructure(text, file);
  const { tasks, goal, safeguards } = findSections(doc.sections, file);

  const groups: TaskGroup[] = [];
  const measures: Omit<Measure, 'targets'>[] = [];
  for (const g of tasks.children) {
    if (g.level !== 2) throw new SourceError(file, g.line, `measure "${g.marker}" outside a task group ((一)…)`);
    if (g.children.length === 0) throw new SourceError(file, g.line, `task group ${g.marker} holds no measures`);
    groups.push({
      number: g.number,
      marker: g.marker,
      title: g.head.replace(/[。.]$/u, ''),
      line: g.line,
      measures: g.children.map((m) => m.number),
    });
  }
  const items = tasks.children.flatMap((g) => g.children.map((m) => ({ m, group: g.number })));
  checkMeasureNumbers(
    items.map((x) => x.m),
    file,
  );
  for (const { m, group } of items) measures.push(parseMeasure(m, group, opts));

  const targets: Target[] = [];
  const withTargets: Measure[] = measures.map((m) => {
    const found = extractTargets(m.number, m.paragraphs, opts.overrides ?? []);
    targets.push(...found);
    return { ...m, targets: found.map((t) => t.id) };
  });

  return {
    source: file,
    notice: doc.notice,
    plan: {
      title: doc.planTitle.text,
      period: doc.period,
      preamble: doc.preamble,
      sections: doc.sections.map(sectionOf),
      goalSection: goal.number,
      tasksSection: tasks.number,
      safeguardsSection: safeguards.number,
      groups,
      measures: withTargets,
      safeguards: safeguards.children.map((s) => parseSafeguard(s, opts)),
      targets,
    },
  };
}
