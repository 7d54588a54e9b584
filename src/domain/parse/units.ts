/**
 * The registry of responsible units (责任单位) and the resolver that turns the text's unit lists into registry ids.
 * Pure: no Astro, no I/O. The registry itself is reviewed data, content/reviewed/units.json.
 *
 * Conventions of content/reviewed/units.json (`{ carriedPrefixes, units }`; a bare array of units is a registry with no
 * city prefixes, as the tests' small registries are):
 * - `carriedPrefixes` are the forms of the city's name a list carries from its first item to the items after it
 *   (吴忠市税务局、银保监分局 = 吴忠银保监分局). The genre's own 市 (市发展改革委、工业和信息化局) is carried in every city.
 * - `id` is a lowercase ASCII slug; it becomes the URL /departments/<id>/, so never rename one.
 * - `name` is the fullest form the text uses, with the 市 prefix for city bodies (市发展改革委, 市医疗保障局).
 * - `aliases` are the other forms: the bare form a list writes after a carried prefix (工业和信息化局), other forms
 *   the text uses (医保局) and the everyday short names people type (人社局). Each name and alias must resolve to exactly
 *   one unit, so an alias that would be ambiguous (e.g. 财政 or 教育, which are also ordinary words) does not belong.
 * - Bracket variants are one name: ASCII ( ), full-width U+FF08/U+FF09 and the < > the lists use for brackets nested
 *   inside brackets (各县<市、区>) all compare equal, so 各县<市、区> needs no alias beside 各县(市、区). Names are written
 *   with ASCII brackets, as the seed and `UnitKind` do.
 * - Documents of this genre mix ASCII and full-width punctuation ( ) : , ; (U+FF08 U+FF09 U+FF1A U+FF0C U+FF1B); both
 *   are accepted. The full-width forms are written as \u escapes below, so that no editor or tool can silently fold
 *   them into ASCII.
 * - Entries are grouped by kind, in the order of `UNIT_KINDS`, and within a kind in the usual order of the
 *   government's own listings.
 */
import { z } from 'zod';
import { SourceError } from '../errors.ts';
import { jsonLines, parseJsonText, type JsonLines } from '../reviewed.ts';
import type { RoleBasis, Unit, UnitAssignment, UnitMention } from '../model.ts';
import { unitKindSchema, unitSchema } from '../schemas.ts';
import { normalizeText, stripWhitespace } from '../text/text.ts';
import { bracketsBalanced, LIST_COMMA, splitTexts } from '../text/split.ts';
import { dictionary, longestAt, type Dictionary } from '../text/scan.ts';

/** Every `UnitKind`, in registry order (the schema's list). */
export const UNIT_KINDS = unitKindSchema.options;

export const registrySchema = z.array(unitSchema).min(1, 'must list at least one unit');

/** The file's other fields, beside `units` (checked entry by entry with `registrySchema`). */
const registryFileSchema = z.strictObject({
  carriedPrefixes: z.array(z.string().regex(/^\S+$/u, 'must be a non-empty name without whitespace')),
  units: z.unknown(),
});

export interface Registry {
  readonly units: readonly Unit[];
  /** Prefixes a list carries (the file's `carriedPrefixes` and the genre's 市), longest first. */
  readonly carriedPrefixes: readonly string[];
  readonly byId: ReadonlyMap<string, Unit>;
  /** `normalizeUnitName(name or alias)` → unit. */
  readonly lookup: ReadonlyMap<string, Unit>;
}

// Full-width ( ) (U+FF08/U+FF09), ASCII and full-width < > (U+FF1C/U+FF1E) and 〈 〉 all become ASCII ( ).
const BRACKETS: Record<string, string> = {
  '\uff08': '(',
  '\uff09': ')',
  '<': '(',
  '>': ')',
  '\uff1c': '(',
  '\uff1e': ')',
  '〈': '(',
  '〉': ')',
};

/**
 * One character in, one character out, so that offsets in normalised text are offsets in the original (needed to
 * report a mention as written).
 */
function normalizeChar(c: string): string {
  return BRACKETS[c] ?? c;
}

/** Every bracket style as ASCII ( ): same length, same offsets. */
export function foldBrackets(text: string): string {
  return Array.from(text, normalizeChar).join('');
}

/** The form in which names are compared: no whitespace, one kind of bracket. */
export function normalizeUnitName(name: string): string {
  return foldBrackets(stripWhitespace(name));
}

