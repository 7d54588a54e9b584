/**
 * The 六特 industries and their goals, selected from the parsed plan by rule — no industry name, number or target id
 * is written here. Pure: takes the collections' plain data, returns plain data for the charts.
 *
 * The rules, in the order they run:
 * 1. Industries: a numbered enumeration in the text, `A、B、…、F“六特”产业` — a 、-list right before a quoted label
 *    that starts with a Chinese numeral equal to the number of items (六 → 6 items).
 * 2. Goals per industry: the text states each industry's goals in one clause (between ;/。), e.g.
 *    `奶牛存栏45万头,牛奶产业全产业链产值达400亿元;`. A clause belongs to the industry whose name shares the longest
 *    run of characters (at least two) with the clause — 葡萄酒 ↔ 酿酒葡萄, 冷凉蔬菜 ↔ 蔬菜. Ties match nothing.
 *    Of the enumerations in the text, the one whose every item owns a clause is the 六特 (the 六优 list owns none).
 * 3. Targets of that measure in no industry's clause are overall goals (特色产业产值占农业总产值的比重).
 * 4. Brands: a quoted name in a sentence about 品牌, anywhere in the plan, matched to an industry by rule 2's test.
 *
 * Two word choices the rules cannot make are reviewed data (content/reviewed/industry-words.json, `IndustryWords`):
 * characters the text uses interchangeably in product names, and the verbs that introduce an enumeration.
 */
import { z } from 'zod';
import type { Target } from '../model.ts';
import { parseReviewedArray } from '../reviewed.ts';
import { chineseNumeral } from '../text/text.ts';
import { FULL_STOP, LIST_COMMA, PART_END, pieceEnd, pieceStart, sentencePieces, splitTexts } from '../text/split.ts';

/** What the selection needs of a measure: its number and paragraph texts (the collection's `paragraphs`). */
export interface MeasureText {
  number: number;
  paragraphs: string[];
}

export interface Enumeration {
  measure: number;
  paragraph: number;
  /** The quoted label without quotes, e.g. 六特. */
  label: string;
  /** The word the label qualifies, e.g. 产业 (from `“六特”产业`); may be empty. */
  noun: string;
  items: string[];
  /** Offsets of the whole enumeration, from its first item to the closing quote, in the paragraph. */
  start: number;
  end: number;
}

/** A stretch of a paragraph between clause breaks (;/。) that holds one or more targets. */
export interface Clause {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  targets: Target[];
}

export interface Brand {
  /** The quoted name as written, without quotes, e.g. 吴忠牛乳. */
  name: string;
  measure: number;
  /** 0-based index of the paragraph (of the measure's `paragraphs`) that holds the sentence. */
  paragraph: number;
  /** The sentence that names it, up to and including its 。 */
  sentence: string;
  /** What the sentence calls the quoted names, e.g. 区域公用品牌 (…”等区域公用品牌); 品牌 when it names no kind. */
  kind: string;
}

/** The noun after a quoted list that ends in 品牌: “…”“…”等区域公用品牌 → 区域公用品牌. */
const BRAND_KIND = /”(?:等)?(\p{Script=Han}{0,8}?品牌)/u;

export interface Industry {
  name: string;
  /** 0-based position in the enumeration (text order). */
  order: number;
  /** All the industry's targets, in text order. */
  targets: Target[];
  /** The output-value goal (unit in 元, e.g. 亿元), if the text gives one. */
  output: Target | null;
  /** Scale goals: every other target whose unit is not a share (万亩, 万头, 万只, 万吨…). */
  scale: Target[];
  brand: Brand | null;
}

export interface IndustryData {
  enumeration: Enumeration;
  industries: Industry[];
  /** Targets of the same measure that belong to no single industry, in text order. */
  overall: Target[];
}

export const INDUSTRY_WORDS_FILE = 'content/reviewed/industry-words.json';

export const industryWordSchema = z.discriminatedUnion('kind', [
  z
    .object({
      /**
       * A character the text uses interchangeably with another in product names: 乳 as 奶 (吴忠牛乳 is the brand of
       * the 牛奶 industry). Applied to both sides before matching; displayed text is never changed.
       */
      kind: z.literal('same-meaning'),
      char: z.string().regex(/^.$/u, 'one character'),
      as: z.string().regex(/^.$/u, 'one character'),
      /** Where the text shows the two meaning the same. */
      note: z.string().min(1),
    })
    .strict(),
  z
    .object({
      /**
       * A verb that introduces an enumeration and is glued to its first item (大力发展葡萄酒、…, 加快发展文化旅游、…).
       * The first item starts after the last of these.
       */
      kind: z.literal('lead-verb'),
      word: z.string().min(1),
      note: z.string().min(1),
    })
    .strict(),
]);

