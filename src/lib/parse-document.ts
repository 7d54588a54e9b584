/**
 * Reads a Chinese official notice that issues a plan (通知 + 实施方案) by the heading conventions of GB/T 9704-2012:
 * `一、` sections, `(一)` sub-sections, `1.` items, `(1)` sub-items. Pure: text in, structure out; no registry, no I/O.
 *
 * The structure is deliberately generic (`Block` trees); `parse-plan.ts` gives it meaning (task groups, measures, …).
 */
import { SourceError } from './errors.ts';
import { chineseNumeral, normalizeText } from './text.ts';
import type { Notice, Paragraph } from './model.ts';

export interface SourceLine {
  text: string;
  line: number;
}

/** A heading or numbered item with the lines that follow it up to the next heading of the same or a higher level. */
export interface Block {
  level: 1 | 2 | 3;
  number: number;
  /** The marker as displayed: 一、 / (一) / 1. */
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
}

const NUMERAL = '[一二三四五六七八九十]+';
const LEVEL1 = new RegExp(`^(${NUMERAL})\\s*、\\s*(.*)$`, 'u');
const LEVEL2 = new RegExp(`^[(\\uFF08]\\s*(${NUMERAL})\\s*[)\\uFF09]\\s*(.*)$`, 'u');
/** `1.` / `1.` / `1、`, but not a decimal like `1.5倍`. */
const LEVEL3 = /^(\d{1,3})\s*[.\uFF0E、](?!\d)\s*(.*)$/u;
const NOTICE_TITLE = /^关于.+的通知$/u;
const DATE_LINE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
const PERIOD = /(\d{4})\s*[-—–~～至]\s*(\d{4})\s*年/u;
/** A line that is running text rather than a name: it holds sentence punctuation. */
const SENTENCE_PUNCT = /[。,\uFF0C;\uFF1B:\uFF1A!\uFF01?\uFF1F]/u;

/** Decode UTF-8 strictly; report the line of the first invalid byte. */
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

/** Non-blank lines, whitespace normalised, with their 1-based line numbers. */
export function sourceLines(text: string): SourceLine[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((raw, i) => ({ text: normalizeText(raw), line: i + 1 }))
    .filter((l) => l.text !== '');
}

function headingOf(l: SourceLine): { level: 1 | 2 | 3; number: number; marker: string; head: string } | null {
  let m = LEVEL1.exec(l.text);
  if (m) {
    const n = chineseNumeral(m[1]!);
    if (n !== null) return { level: 1, number: n, marker: `${m[1]}、`, head: m[2]! };
  }
  m = LEVEL2.exec(l.text);
  if (m) {
    const n = chineseNumeral(m[1]!);
    if (n !== null) return { level: 2, number: n, marker: `(${m[1]})`, head: m[2]! };
  }
  m = LEVEL3.exec(l.text);
  if (m) return { level: 3, number: Number(m[1]), marker: `${m[1]}.`, head: m[2]! };
  return null;
}

/** Build the heading tree of the plan body (from the first `一、`). Text before a block's first child stays with it. */
export function parseBlocks(lines: SourceLine[], file: string): Block[] {
  const roots: Block[] = [];
  const stack: Block[] = [];
  for (const l of lines) {
    const h = headingOf(l);
    if (!h) {
      const owner = stack.at(-1);
      if (!owner) throw new SourceError(file, l.line, 'text before the first section heading (一、…)');
      // Running text after a block's children belongs to its last child at the deepest level.
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

/** Split the document into the notice (文件头, 主送, 正文, 署名, 成文日期) and the plan it issues. */
export function parseDocumentStructure(text: string, file: string): DocumentStructure {
  const lines = sourceLines(text);
  if (lines.length === 0) throw new SourceError(file, 1, 'the file is empty');

  const titleAt = lines.findIndex((l) => NOTICE_TITLE.test(l.text));
  if (titleAt < 0) throw new SourceError(file, 1, 'no notice title (a line "关于…的通知")');
  const titleLine = lines[titleAt]!;
  if (titleAt === 0) throw new SourceError(file, titleLine.line, 'no issuing body above the notice title');
  const issuers = lines.slice(0, titleAt).flatMap((l) => l.text.split(' '));

  const addresseeLine = lines[titleAt + 1];
  if (!addresseeLine || !/[:\uFF1A]$/u.test(addresseeLine.text))
    throw new SourceError(
      file,
      addresseeLine?.line ?? titleLine.line,
      'no addressees (a line ending in ":") after the notice title',
    );

  const dateAt = lines.findIndex((l, i) => i > titleAt + 1 && DATE_LINE.test(l.text));
  if (dateAt < 0) throw new SourceError(file, addresseeLine.line, 'no date line (YYYY年M月D日) closing the notice');
  const dateLine = lines[dateAt]!;
  const [, y, mo, d] = DATE_LINE.exec(dateLine.text)!;

  // Signatories: the name lines right above the date.
  let sigAt = dateAt;
  while (sigAt - 1 > titleAt + 1 && !SENTENCE_PUNCT.test(lines[sigAt - 1]!.text)) sigAt--;
  const body = lines.slice(titleAt + 2, sigAt);
  if (body.length === 0) throw new SourceError(file, addresseeLine.line, 'the notice has no body text');

  const planTitleLine = lines[dateAt + 1];
  if (!planTitleLine) throw new SourceError(file, dateLine.line, 'the plan itself is missing after the notice');
  const period = PERIOD.exec(planTitleLine.text);
  if (!period) throw new SourceError(file, planTitleLine.line, 'the plan title names no period (YYYY—YYYY年)');

  const firstSectionAt = lines.findIndex((l, i) => i > dateAt + 1 && headingOf(l)?.level === 1);
  if (firstSectionAt < 0) throw new SourceError(file, planTitleLine.line, 'the plan has no section headings (一、…)');

  return {
    notice: {
      issuers,
      title: titleLine.text,
      addressees: addresseeLine.text.replace(/[:\uFF1A]$/u, ''),
      body: body.map(({ text, line }) => ({ text, line })),
      signatories: lines.slice(sigAt, dateAt).map((l) => l.text),
      date: { text: dateLine.text, iso: `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`, line: dateLine.line },
      line: lines[0]!.line,
    },
    planTitle: { text: planTitleLine.text, line: planTitleLine.line },
    period: { start: Number(period[1]), end: Number(period[2]) },
    preamble: lines.slice(dateAt + 2, firstSectionAt).map(({ text, line }) => ({ text, line })),
    sections: parseBlocks(lines.slice(firstSectionAt), file),
  };
}
