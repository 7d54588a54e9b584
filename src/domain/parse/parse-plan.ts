/**
 * Gives the generic heading tree meaning: the overall goal, task groups and their measures, safeguards — and resolves
 * responsible units and quantified commitments. Pure: text, registry and overrides in; a `PlanModel` out.
 *
 * Every block of the text ends in exactly one place of the model, or the text is rejected with `file:line`: numbering
 * is checked at every level (gaps, repeats, order), a numbered item where the model has no place for it is an error,
 * and running text that stops mid-sentence is an error.
 */
import { SourceError } from '../errors.ts';
import { numeralOf, parseDocumentStructure, quoteStart, type Block } from './parse-document.ts';
import { foldWidth } from '../text/text.ts';
import { PART_END, SENTENCE_END, splitFirstSentence } from '../text/split.ts';
import { findUnitMentions, parseUnitList, type Registry } from './units.ts';
import { extractTargets, type TargetOverride } from '../targets/targets.ts';
import type { Measure, Paragraph, PlanModel, SafeguardItem, Section, TaskGroup, Target } from '../model.ts';

export interface ParseOptions {
  /** The seed's file name, for `file:line` messages. */
  file: string;
  registry: Registry;
  overrides?: TargetOverride[];
}

/** A responsible-unit list such as `(责任单位:…)` or `(牵头单位:…;配合单位:…)` opens with a label ending in 单位/部门. */
/** Matches the folded copy (foldWidth): full-width labels too. */
export const UNIT_LIST_LABEL = /^\(\s*[\p{Script=Han}]{2,6}(?:单位|部门)\s*:/u;
/** Where a unit list seems to start, even when it is not at the end of its paragraph (folded copy). */
const UNIT_LIST_START = /\(\s*(?:责任|牵头|配合|参与)(?:单位|部门)\s*:/u;

/**
 * Split a trailing parenthesised group off `text` when it is a responsible-unit list. Parentheses nest
 * (`(牵头单位:…各县(市、区))`); angle-bracket inserts (`各县<市、区>`) are plain text. Width-blind.
 */
export function splitTrailingUnitList(text: string): { before: string; list: string } | null {
  const at = trailingGroupStart(text);
  return at !== null && UNIT_LIST_LABEL.test(foldWidth(text.slice(at)))
    ? { before: text.slice(0, at).trimEnd(), list: text.slice(at) }
    : null;
}

/** Where the balanced parenthesised group that ends `text` opens, or null. Width-blind. */
function trailingGroupStart(text: string): number | null {
  const folded = foldWidth(text);
  if (!folded.endsWith(')')) return null;
  let depth = 0;
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c === ')') depth++;
    else if (c === '(') depth--;
    if (depth === 0) return i;
  }
  return null;
}

/** Closing quotation marks and brackets that may follow the end of a sentence (folded forms). */
const CLOSERS = `"'”’)\\]》」』>`;
/** A sentence ends with 。 ! ? (ASCII or full width); optional closers after it. */
const ENDS_SENTENCE = new RegExp(`[${SENTENCE_END}][${CLOSERS}]*$`, 'u');
/** A paragraph inside the text may also end with ; or : (a list follows, or an item of one ends). */
const ENDS_PARAGRAPH = new RegExp(`[${PART_END}:…][${CLOSERS}]*$`, 'u');
/** A title sentence whose 。 was typed as a full stop: `加强组织领导.实施…`. */
const FULL_STOP_FOR_PERIOD = /\p{Script=Han}\.\p{Script=Han}/u;

const tail = (text: string) => `"${text.length > 12 ? `…${text.slice(-12)}` : text}"`;

/** The paragraph must end a sentence (`strict`) or at least a clause of a list; else the text was cut off. */
function checkEnd(p: Paragraph, strict: boolean, file: string, where: string): void {
  const folded = foldWidth(p.text);
  if ((strict ? ENDS_SENTENCE : ENDS_PARAGRAPH).test(folded)) return;
  if (/\.$/u.test(folded))
    throw new SourceError(
      file,
      p.line,
      `${where} ends with a full stop "." (${tail(p.text)}); a sentence of this text ends with "。" — write "。"`,
    );
  throw new SourceError(
    file,
    p.line,
    `${where} ends mid-sentence (${tail(p.text)}): a paragraph ends with 。, ！ or ？ — was the line cut off or split?`,
  );
}