export const UNITS_FILE = 'content/reviewed/units.json';

/** The registry from the file's text: errors name the line of the entry at fault. */
export function parseRegistryText(text: string, file: string = UNITS_FILE): Registry {
  return parseRegistry(parseJsonText(text, file), file, jsonLines(text));
}

/**
 * Validate the registry's JSON value. `lines` (from the file's text) gives each error the line of its entry; without
 * it errors point at line 1, as a parsed value has no line numbers.
 */
export function parseRegistry(fileJson: unknown, file: string, lines?: JsonLines): Registry {
  let json = fileJson;
  let base: PropertyKey[] = [];
  let cityPrefixes: string[] = [];
  if (fileJson !== null && typeof fileJson === 'object' && !Array.isArray(fileJson)) {
    const top = registryFileSchema.safeParse(fileJson);
    if (!top.success) {
      const issue = top.error.issues[0]!;
      throw new SourceError(
        file,
        lines?.lineOf(issue.path) ?? 1,
        `invalid unit registry: ${issue.path.join('.') || 'file'}: ${issue.message}`,
      );
    }
    json = top.data.units;
    base = ['units'];
    cityPrefixes = top.data.carriedPrefixes;
  }
  const lineOf = (index: number) => lines?.lineOf([...base, index]) ?? 1;
  const parsed = registrySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const [index, ...field] = issue.path;
      const entry = typeof index === 'number' ? describeEntry(json, index) : 'registry';
      return `${entry}${field.length ? `.${field.join('.')}` : ''}: ${issue.message}`;
    });
    const first = parsed.error.issues[0]?.path[0];
    throw new SourceError(
      file,
      typeof first === 'number' ? lineOf(first) : 1,
      `invalid unit registry: ${issues.join('; ')}`,
    );
  }
  const units: Unit[] = parsed.data;

  const byId = new Map<string, Unit>();
  const lookup = new Map<string, Unit>();
  let kindRank = 0;
  for (const [index, unit] of units.entries()) {
    const where = describeEntry(units, index);
    if (byId.has(unit.id)) throw new SourceError(file, lineOf(index), `${where}: id "${unit.id}" is used by two units`);
    byId.set(unit.id, unit);

    // Grouping by kind keeps the file reviewable and gives pages a stable order.
    const rank = UNIT_KINDS.indexOf(unit.kind);
    if (rank < kindRank) {
      throw new SourceError(
        file,
        lineOf(index),
        `${where}: kind "${unit.kind}" comes after "${UNIT_KINDS[kindRank]}"; keep entries grouped in the order ${UNIT_KINDS.join(', ')}`,
      );
    }
    kindRank = rank;

    for (const form of [unit.name, ...unit.aliases]) {
      const key = normalizeUnitName(form);
      const other = lookup.get(key);
      if (other) {
        const detail =
          other === unit
            ? `"${form}" is listed twice for this unit (bracket variants count as one name)`
            : `"${form}" would name both "${other.id}" and "${unit.id}"`;
        throw new SourceError(file, lineOf(index), `${where}: ${detail}`);
      }
      lookup.set(key, unit);
    }
  }
  const carriedPrefixes = [...new Set([...cityPrefixes, ...GENRE_PREFIXES])].sort((a, b) => b.length - a.length);
  return { units, byId, lookup, carriedPrefixes };
}

function describeEntry(json: unknown, index: number): string {
  const entry: unknown = Array.isArray(json) ? json[index] : undefined;
  const id = entry && typeof entry === 'object' && 'id' in entry ? entry.id : undefined;
  return `entry ${index}${typeof id === 'string' ? ` ("${id}")` : ''}`;
}

/** The unit with this id; throws, since an unknown id is a bug in the caller, not in the data. */
export function unitById(registry: Registry, id: string): Unit {
  const unit = registry.byId.get(id);
  if (!unit) throw new Error(`no unit with id "${id}" in the registry`);
  return unit;
}

/** The unit a name or alias stands for, if any (exact match up to whitespace and bracket variants). */
export function lookupUnit(registry: Registry, name: string): Unit | undefined {
  return registry.lookup.get(normalizeUnitName(name));
}

/**
 * The prefix every city's lists carry from the first item of a group to the items after it (市发展改革委、工业和信息化局 =
 * 市工业和信息化局); the city's own name forms (吴忠市税务局、银保监分局 = 吴忠银保监分局) are the registry's `carriedPrefixes`.
 */
const GENRE_PREFIXES = ['市'] as const;

