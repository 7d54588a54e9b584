/**
 * Reads a Chinese official notice that issues a plan (通知 + 实施方案) by the heading conventions of GB/T 9704-2012:
 * `一、` sections, `(一)` sub-sections, `1.` items, `(1)` sub-items. Pure: text in, structure out; no registry, no I/O.
 *
 * Width-blind: every rule matches the width-folded copy of a line (`foldWidth`: （ → (, ． → ., １ → 1) and slices the
 * line as written, so ASCII and full-width punctuation give the same structure and the text keeps its own characters.
 *
 * Nothing is dropped: every non-blank line ends in exactly one place of the structure, and a line that looks like a
 * heading written the wrong way (`7)`, `三.`) is an error at that line rather than text silently joined to the block
 * before it.
 *
 * The structure is deliberately generic (`Block` trees); `parse-plan.ts` gives it meaning (task groups, measures, …).
 */
import { SourceError } from '../errors.ts';
import { chineseNumeral, foldWidth, normalizeText } from '../text/text.ts';
import { forbiddenCharacter, forbiddenCharacterMessage, spaceInNumber } from '../text/characters.ts';
import { YEAR_SPAN_JOINER } from '../text/line-keep.ts';
import type { Notice, Paragraph } from '../model.ts';

export interface SourceLine {
  text: string;
  line: number;
}

/** A heading or numbered item with the lines that follow it up to the next heading of the same or a higher level. */
export interface Block {
  level: 1 | 2 | 3;
  number: number;
  /** The marker as written, whitespace removed: 一、 / (一) / 1. (or their full-width forms). */
  marker: string;
  /** The rest of the heading line after the marker. */
  head: string;
  line: number;
  /** Lines under the block that are not themselves level 1–3 blocks (running text, `(1)` sub-items). */
  paragraphs: Paragraph[];
  children: Block[];
}

export interface DocumentStructure {
  notice: Notice;
  planTitle: Paragraph;
  period: { start: number; end: number };
  preamble: Paragraph[];
  sections: Block[];
  /** The last non-blank line of the file: the text must end a sentence there. */
  lastLine: number;
}

