/**
 * Characters an official text never holds, found in a line as written: control characters, invisible format
 * characters (soft hyphen, zero-width spaces and joiners, bidirectional controls, tags, the Hangul fillers, …),
 * noncharacters, line and paragraph separators and the replacement character. Each is invisible or meaningless on the
 * page, and one inside a number splits it (`5\u00AD0万亩` would read as 0万亩). Pure.
 *
 * Also: whitespace between two digits of a number (`5 0万亩`), which would split the number the same way.
 */

/** A character the text must not hold, with what to tell the reader. */
export interface ForbiddenCharacter {
  /** 0-based offset in the line (UTF-16 units). */
  index: number;
  /** 1-based column in characters (code points), as a reader counts them. */
  column: number;
  code: number;
  /** `U+00AD (SOFT HYPHEN)`. */
  label: string;
  kind: 'control' | 'invisible' | 'noncharacter' | 'separator' | 'replacement';
}

/*
 * C0 and C1 controls other than tab (line ends never reach a line), and DEL; every format character (Cf) and every
 * other default-ignorable code point (the Hangul fillers, the combining grapheme joiner, Mongolian variation
 * selectors, the tag block …); noncharacters; U+2028/U+2029; U+FFFD. Variation selectors are checked apart: after a
 * Han character they choose a glyph variant (an ideographic variation sequence) and are allowed there.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/u;
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2028\u2029\ufffd]/gu;
const VARIATION_SELECTOR = /[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;
const HAN = /\p{Script=Han}/u;

/** Names of the characters most likely to be met (copied from web pages and word processors). */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x0b: 'VERTICAL TAB',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfffd: 'REPLACEMENT CHARACTER',
};

function nameOf(code: number): string | undefined {
  if (NAMES[code]) return NAMES[code];
  if (code >= 0xfe00 && code <= 0xfe0f) return `VARIATION SELECTOR-${code - 0xfe00 + 1}`;
  if (code >= 0xe0100 && code <= 0xe01ef) return `VARIATION SELECTOR-${code - 0xe0100 + 17}`;
  if (code >= 0xe0000 && code <= 0xe007f) return 'TAG character';
  if (code >= 0x1d173 && code <= 0x1d17a) return 'MUSICAL SYMBOL format character';
  if (code >= 0xfff9 && code <= 0xfffb) return 'INTERLINEAR ANNOTATION character';
  return undefined;
}

export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** `U+00AD (SOFT HYPHEN)`, or just the number when the character has no name here. */
export function characterLabel(code: number): string {
  const name = nameOf(code);
  return name ? `${codePoint(code)} (${name})` : codePoint(code);
}

/** The first character of `line` that an official text never holds, or null. */
export function forbiddenCharacter(line: string): ForbiddenCharacter | null {
  for (const m of line.matchAll(FORBIDDEN)) {
    const ch = m[0];
    const code = ch.codePointAt(0)!;
    const before = line.slice(0, m.index);
    if (VARIATION_SELECTOR.test(ch) && HAN.test(Array.from(before).at(-1) ?? '')) continue;
    const kind: ForbiddenCharacter['kind'] = CONTROL.test(ch)
      ? 'control'
      : code === 0x2028 || code === 0x2029
        ? 'separator'
        : code === 0xfffd
          ? 'replacement'
          : /\p{Noncharacter_Code_Point}/u.test(ch)
            ? 'noncharacter'
            : 'invisible';
    return { index: m.index, column: Array.from(before).length + 1, code, label: characterLabel(code), kind };
  }
  return null;
}

/** What to tell the reader about a forbidden character: what it is, where, and what to do. */
export function forbiddenCharacterMessage(c: ForbiddenCharacter): string {
  const at = `at column ${c.column}`;
  switch (c.kind) {
    case 'control':
      return `control character ${c.label} ${at}; an official text holds none — remove it (the file may be damaged)`;
    case 'separator':
      return `${c.label} ${at}; end the line with an ordinary line break instead`;
    case 'replacement':
      return `replacement character ${c.label} ${at}: characters were lost when the text was converted — take the text again from the official source`;
    case 'noncharacter':
      return `noncharacter ${c.label} ${at}: not text at all — the file is damaged or was saved in a wrong encoding`;
    case 'invisible':
      return `invisible formatting character ${c.label} ${at}; remove it (copies from web pages and word processors carry such characters)`;
  }
}

const DIGIT = '[0-9\\uff10-\\uff19]';
/** Whitespace (any, the ideographic space too) with a digit on each side. */
const SPACE_IN_NUMBER = new RegExp(`(?<=${DIGIT})\\s+(?=${DIGIT})`, 'u');
const DIGITS_BEFORE = new RegExp(`${DIGIT}+$`, 'u');
const DIGITS_AFTER = new RegExp(`^${DIGIT}+`, 'u');

/** Whitespace between two digits (`5 0万亩`, or an ideographic space U+3000 between them): the number as written and the column, or null. */
export function spaceInNumber(line: string): { number: string; column: number } | null {
  const m = SPACE_IN_NUMBER.exec(line);
  if (!m) return null;
  const before = DIGITS_BEFORE.exec(line.slice(0, m.index))![0];
  const after = DIGITS_AFTER.exec(line.slice(m.index + m[0].length))![0];
  return { number: `${before}${m[0]}${after}`, column: Array.from(line.slice(0, m.index)).length + 1 };
}