/** The reviewed word choices the industry rules use. */
export interface IndustryWords {
  /** Character → the character it is read as (乳 → 奶). */
  sameMeaning: ReadonlyMap<string, string>;
  leadVerbs: readonly string[];
}

/** The reviewed industry words from the file's text; a character or verb listed twice is an error at its line. */
export function parseIndustryWords(text: string, file: string = INDUSTRY_WORDS_FILE): IndustryWords {
  const sameMeaning = new Map<string, string>();
  const leadVerbs: string[] = [];
  parseReviewedArray(text, file, industryWordSchema, (e) => {
    if (e.kind === 'same-meaning') {
      if (sameMeaning.has(e.char)) return `character ${e.char} is listed twice`;
      sameMeaning.set(e.char, e.as);
    } else {
      if (leadVerbs.includes(e.word)) return `verb ${e.word} is listed twice`;
      leadVerbs.push(e.word);
    }
    return null;
  });
  return { sameMeaning, leadVerbs };
}

/** Shortest shared run that counts as a match: one shared character (牛 in 肉牛 and 奶牛) says nothing. */
export const MIN_MATCH = 2;

const QUOTED_NUMBERED_LABEL = /“([一二三四五六七八九十]+)([^“”]{1,4})”([\p{Script=Han}]{0,4})/gu;
/** Punctuation that ends the stretch of text before a 、-list (, ; : in either width, 。 and quotation marks). */
const LIST_START = `,;:${FULL_STOP}\u201C\u201D`;

export function normalizeForMatch(text: string, words: IndustryWords): string {
  return [...text].map((c) => words.sameMeaning.get(c) ?? c).join('');
}

/** Length of the longest common substring (in characters), after `normalizeForMatch`. */
export function longestCommonRun(a: string, b: string, words: IndustryWords): number {
  const x = [...normalizeForMatch(a, words)];
  const y = [...normalizeForMatch(b, words)];
  let best = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/**
 * The name that shares the longest run with `text` — at least MIN_MATCH characters, or the whole name when it is
 * shorter (a one-character 梨 must appear whole); null when no name qualifies or two tie.
 */
export function bestMatch(names: readonly string[], text: string, words: IndustryWords): string | null {
  const scored = names
    .map((name) => ({ name, run: longestCommonRun(name, text, words) }))
    .filter((s) => s.run >= Math.min(MIN_MATCH, [...s.name].length) && s.run > 0)
    .sort((a, b) => b.run - a.run);
  const [first, second] = scored;
  if (!first || (second && second.run === first.run)) return null;
  return first.name;
}

/** Cut the introducing verb off the first item: 大力发展葡萄酒 → 葡萄酒. */
export function stripLeadVerb(item: string, words: IndustryWords): string {
  const cut = Math.max(...words.leadVerbs.map((v) => (item.lastIndexOf(v) < 0 ? -1 : item.lastIndexOf(v) + v.length)));
  return cut > 0 ? item.slice(cut) : item;
}

/** Every `A、B、…“<numeral>X”` enumeration in one paragraph whose item count equals the numeral. */
export function enumerationsIn(text: string, measure: number, paragraph: number, words: IndustryWords): Enumeration[] {
  const found: Enumeration[] = [];
  for (const m of text.matchAll(QUOTED_NUMBERED_LABEL)) {
    const count = chineseNumeral(m[1]!);
    const quoteAt = m.index;
    const from = pieceStart(text, quoteAt, LIST_START);
    const raw = splitTexts(text.slice(from, quoteAt), LIST_COMMA);
    const items = [stripLeadVerb(raw[0]!, words), ...raw.slice(1)];
    if (count === null || items.length !== count || items.some((i) => i.length === 0)) continue;
    found.push({
      measure,
      paragraph,
      label: `${m[1]}${m[2]}`,
      noun: m[3] ?? '',
      items,
      start: from + raw[0]!.length - items[0]!.length,
      end: quoteAt + m[1]!.length + m[2]!.length + 2,
    });
  }
  return found;
}

function clauseBounds(text: string, start: number, end: number): { start: number; end: number } {
  return { start: pieceStart(text, start, PART_END), end: pieceEnd(text, end, PART_END) };
}

/** The measure's targets grouped by the clause (between ;/。) they sit in, in text order. */
export function targetClauses(measure: MeasureText, targets: readonly Target[]): Clause[] {
  const clauses = new Map<string, Clause>();
  const own = targets
    .filter((t) => t.measure === measure.number)
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const t of own) {
    const text = measure.paragraphs[t.paragraph];
    if (text === undefined)
      throw new Error(`target ${t.id} names paragraph ${t.paragraph} of measure ${measure.number}, which has none`);
    const b = clauseBounds(text, t.start, t.end);
    const key = `${t.paragraph}:${b.start}`;
    const clause = clauses.get(key) ?? { paragraph: t.paragraph, ...b, text: text.slice(b.start, b.end), targets: [] };
    clause.targets.push(t);
    clauses.set(key, clause);
  }
  return [...clauses.values()];
}