const NUMERAL = '[一二三四五六七八九十]+';
// All heading rules run on the width-folded line: ASCII forms only, full-width ones are folded to them.
const LEVEL1 = new RegExp(`^(${NUMERAL})\\s*、\\s*`, 'u');
const LEVEL2 = new RegExp(`^\\(\\s*(${NUMERAL})\\s*\\)\\s*`, 'u');
/** `1.` / `1、`, but not a decimal like `1.5倍`. */
const LEVEL3 = /^(\d{1,3})\s*[.、](?!\d)\s*/u;
/** A numbered sub-item inside a block: `(1)` or `1)`; also `①` and `⑴` (see `subItemNumber`). */
const SUB_ITEM = /^(?:\(\s*(\d{1,3})\s*\)|(\d{1,3})\s*\))/u;
/** `①`…`⑳` (U+2460…) and `⑴`…`⒇` (U+2474…): sub-item numbers as one character. */
const CIRCLED = /^[\u2460-\u2473]/u;
const PARENTHESIZED = /^[\u2474-\u2487]/u;
/** `⒈`…`⒛` (U+2488…): a number with its full stop as one character, a measure number written another way. */
const DOTTED = /^[\u2488-\u249b]/u;
/** The halfwidth ideographic full stop and comma (U+FF61, U+FF64), outside the block `foldWidth` folds. */
const HALFWIDTH_STOPS = '\\uff61\\uff64';
/** Section headings written another way: `三.` `三,` `三:` `三` + U+FF61, `第三部分`, `第三章`, `第三、`. */
const LEVEL1_LOOKALIKE = new RegExp(
  `^(?:(${NUMERAL})\\s*[.,:;${HALFWIDTH_STOPS}]|第\\s*(${NUMERAL})\\s*(?:部分|章|、))`,
  'u',
);
/** The capital numerals of amounts (壹 = 一 … 拾 = 十): `壹、` is section 一 written another way. */
const CAPITAL_NUMERALS = '壹贰叁肆伍陆柒捌玖拾';
const LEVEL1_CAPITAL = new RegExp(`^([${CAPITAL_NUMERALS}]+)\\s*[、.,:;${HALFWIDTH_STOPS}]`, 'u');
/** Brackets other than ( ) that a heading `(一)` may be typed with: 〔〕 【】 ﹙﹚ 〈〉 and [ ] (also their full-width forms, folded). */
const OTHER_OPEN = '\\[\\u3014\\u3010\\ufe59\\u3008';
const OTHER_CLOSE = '\\]\\u3015\\u3011\\ufe5a\\u3009';
/** Sub-section headings written another way: `一)` `(一.` `(一、` `[一]` `〔一〕` `【一】` `﹙一﹚`. */
const LEVEL2_LOOKALIKE = new RegExp(
  `^(?:(${NUMERAL})\\s*\\)|[(${OTHER_OPEN}]\\s*(${NUMERAL})\\s*(?:[)${OTHER_CLOSE}.,:、]|$))`,
  'u',
);
/** Measure numbers written another way: `7,` `7:` `7;` `7。` `7` + U+FF61 `7 标题`. (`7)` and `(7)` are sub-item forms.) */
const LEVEL3_LOOKALIKE = /^(\d{1,3})\s*(?:,(?!\d)|[:;\u3002\uff61]|\s(?=\p{Script=Han}))/u;
const NOTICE_TITLE = /^关于.+的通知$/u;
/** 成文日期: `2023年3月3日` (spaces between the parts allowed: `2023 年 3 月 3 日`). */
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const PERIOD = new RegExp(`(\\d{4})\\s*${YEAR_SPAN_JOINER}\\s*(\\d{4})\\s*\u5E74`, 'u');
/** A line that is running text rather than a name or title: it holds sentence punctuation (folded copy). */
const SENTENCE_PUNCT = /[。,;:!?]/u;
/** Decode UTF-8 strictly; report the line of the first invalid byte. A byte-order mark is dropped. */
export function decodeSource(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first byte that does not decode, to name its line.
    let line = 1;
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      const len = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
      const seq = len ? bytes.subarray(i, i + len) : undefined;
      const ok = seq !== undefined && seq.length === len && Array.from(seq.subarray(1)).every((c) => c >> 6 === 0b10);
      if (!ok) break;
      if (b === 0x0a) line++;
      i += len;
    }
    throw new SourceError(file, line, 'the file is not valid UTF-8 text (save it as UTF-8)');
  }
}

/**
 * Non-blank lines, whitespace normalised, with their 1-based line numbers. A character an official text never holds
 * (control, invisible format character, noncharacter: `forbiddenCharacter`) or whitespace inside a number is an error
 * at its line and column.
 */
export function sourceLines(text: string, file = 'input'): SourceLine[] {
  return text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((raw, i) => {
      const bad = forbiddenCharacter(raw);
      if (bad) throw new SourceError(file, i + 1, forbiddenCharacterMessage(bad));
      const spaced = spaceInNumber(raw);
      if (spaced)
        throw new SourceError(
          file,
          i + 1,
          `a space inside the number "${spaced.number}" (column ${spaced.column}); a number is written without spaces — remove it`,
        );
      return { text: normalizeText(raw), line: i + 1 };
    })
    .filter((l) => l.text !== '');
}

/** The first characters of a line, for messages: `"7)"`. */
export const quoteStart = (text: string, length = 12) =>
  `"${text.length > length ? `${text.slice(0, length)}…` : text}"`;

interface Heading {
  level: 1 | 2 | 3;
  number: number;
  marker: string;
  head: string;
}

/** The heading a line opens with, if any: matched on the folded copy, marker and head sliced from the line. */
export function headingOf(text: string): Heading | null {
  const folded = foldWidth(text);
  const rules = [
    [1, LEVEL1],
    [2, LEVEL2],
    [3, LEVEL3],
  ] as const;
  for (const [level, rule] of rules) {
    const m = rule.exec(folded);
    if (!m) continue;
    const number = level === 3 ? Number(m[1]) : chineseNumeral(m[1]!);
    if (number === null) continue;
    const marker = text.slice(0, m[0].length).replace(/\s/gu, '');
    return { level, number, marker, head: text.slice(m[0].length) };
  }
  return null;
}