/** The prefixes the item carries, longest first: the most specific reading is tried first. */
function prefixesOf(firstItem: string, registry: Registry): string[] {
  return registry.carriedPrefixes.filter((p) => firstItem.startsWith(p) && firstItem.length > p.length);
}

type Role = UnitAssignment['role'];
/** Labels of the genre. 责任单位: the first listed leads; 牵头/配合: roles stated explicitly. */
const LABELS: Record<string, Role | 'listed'> = {
  责任单位: 'listed',
  责任部门: 'listed',
  牵头单位: 'lead',
  牵头部门: 'lead',
  配合单位: 'joint',
  配合部门: 'joint',
  参与单位: 'joint',
};
const LABEL = new RegExp(`^(${Object.keys(LABELS).join('|')})[:\uff1a](.*)$`, 'su');
const OUTER = /^[(\uff08](.*)[)\uff09]$/su;
/** , and ; (the splitter is width-blind, so the full-width forms count too). */
const GROUP_SEPARATORS = ',;';
/** ( and the < that lists use for brackets nested inside brackets, in either width, and 〈 〉. */
const UNIT_BRACKETS = { open: '(<\u3008', close: ')>\u3009' };

/** `…等`, `…等有关部门`: a list that stops naming its units. */
const ETC = /\u7b49(?:\u6709\u5173|\u76f8\u5173|\u5176\u4ed6)?(?:\u5355\u4f4d|\u90e8\u95e8)?$/u;
/** Brackets a unit name never holds (《》 〔〕 【】 [ ] and their full-width forms, { } 「」 『』): the name's inner brackets typed another way. */
const ODD_BRACKETS =
  /[\u300a\u3014\u3010[\uff3b{\uff5b\u300c\u300e][^\u300b\u3015\u3011\]\uff3d}\uff5d\u300d\u300f]*[\u300b\u3015\u3011\]\uff3d}\uff5d\u300d\u300f]/u;

/** The first unit name of a list (its inner text) with brackets of another kind inside: the name and the pair. */
function oddBrackets(inner: string): { name: string; brackets: string } | null {
  const m = ODD_BRACKETS.exec(inner);
  if (!m) return null;
  const before = inner.slice(0, m.index);
  const start = Math.max(...[...`${LIST_COMMA},;:\uff0c\uff1b\uff1a`].map((c) => before.lastIndexOf(c))) + 1;
  return { name: inner.slice(start, m.index + m[0].length), brackets: `${m[0][0]}${m[0].at(-1)}` };
}

/** Split at any of `separators` outside brackets (各县<市、区> and 各县(市、区) are one item). Null if unbalanced. */
function splitTopLevel(text: string, separators: string): string[] | null {
  if (!bracketsBalanced(text, UNIT_BRACKETS)) return null;
  return splitTexts(text, separators, { brackets: UNIT_BRACKETS }).map((p) => p.trim());
}

/**
 * Resolve the responsible-unit list that ends a measure, e.g. `(责任单位:市发展改革委、工业和信息化局,各县<市、区>)` or
 * `(牵头单位:市民政局;配合单位:市财政局、各县(市、区))`. Groups are separated by , or ; and items within a group by 、.
 */