interface Numbered {
  number: number;
  line: number;
  marker: string;
}

/** Items of one level are numbered 1…N in order; a gap, a repeat or a step back is an error at the item's line. */
/**
 * Where a missing heading most likely is: a running-text line between the previous item and this one that carries
 * the missing number near its start in another form (`(7)…`, `www.x.cn7.…`), as a message at that line.
 */
type Hint = (expected: number, after: number, before: number) => SourceError | null;

function checkNumbering(
  items: readonly Numbered[],
  kind: string,
  label: (n: number) => string,
  file: string,
  hint: Hint = () => null,
): void {
  const seen = new Map<number, number>();
  let expected = 1;
  let previousLine = 0;
  for (const item of items) {
    const first = seen.get(item.number);
    if (first !== undefined)
      throw new SourceError(
        file,
        item.line,
        `${kind} ${label(item.number)} appears twice (first on line ${first}); renumber the ${kind}s 1, 2, 3, … in order`,
      );
    if (item.number !== expected) {
      if (item.number > expected) {
        const found = hint(expected, previousLine, item.line);
        if (found) throw found;
      }
      const detail =
        expected === 1
          ? `the ${kind}s must start at ${label(1)}, found ${label(item.number)}`
          : item.number < expected
            ? `${kind} ${label(item.number)} comes after ${kind} ${label(expected - 1)}: ${kind}s must be numbered in order`
            : `${kind} ${label(expected)} is missing: ${kind} ${label(expected - 1)} is followed by ${kind} ${label(item.number)}`;
      throw new SourceError(file, item.line, detail);
    }
    seen.set(item.number, item.line);
    previousLine = item.line;
    expected++;
  }
}

/**
 * A hint that searches the text of the plan body — the preamble, running-text lines and the titles of headings (a
 * heading glued onto a title line) — for `pattern(expected)` anywhere in the line.
 */
function hintFrom(
  doc: { preamble: Paragraph[]; sections: Block[] },
  file: string,
  pattern: (n: number) => RegExp,
  describe: (n: number) => string,
) {
  const paragraphs: (Paragraph & { offset: number })[] = doc.preamble.map((p) => ({ ...p, offset: 0 }));
  const walk = (b: Block) => {
    paragraphs.push({ text: `${b.marker}${b.head}`, line: b.line, offset: b.marker.length });
    paragraphs.push(...b.paragraphs.map((p) => ({ ...p, offset: 0 })));
    b.children.forEach(walk);
  };
  doc.sections.forEach(walk);
  return (expected: number, after: number, before: number) => {
    const re = pattern(expected);
    const find = (x: Paragraph & { offset: number }) => {
      const at = foldWidth(x.text.slice(x.offset)).search(re);
      return at < 0 ? -1 : at + x.offset;
    };
    const p = paragraphs.find((x) => x.line > after && x.line < before && find(x) >= 0);
    if (!p) return null;
    const at = find(p);
    const what = at === 0 ? quoteStart(p.text, 6) : `${quoteStart(p.text, at + 4)} (not at the start of the line)`;
    return new SourceError(file, p.line, `${what} looks like ${describe(expected)}`);
  };
}

/** The capital numeral of an ordinary one (一 → 壹, 十二 → 拾贰): section numbers typed as amounts. */
const capitalOf = (numeral: string) =>
  Array.from(numeral, (c) => '壹贰叁肆伍陆柒捌玖拾'['一二三四五六七八九十'.indexOf(c)]).join('');

/**
 * Where section `n` may stand written another way, at the start of a line: `一,` `一.` `一:` (or 一 and U+FF61 or
 * U+FF64), `第一部分`, `壹、`, or a title line that starts with the numeral and holds no sentence (`一 总体目标` loses
 * its space to normalisation).
 */