/** Chinese numeral for 1…99, as heading markers write it (1 → 一, 12 → 十二, 20 → 二十). */
export function numeralOf(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? digits[tens] : ''}十${n % 10 ? digits[n % 10] : ''}`;
}

/** 壹 → 一 … 拾 → 十: the ordinary numeral of a capital one. */
const ordinaryNumeral = (capital: string) =>
  Array.from(capital, (c) => '一二三四五六七八九十'[CAPITAL_NUMERALS.indexOf(c)]).join('');

/** The number of a sub-item the line opens with: `(1)`, `1)`, `①`, `⑴` (folded copy), or null. */
function subItemNumber(folded: string): { number: number; length: number } | null {
  const m = SUB_ITEM.exec(folded);
  if (m) return { number: Number(m[1] ?? m[2]), length: m[0].length };
  if (CIRCLED.test(folded)) return { number: folded.charCodeAt(0) - 0x245f, length: 1 };
  if (PARENTHESIZED.test(folded)) return { number: folded.charCodeAt(0) - 0x2473, length: 1 };
  return null;
}

/** What a numbered heading written another way stands for, and its marker's length. */
interface Form {
  /** `section 三`, `task group (一)`, `measure 7`. */
  what: string;
  /** How such headings are written: `sections are written "三、"`. */
  written: string;
  length: number;
}

/**
 * The heading written the wrong way that `folded` opens with (`三.`, `第三部分`, `壹、`, `〔一〕`, `7,`, `⒎`), or null.
 * `itemKind` names a `(一)` heading where it stands (task group, safeguard).
 */
function misformAt(folded: string, itemKind: string): Form | null {
  const section = (n: string | undefined, length: number): Form | null =>
    n && chineseNumeral(n) !== null
      ? { what: `the heading of section ${n}`, written: `sections are written "${n}、"`, length }
      : null;
  let m = LEVEL1_LOOKALIKE.exec(folded);
  const s1 = m && section(m[1] ?? m[2], m[0].length);
  if (s1) return s1;
  m = LEVEL1_CAPITAL.exec(folded);
  const s2 = m && section(ordinaryNumeral(m[1]!), m[0].length);
  if (s2) return s2;
  m = LEVEL2_LOOKALIKE.exec(folded);
  const n2 = m ? (m[1] ?? m[2]) : undefined;
  if (m && n2 && chineseNumeral(n2) !== null)
    return {
      what: `the heading of ${itemKind} (${n2})`,
      written: `such headings are written "(${n2})"`,
      length: m[0].length,
    };
  if (DOTTED.test(folded)) {
    const n = folded.charCodeAt(0) - 0x2487;
    return { what: `measure ${n}`, written: `measures are written "${n}."`, length: 1 };
  }
  m = LEVEL3_LOOKALIKE.exec(folded);
  if (m)
    return { what: `measure ${Number(m[1])}`, written: `measures are written "${Number(m[1])}."`, length: m[0].length };
  return null;
}

/**
 * A running-text line that opens like a heading written the wrong way. Returns the message, or null when the line is
 * ordinary text. `expectedSubItem` is the number a `(n)` / `n)` / `①` sub-item may have at this point.
 */
function lookalike(text: string, owner: Block | undefined, expectedSubItem: number, itemKind: string): string | null {
  const folded = foldWidth(text);
  const shown = (length: number) => quoteStart(text.slice(0, length).trim());
  const form = misformAt(folded, itemKind);
  if (form) return `${shown(form.length)} looks like ${form.what}; ${form.written}`;
  const sub = subItemNumber(folded);
  if (sub) {
    const n = sub.number;
    if (n === expectedSubItem) return null;
    // Not the next sub-item: most likely a measure number in the wrong form.
    if (!owner || owner.level < 3 || n === owner.number + 1)
      return `${shown(sub.length)} looks like measure ${n}; measures are written "${n}."`;
    return `${shown(sub.length)} is out of order: the numbered items under ${owner.marker} run (1), (2), …; expected (${expectedSubItem})`;
  }
  return null;
}

/** What a `(一)` heading is under a section, by the section's title: for messages only. */
const itemKindUnder = (section: Block | undefined) =>
  section && /保障/u.test(section.head) ? 'safeguard' : section && /任务/u.test(section.head) ? 'task group' : 'item';

/**
 * Where a new item may begin inside a line: after the end of a sentence (。!? and U+FF61) or a closing bracket (the end of a
 * unit list), past closing quotes and brackets and spaces. Folded copy.
 */
const ITEM_MAY_START = /[\u3002!?\uff61)\]\u3015\u3011][)\]"'\u201d\u2019\u300b\u300d\u300f>\u3009\u3015\u3011]*\s*/gu;

/**
 * A numbered heading of any level (`一、` `(一)` `1.` `(1)` `①`, or one of their look-alikes) that starts right after
 * the end of a sentence or of a unit list inside a line: an item glued onto the end of the line before it, which would
 * otherwise be read as text of that item. Returns the message, or null.
 */
const GLUE_WINDOW = 40;

export function gluedHeading(text: string): string | null {
  const folded = foldWidth(text);
  for (const m of folded.matchAll(ITEM_MAY_START)) {
    const at = m.index + m[0].length;
    if (at >= folded.length) break;
    // A marker is short: a window keeps this linear on a long line of many sentences.
    const rest = folded.slice(at, at + GLUE_WINDOW);
    const h = headingOf(text.slice(at, at + GLUE_WINDOW));
    const sub = subItemNumber(rest);
    const form = h
      ? h.level === 1
        ? `section ${h.marker}`
        : h.level === 2
          ? `the heading ${h.marker}`
          : `measure ${h.number}`
      : sub
        ? `sub-item (${sub.number})`
        : misformAt(rest, 'item')?.what;
    if (!form) continue;
    const cut = rest.search(/[\u3002!?,;:]/u);
    const shown = quoteStart(text.slice(at, at + (cut > 0 ? cut : rest.length)), 16);
    return `${shown} looks like ${form} glued to the end of the previous line; start it on its own line`;
  }
  return null;
}

/**
 * Build the heading tree of the plan body (from the first `一、`). Text before a block's first child stays with it;
 * running text after a block's children belongs to its last child at the deepest level.
 */
export function parseBlocks(lines: SourceLine[], file: string): Block[] {
  const roots: Block[] = [];
  const stack: Block[] = [];
  /** Next sub-item number expected under each open block. */
  const subItems = new Map<Block, number>();
  for (const l of lines) {
    const h = headingOf(l.text);
    if (!h) {
      const owner = stack.at(-1);
      if (!owner) throw new SourceError(file, l.line, 'text before the first section heading (一、…)');
      const expected = subItems.get(owner) ?? 1;
      const problem = lookalike(l.text, owner, expected, itemKindUnder(stack[0]));
      if (problem) throw new SourceError(file, l.line, problem);
      if (subItemNumber(foldWidth(l.text))) subItems.set(owner, expected + 1);
      owner.paragraphs.push({ text: l.text, line: l.line });
      continue;
    }
    const block: Block = { ...h, line: l.line, paragraphs: [], children: [] };
    while (stack.length && stack.at(-1)!.level >= h.level) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.children.push(block);
    else if (h.level === 1) roots.push(block);
    else throw new SourceError(file, l.line, `"${h.marker}" item before the first section heading (一、…)`);
    stack.push(block);
  }
  return roots;
}

/** `a` and `b` name the same document: equal up to width, whitespace and the kind of dash in a period. */
/** The period in a title, its joiner in any form: titles that differ only there name the same plan. */
const YEAR_SPAN_IN_TITLE = new RegExp(`(\\d{4})${YEAR_SPAN_JOINER}(\\d{4})`, 'gu');
const sameTitle = (a: string, b: string) => {
  const key = (s: string) => foldWidth(s).replace(/\s/gu, '').replace(YEAR_SPAN_IN_TITLE, '$1-$2');
  return key(a) === key(b);
};

/**
 * The notice that issues the plan (issuing bodies, text, signatures) holds no numbered items: a numbered heading there
 * is a line of the plan out of place (or a missing plan title), which would otherwise be kept as a name or notice text.
 */
function checkNoHeadings(lines: SourceLine[], file: string): void {
  for (const l of lines) {
    const h = headingOf(l.text);
    if (h)
      throw new SourceError(
        file,
        l.line,
        `${quoteStart(l.text)} is a numbered heading (${h.marker}) in the notice, before the plan title; the notice holds none — is this line out of place?`,
      );
  }
}

/**
 * The 版记 of a printed notice (抄送 / 抄报 / 分送 lines, the "… 2023年3月3日印发" line): part of the printed sheet, not of
 * the plan's text. Were it kept, it would be read as text of the last item.
 */
const IMPRINT = /^(?:抄送|抄报|分送)\s*:|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$/u;

function checkImprint(lines: SourceLine[], file: string): void {
  const l = lines.find((x) => IMPRINT.test(foldWidth(x.text)));
  if (l)
    throw new SourceError(
      file,
      l.line,
      `${quoteStart(l.text, 16)} is the 版记 of the printed notice (抄送 / 印发 lines), not part of the plan's text; remove it from the seed`,
    );
}