export function parseUnitList(
  text: string,
  registry: Registry,
  where: { file: string; line: number },
): { units: UnitAssignment[]; roleBasis: RoleBasis; unitsText: string } {
  const unitsText = normalizeText(text);
  const fail = (detail: string): never => {
    throw new SourceError(where.file, where.line, detail);
  };
  const expected = 'expected "(责任单位:…)" or "(牵头单位:…;配合单位:…)"';

  const inner = OUTER.exec(unitsText)?.[1];
  const odd = inner === undefined ? null : oddBrackets(inner);
  if (odd)
    return fail(
      `the unit "${odd.name}" in ${unitsText} writes the brackets inside its name as ${odd.brackets}; inside a unit name they are written ( ), < > or 〈 〉 (as in 各县<市、区>) — correct them`,
    );
  const segments = inner === undefined ? null : splitTopLevel(inner, GROUP_SEPARATORS);
  if (!segments) return fail(`malformed responsible-unit list "${unitsText}": ${expected}`);

  // Each labelled section holds groups; a segment without a label continues the section before it.
  const sections: { role: Role | 'listed'; groups: string[] }[] = [];
  for (const segment of segments) {
    const m = LABEL.exec(segment);
    if (m) sections.push({ role: LABELS[m[1]!]!, groups: [m[2]!.trim()] });
    else if (sections.length) sections.at(-1)!.groups.push(segment);
    else return fail(`malformed responsible-unit list "${unitsText}": no label; ${expected}`);
  }
  const listed = sections.some((s) => s.role === 'listed');
  if (listed && sections.some((s) => s.role !== 'listed')) {
    return fail(`responsible-unit list "${unitsText}" mixes 责任单位 with 牵头单位/配合单位`);
  }
  if (!listed && !sections.some((s) => s.role === 'lead')) {
    return fail(`responsible-unit list "${unitsText}" names no 牵头单位`);
  }

  const units: UnitAssignment[] = [];
  for (const section of sections) {
    for (const group of section.groups) {
      const items = splitTopLevel(group, LIST_COMMA) ?? [];
      const prefixes = prefixesOf(items[0] ?? '', registry);
      items.forEach((item, i) => {
        if (!item) fail(`empty item in responsible-unit list "${unitsText}"`);
        // Later items of a group may lean on the first item's prefix; the bare item is the fallback.
        const candidates = i === 0 ? [item] : [...prefixes.map((p) => p + item), item];
        const unit = candidates.map((c) => lookupUnit(registry, c)).find((u) => u !== undefined);
        if (!unit && ETC.test(item))
          return fail(
            `the responsible-unit list ${unitsText} ends "${item}" with 等: a unit list names every unit it means — list them (adding new ones to ${UNITS_FILE}) instead of 等`,
          );
        if (!unit) return fail(`unknown responsible unit "${item}" in ${unitsText}; add it to ${UNITS_FILE}`);
        const earlier = units.find((u) => u.id === unit.id);
        if (earlier)
          return fail(`responsible unit "${item}" is listed twice in ${unitsText} (as "${earlier.mention}" before)`);
        const role: Role = section.role === 'listed' ? (units.length === 0 ? 'lead' : 'joint') : section.role;
        units.push({ id: unit.id, mention: item, role });
      });
    }
  }
  return { units, roleBasis: listed ? 'listed-first' : 'explicit', unitsText };
}

/**
 * Units named in running text (保障措施), in order of first appearance, each once, with the first form used.
 * Longest match wins and matches do not overlap, so 市农业农村局 is one mention, not also 农业农村局. In a 、-list the
 * first item's prefix carries over, as in the unit lists (市人力资源和社会保障局、农业农村局牵头抓总).
 * Only registered names and aliases match; that is why aliases must not be ordinary words.
 */
export function findUnitMentions(text: string, registry: Registry): UnitMention[] {
  const norm = Array.from(text, normalizeChar).join('');
  const names = dictionary(registry.lookup);
  // Per carried prefix: the rest of every name that starts with it (市 → 财政局 for 市财政局).
  const rests = new Map<string, Dictionary<Unit>>();
  const restsAfter = (prefix: string) => {
    const known = rests.get(prefix);
    if (known) return known;
    const made = dictionary(
      [...registry.lookup]
        .filter(([key]) => key.length > prefix.length && key.startsWith(prefix))
        .map(([key, unit]) => [key.slice(prefix.length), unit] as const),
    );
    rests.set(prefix, made);
    return made;
  };
  const found = new Map<string, string>();
  // Prefixes carried into the item after a 、, or null outside a 、-list.
  let carried: string[] | null = null;
  let chainPrefixes: string[] = [];
  let i = 0;
  while (i < norm.length) {
    let best: { unit: Unit; length: number } | undefined;
    for (const p of carried ?? []) {
      const rest = longestAt(restsAfter(p), norm, i);
      if (rest && (!best || rest.word.length > best.length)) best = { unit: rest.value, length: rest.word.length };
    }
    const direct = longestAt(names, norm, i);
    // On equal length the carried reading wins: it is the one the list's author meant.
    if (direct && (!best || direct.word.length > best.length))
      best = { unit: direct.value, length: direct.word.length };

    if (!best) {
      carried = null;
      i++;
      continue;
    }
    const mention = text.slice(i, i + best.length);
    if (!found.has(best.unit.id)) found.set(best.unit.id, mention);
    if (carried === null) chainPrefixes = prefixesOf(mention, registry);
    i += best.length;
    if (norm[i] === '、') {
      carried = chainPrefixes;
      i++;
    } else {
      carried = null;
    }
  }
  return [...found].map(([id, mention]) => ({ id, mention }));
}