const sectionHint = (n: number) => {
  const N = numeralOf(n);
  return new RegExp(
    `^(?:第\\s*)?${N}\\s*(?:[、.,:;\\uff61\\uff64]|部分|章)|^${capitalOf(N)}\\s*[、.,:;]|^${N}(?![一二三四五六七八九十是])[^\\u3002!?]*$`,
    'u',
  );
};
/** Where task group or safeguard `n` may stand written another way: `[一]`, `(一` …, or `一)` at a line start. */
const itemHint = (n: number) =>
  new RegExp(
    `[(\\[\\u3014\\u3010\\ufe59]\\s*${numeralOf(n)}\\s*[)\\]\\u3015\\u3011\\ufe5a]|^${numeralOf(n)}\\s*\\)`,
    'u',
  );
/** Where measure `n` may stand written another way: `(7)`, `7)`, `7、` anywhere, `⒎` or `⑦` at a line start. */
const measureHint = (n: number) => {
  const oneChar = n <= 20 ? `|^[${String.fromCharCode(0x2487 + n)}${String.fromCharCode(0x245f + n)}]` : '';
  return new RegExp(`^\\(\\s*${n}\\s*\\)|(?<!\\d)${n}\\s*[.、)\\uff61](?!\\d)${oneChar}`, 'u');
};

const sectionLabel = (n: number) => `${numeralOf(n)}、`;
const itemLabel = (n: number) => `(${numeralOf(n)})`;
const heading = (b: Block) => `"${b.marker}${b.head}"`;

function sectionOf(block: Block): Section {
  return {
    number: block.number,
    marker: block.marker,
    title: block.head,
    line: block.line,
    paragraphs: block.paragraphs,
  };
}

/** A title names something: it holds a letter or a digit. */
const NAMES_SOMETHING = /[\p{L}\p{N}]/u;

/** A heading names something: `(一)` or `二、` alone, or followed by punctuation only, is an error at its line. */
function checkTitles(blocks: Block[], kind: string, file: string): void {
  const empty = blocks.find((b) => !NAMES_SOMETHING.test(b.head));
  if (empty)
    throw new SourceError(
      file,
      empty.line,
      `${kind} ${empty.marker} has no title${empty.head ? ` (only "${empty.head}")` : ''}; a heading reads "${empty.marker}标题" on one line`,
    );
}

/** The sections are recognised by what they hold, with their usual titles as the tie-breaker. */
function findSections(sections: Block[], file: string, lastLine: number) {
  const holding = sections.filter((s) => s.children.some((g) => g.children.length > 0));
  const tasks = holding[0];
  if (!tasks)
    throw new SourceError(file, sections[0]!.line, 'no section holds numbered measures (一、… › (一)… › 1.…)');
  if (holding[1])
    throw new SourceError(
      file,
      holding[1].line,
      `a second section with measures (${heading(holding[1])} after ${heading(tasks)}); the measures of a plan are numbered across one tasks section — merge them or check the section headings`,
    );
  const goal = sections.find((s) => s !== tasks && /目标/u.test(s.head));
  if (!goal) throw new SourceError(file, sections[0]!.line, 'no overall-goal section (a heading with 目标)');
  const safeguards = sections.find((s) => s !== tasks && s !== goal && /保障/u.test(s.head));
  if (!safeguards)
    throw new SourceError(
      file,
      lastLine,
      `no safeguards section (a heading with 保障) after ${heading(tasks)}; the text ends here — was the file cut off?`,
    );
  return { tasks, goal, safeguards };
}

/**
 * What each section may hold: the tasks section task groups with measures, the safeguards section (一)… items with
 * running text, every other section running text only. Anything else would have no place in the model.
 */