/**
 * The error for a notice without a recognisable date line, at the line where the date should be: the line above the
 * plan title (found by the name the notice title gives it), or the title itself when a sentence stands above it.
 */
const DATE_START = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\S/u;
const DATE_LIKE = /[0-9\u3007\u25cb\u96f6]|[年月日]/u;

function missingDate(lines: SourceLine[], titleAt: number, named: string | undefined, file: string): SourceError {
  const how = 'the date is written YYYY年M月D日 in Arabic numerals, e.g. "2023年3月3日"';
  const planAt = named ? lines.findIndex((l, i) => i > titleAt + 1 && sameTitle(named, l.text)) : -1;
  const above = lines[planAt - 1];
  if (planAt < 0 || !above) {
    // No plan title of its own either: the date and the title may share a line.
    const joined = lines.find((l, i) => i > titleAt + 1 && DATE_START.test(foldWidth(l.text)));
    if (joined)
      return new SourceError(
        file,
        joined.line,
        `the date shares its line with other text (${quoteStart(joined.text, 20)}); the date stands alone on its line, between the signatures and the plan title`,
      );
    return new SourceError(file, lines[titleAt + 1]!.line, `no date line closing the notice; ${how}`);
  }
  // A line of digits or 年/月/日 without sentence punctuation is the date written another way.
  if (planAt - 1 > titleAt + 1 && DATE_LIKE.test(foldWidth(above.text)) && !SENTENCE_PUNCT.test(foldWidth(above.text)))
    return new SourceError(
      file,
      above.line,
      `${quoteStart(above.text, 16)} stands where the notice's date should be (above the plan title); ${how}`,
    );
  return new SourceError(
    file,
    lines[planAt]!.line,
    `no date line between the notice and the plan title; ${how}, on the line above the title (line ${lines[planAt]!.line})`,
  );
}