/** Sentences (each with its 。) of every measure that mention 品牌, with the quoted names in them. */
function brandSentences(measures: readonly MeasureText[]) {
  return measures.flatMap((m) =>
    m.paragraphs.flatMap((p, paragraph) =>
      sentencePieces(p)
        .map((s) => s.text)
        .filter((s) => s.includes('品牌'))
        .map((sentence) => ({
          measure: m.number,
          paragraph,
          sentence,
          names: [...sentence.matchAll(/“([^“”]+)”/gu)].map((q) => q[1]!),
          kind: BRAND_KIND.exec(sentence)?.[1] ?? '品牌',
        })),
    ),
  );
}

/** The first brand the plan names for each industry (rule 4). */
export function findBrands(
  measures: readonly MeasureText[],
  industries: readonly string[],
  words: IndustryWords,
): Map<string, Brand> {
  const brands = new Map<string, Brand>();
  for (const { measure, paragraph, sentence, names, kind } of brandSentences(measures)) {
    for (const name of names) {
      const industry = bestMatch(industries, name, words);
      if (industry && !brands.has(industry)) brands.set(industry, { name, measure, paragraph, sentence, kind });
    }
  }
  return brands;
}

/** A unit of money (亿元, 万元): the output-value goals. Rates such as 元/人 are not. */
export const isMoneyUnit = (unit: string) => unit.endsWith('元') && !unit.includes('/');
export const isShareUnit = (unit: string) => unit === '%';

function industry(name: string, order: number, targets: Target[], brand: Brand | null): Industry {
  const outputs = targets.filter((t) => isMoneyUnit(t.unit));
  if (outputs.length > 1) {
    throw new Error(
      `industry ${name}: ${outputs.length} output-value goals (${outputs.map((t) => t.id).join(', ')}); the chart shows one per industry`,
    );
  }
  return {
    name,
    order,
    targets,
    output: outputs[0] ?? null,
    scale: targets.filter((t) => !isMoneyUnit(t.unit) && !isShareUnit(t.unit)),
    brand,
  };
}

/**
 * The 六特 industries with their goals (rules 1–4). Throws when the text holds no enumeration whose every item owns
 * a clause of goals: the site must not draw a chart from a guess.
 */
export function selectIndustries(
  measures: readonly MeasureText[],
  targets: readonly Target[],
  words: IndustryWords,
): IndustryData {
  for (const measure of measures) {
    const clauses = targetClauses(measure, targets);
    if (clauses.length === 0) continue;
    const enumerations = measure.paragraphs.flatMap((p, i) => enumerationsIn(p, measure.number, i, words));
    for (const enumeration of enumerations) {
      const owner = clauses.map((c) => bestMatch(enumeration.items, c.text, words));
      if (!enumeration.items.every((item) => owner.includes(item))) continue;
      const brands = findBrands(measures, enumeration.items, words);
      const industries = enumeration.items.map((name, order) =>
        industry(
          name,
          order,
          clauses.filter((_, i) => owner[i] === name).flatMap((c) => c.targets),
          brands.get(name) ?? null,
        ),
      );
      return {
        enumeration,
        industries,
        overall: clauses.filter((_, i) => owner[i] === null).flatMap((c) => c.targets),
      };
    }
  }
  throw new Error(
    'no numbered enumeration (A、B…“六X”) whose every item has goals in its measure: cannot select the industries',
  );
}

/** The enumeration's label as a name, e.g. 六特产业 (for navigation and headings). */
export const industriesName = (data: Pick<IndustryData, 'enumeration'>) =>
  `${data.enumeration.label}${data.enumeration.noun}`;

/** The one year all the given targets name (到2027年 → 2027), or null when they name none or several. */
export function commonYear(targets: readonly Target[]): number | null {
  const years = new Set(targets.map((t) => t.year));
  const [only] = years;
  return years.size === 1 && only !== undefined ? only : null;
}