function checkShape(sections: Block[], tasks: Block, safeguards: Block, file: string): void {
  for (const s of sections) {
    for (const c of s.children) {
      if (s === tasks) {
        if (c.level === 3)
          throw new SourceError(
            file,
            c.line,
            `measure ${c.number} stands in ${heading(s)} outside a task group; measures follow a group heading such as "(一)…"`,
          );
        if (c.children.length === 0)
          throw new SourceError(file, c.line, `task group ${c.marker} holds no measures (numbered "1.", "2.", …)`);
      } else if (s === safeguards) {
        if (c.level === 3)
          throw new SourceError(
            file,
            c.line,
            `measure ${c.number} stands in the safeguards section ${heading(s)}; measures belong to a task group of ${heading(tasks)} (is a heading line out of place?)`,
          );
        const inner = c.children[0];
        if (inner)
          throw new SourceError(
            file,
            inner.line,
            `measure ${inner.number} stands under safeguard ${c.marker}; measures belong to a task group of ${heading(tasks)} (is a heading line out of place?)`,
          );
      } else {
        throw new SourceError(
          file,
          c.line,
          `numbered item "${c.marker}" under ${heading(s)}, which holds running text only: task groups and measures belong to ${heading(tasks)}, numbered safeguards to ${heading(safeguards)}`,
        );
      }
    }
  }
}

/**
 * Title = first sentence of the item's line, without the mark that closes it (kept as written in `titleEnd`); the
 * rest of the line and any following lines are its body.
 */
function titleAndBody(
  block: Block,
  what: string,
  file: string,
): { title: string; titleEnd: string; paragraphs: Paragraph[] } {
  const split = splitFirstSentence(block.head);
  if (!split || !split.first)
    throw new SourceError(
      file,
      block.line,
      `${what} has no title sentence closed by "。" (the line should read "${block.marker}标题。正文…")`,
    );
  if (!NAMES_SOMETHING.test(split.first))
    throw new SourceError(
      file,
      block.line,
      `${what} has no title: its first sentence ${quoteStart(split.first)} holds no words (the line should read "${block.marker}标题。正文…")`,
    );
  if (FULL_STOP_FOR_PERIOD.test(foldWidth(split.first)))
    throw new SourceError(
      file,
      block.line,
      `the title sentence of ${what} runs on past a "." between Chinese words (${quoteStart(split.first, 24)}); a title sentence ends with "。"`,
    );
  const rest = split.rest ? [{ text: split.rest, line: block.line }] : [];
  return { title: split.first, titleEnd: split.end, paragraphs: [...rest, ...block.paragraphs] };
}

/**
 * Every line of a measure but its last ends a sentence or a clause of a list. A line that stops mid-sentence (a
 * hard-wrapped copy from a PDF, a line split in two) is reported at the first such line, before the unit list at the
 * end is looked for; a line that ends with a unit list is left to the check for text after the list.
 */
function checkInnerEnds(paragraphs: Paragraph[], what: string, file: string): void {
  for (const p of paragraphs) {
    if (splitTrailingUnitList(p.text) || ENDS_PARAGRAPH.test(foldWidth(p.text))) continue;
    if (UNIT_LIST_START.test(foldWidth(p.text)))
      throw new SourceError(
        file,
        p.line,
        `the responsible-unit list of ${what} breaks off at the end of this line (${tail(p.text)}); write the whole list on one line, at the end of the measure`,
      );
    checkEnd(p, false, file, `the text of ${what}`);
  }
}