/** Split the document into the notice (文件头, 主送, 正文, 署名, 成文日期) and the plan it issues. */
export function parseDocumentStructure(text: string, file: string): DocumentStructure {
  const lines = sourceLines(text, file);
  if (lines.length === 0) throw new SourceError(file, 1, 'the file is empty');
  const folded = (l: SourceLine) => foldWidth(l.text);
  for (const l of lines) {
    const glued = gluedHeading(l.text);
    if (glued) throw new SourceError(file, l.line, glued);
  }

  const titleAt = lines.findIndex((l) => NOTICE_TITLE.test(l.text));
  if (titleAt < 0) {
    // A title with something else on its line, or split over two lines: name that line.
    const near = lines.find((l) => /^关于|关于.*的通知/u.test(l.text));
    if (near)
      throw new SourceError(
        file,
        near.line,
        `${quoteStart(near.text, 20)} looks like the notice title, but the title is a line of its own that reads "关于…的通知" — nothing else on it, not split over lines`,
      );
    throw new SourceError(file, 1, 'no notice title (a line "关于…的通知")');
  }
  const titleLine = lines[titleAt]!;
  if (titleAt === 0) throw new SourceError(file, titleLine.line, 'no issuing body above the notice title');
  const issuers = lines.slice(0, titleAt).flatMap((l) => l.text.split(' '));
  checkNoHeadings(lines.slice(0, titleAt), file);

  const addresseeLine = lines[titleAt + 1];
  if (!addresseeLine || !/:$/u.test(folded(addresseeLine)))
    throw new SourceError(
      file,
      addresseeLine?.line ?? titleLine.line,
      'no addressees (a line ending in ":", e.g. "各县(市、区)党委和人民政府:") after the notice title',
    );
  if (!/[\p{L}\p{N}]/u.test(addresseeLine.text.slice(0, -1)))
    throw new SourceError(
      file,
      addresseeLine.line,
      `the addressee line ${quoteStart(addresseeLine.text)} names no addressee; it reads e.g. "各县(市、区)党委和人民政府:"`,
    );
  const named = /《(.+?)》/u.exec(titleLine.text)?.[1];

  const dateAt = lines.findIndex((l, i) => i > titleAt + 1 && DATE_LINE.test(folded(l)));
  if (dateAt < 0) throw missingDate(lines, titleAt, named, file);
  const dateLine = lines[dateAt]!;
  const [, y, mo, d] = DATE_LINE.exec(folded(dateLine))!;

  // Signatories: the name lines right above the date.
  let sigAt = dateAt;
  while (sigAt - 1 > titleAt + 1 && !SENTENCE_PUNCT.test(folded(lines[sigAt - 1]!))) sigAt--;
  const body = lines.slice(titleAt + 2, sigAt);
  checkNoHeadings(lines.slice(titleAt + 1, dateAt), file);
  if (body.length === 0) throw new SourceError(file, addresseeLine.line, 'the notice has no body text');
  if (sigAt === dateAt)
    throw new SourceError(
      file,
      dateLine.line,
      `no signature above the date line: the notice is signed by its issuing bodies (署名, e.g. "吴忠市人民政府办公室"), one per line, between its text and the date`,
    );

  const planTitleLine = lines[dateAt + 1];
  if (!planTitleLine) throw new SourceError(file, dateLine.line, 'the plan itself is missing after the notice');
  // The line after the date is the plan's title: a name, not a sentence and not a heading. Without this check a
  // deleted title line would make the preamble the title.
  const expectTitle = named ? ` (the notice names it "${named}")` : '';
  if (headingOf(planTitleLine.text) || SENTENCE_PUNCT.test(folded(planTitleLine)))
    throw new SourceError(
      file,
      planTitleLine.line,
      `the plan title is missing after the date line ${dateLine.line}: this line is ${headingOf(planTitleLine.text) ? 'a heading' : 'running text'}, not a title${expectTitle}`,
    );
  if (named && !sameTitle(named, planTitleLine.text))
    throw new SourceError(
      file,
      planTitleLine.line,
      `the plan title "${planTitleLine.text}" is not the plan the notice title names ("${named}"); restore the title line or correct the notice title`,
    );
  const period = PERIOD.exec(folded(planTitleLine));
  if (!period) throw new SourceError(file, planTitleLine.line, 'the plan title names no period (YYYY—YYYY年)');

  const firstSectionAt = lines.findIndex((l, i) => i > dateAt + 1 && headingOf(l.text)?.level === 1);
  if (firstSectionAt < 0) throw new SourceError(file, planTitleLine.line, 'the plan has no section headings (一、…)');
  checkImprint(lines.slice(dateAt + 2), file);
  const preamble = lines.slice(dateAt + 2, firstSectionAt);
  let subItem = 1;
  for (const l of preamble) {
    const h = headingOf(l.text);
    if (h)
      throw new SourceError(
        file,
        l.line,
        `"${h.marker}" item before the first section heading (一、…); is a section heading missing or misspelt?`,
      );
    // A heading written another way here is most likely the first section's: name it, not the numbering after it.
    const problem = lookalike(l.text, undefined, subItem, 'item');
    if (problem) throw new SourceError(file, l.line, problem);
    if (subItemNumber(folded(l))) subItem++;
  }

  return {
    notice: {
      issuers,
      title: titleLine.text,
      addressees: addresseeLine.text.slice(0, -1),
      addresseesColon: addresseeLine.text.slice(-1),
      body: body.map(({ text, line }) => ({ text, line })),
      signatories: lines.slice(sigAt, dateAt).map((l) => l.text),
      date: { text: dateLine.text, iso: `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`, line: dateLine.line },
      line: lines[0]!.line,
    },
    planTitle: { text: planTitleLine.text, line: planTitleLine.line },
    period: { start: Number(period[1]), end: Number(period[2]) },
    preamble: preamble.map(({ text, line }) => ({ text, line })),
    sections: parseBlocks(lines.slice(firstSectionAt), file),
    lastLine: lines.at(-1)!.line,
  };
}