function parseMeasure(item: Block, group: number, opts: ParseOptions): Omit<Measure, 'targets'> {
  const { file } = opts;
  const what = `measure ${item.number}`;
  const { title, titleEnd, paragraphs } = titleAndBody(item, what, file);
  checkInnerEnds(paragraphs.slice(0, -1), what, file);
  const last = paragraphs.at(-1);
  const split = last ? splitTrailingUnitList(last.text) : null;
  if (!last || !split) {
    const earlier = paragraphs.slice(0, -1).findLast((p) => splitTrailingUnitList(p.text));
    if (earlier && last)
      throw new SourceError(
        file,
        last.line,
        `text after the responsible-unit list of ${what} (line ${earlier.line}); a measure ends with its unit list — move this text before it, or is a measure number missing?`,
      );
    const group = last ? trailingGroupStart(last.text) : null;
    if (last && group !== null && /^\([^:]{1,8}:/u.test(foldWidth(last.text.slice(group))))
      throw new SourceError(
        file,
        last.line,
        `the list ${quoteStart(last.text.slice(group), 10)} at the end of ${what} has no known label; a responsible-unit list reads "(责任单位:…)" or "(牵头单位:…;配合单位:…)"`,
      );
    const opened = last ? UNIT_LIST_START.exec(foldWidth(last.text)) : null;
    if (last && opened)
      throw new SourceError(
        file,
        last.line,
        `the responsible-unit list of ${what} is not the last thing in the measure or is not closed (${tail(last.text)}); it should end the measure as "(责任单位:…)"`,
      );
    throw new SourceError(
      file,
      last?.line ?? item.line,
      `${what} has no responsible-unit list at its end (e.g. "(责任单位:…)")`,
    );
  }
  const { units, roleBasis, unitsText } = parseUnitList(split.list, opts.registry, { file, line: last.line });
  const body = split.before
    ? [...paragraphs.slice(0, -1), { text: split.before, line: last.line }]
    : paragraphs.slice(0, -1);
  body.forEach((p, i) => checkEnd(p, i === body.length - 1, file, `the text of ${what}`));
  return {
    number: item.number,
    marker: item.marker,
    group,
    title,
    titleEnd,
    paragraphs: body,
    unitsText,
    units,
    roleBasis,
    line: item.line,
  };
}

function parseSafeguard(item: Block, opts: ParseOptions): SafeguardItem {
  const { title, titleEnd, paragraphs } = titleAndBody(item, `safeguard ${item.marker}`, opts.file);
  const units = findUnitMentions([title, ...paragraphs.map((p) => p.text)].join('\n'), opts.registry);
  return { number: item.number, marker: item.marker, title, titleEnd, paragraphs, units, line: item.line };
}

export function parsePlan(text: string, opts: ParseOptions): PlanModel {
  const { file } = opts;
  const doc = parseDocumentStructure(text, file);
  const numeral = (n: number) => numeralOf(n);
  checkNumbering(
    doc.sections,
    'section',
    sectionLabel,
    file,
    hintFrom(
      doc,
      file,
      sectionHint,
      (n) => `the heading of section ${numeral(n)}; sections are written "${numeral(n)}、" at the start of a line`,
    ),
  );
  checkTitles(doc.sections, 'section', file);
  const { tasks, goal, safeguards } = findSections(doc.sections, file, doc.lastLine);
  checkShape(doc.sections, tasks, safeguards, file);
  const itemHints = (what: string) =>
    hintFrom(
      doc,
      file,
      itemHint,
      (n) => `${what} (${numeral(n)}); it is written "(${numeral(n)})" at the start of a line`,
    );
  checkNumbering(tasks.children, 'task group', itemLabel, file, itemHints('task group'));
  checkTitles(tasks.children, 'task group', file);
  const items = tasks.children.flatMap((g) => g.children.map((m) => ({ m, group: g.number })));
  checkNumbering(
    items.map((x) => x.m),
    'measure',
    String,
    file,
    hintFrom(doc, file, measureHint, (n) => `measure ${n}; measures are written "${n}." at the start of a line`),
  );
  checkNumbering(safeguards.children, 'safeguard', itemLabel, file, itemHints('safeguard'));

  const groups: TaskGroup[] = tasks.children.map((g) => ({
    number: g.number,
    marker: g.marker,
    title: g.head,
    paragraphs: g.paragraphs,
    line: g.line,
    measures: g.children.map((m) => m.number),
  }));
  const measures = items.map(({ m, group }) => parseMeasure(m, group, opts));
  const safeguardItems = safeguards.children.map((s) => parseSafeguard(s, opts));

  // Running text must end a sentence (the last paragraph of the file strictly): a cut-off file is an error.
  const { lastLine } = doc;
  const ends = (ps: Paragraph[], where: string) => ps.forEach((p) => checkEnd(p, p.line === lastLine, file, where));
  ends(doc.notice.body, 'the notice text');
  ends(doc.preamble, 'the preamble');
  for (const s of doc.sections) ends(s.paragraphs, `the text of section ${s.marker}`);
  for (const g of groups) ends(g.paragraphs, `the text of task group ${g.marker}`);
  for (const s of safeguardItems) ends(s.paragraphs, `the text of safeguard ${s.marker}`);

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
      safeguards: safeguardItems,
      targets,
    },
  };
}
