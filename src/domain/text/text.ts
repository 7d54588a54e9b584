/**
 * Text normalisation for Chinese official documents. Only whitespace is touched: characters are never replaced,
 * so source typos survive (旅游十, 领聚集).
 */

/** Han characters and the punctuation only Chinese text uses (、。“” …, half-width forms above the full-width block). */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff5f-\\uffef“”‘’…—';
/**
 * ASCII punctuation: in the width-folded copy (see `foldWidth`) also what full-width ，：（ fold to, so one rule covers
 * both widths.
 */
const PUNCT = '\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e';
/** Name endings of bodies that official headers separate with a space (吴忠市委办公室 人民政府办公室). */
const BODY_SUFFIX = '[室厅府委会局]';

const SPACE_RUN = /[\s\u3000]+/gu;
/**
 * A space inside Chinese text is a stray (吴忠文 化标识, 休闲、 娱乐, 增长, 提质): Chinese on one side, Chinese or
 * punctuation on the other. Between two ASCII punctuation marks (`" />`) or next to a Latin letter or digit it is kept.
 */
const STRAY_SPACE = new RegExp(
  `(?<=[${CJK}])(?<!${BODY_SUFFIX}) (?=[${CJK}${PUNCT}])|(?<=[${PUNCT}]) (?=[${CJK}])`,
  'gu',
);

/**
 * Collapse whitespace runs to one space, trim, and drop spaces inside Chinese text, except a space after the name of
 * a body (… 办公厅 人民政府办公厅), which separates two issuing bodies. Width-blind: the stray spaces are found on the
 * folded copy, so `, 增长` and `，增长` are treated alike, and removed from the text as written.
 */
export function normalizeText(text: string): string {
  const collapsed = text.replace(SPACE_RUN, ' ').trim();
  let out = '';
  let at = 0;
  for (const m of foldWidth(collapsed).matchAll(STRAY_SPACE)) {
    out += collapsed.slice(at, m.index);
    at = m.index + 1;
  }
  return out + collapsed.slice(at);
}

/** Remove all whitespace: the form in which the fidelity check compares source and output. */
export function stripWhitespace(text: string): string {
  return text.replace(SPACE_RUN, '');
}

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23 (the range used by heading markers). */
export function chineseNumeral(numeral: string): number | null {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!m || numeral === '') return null;
  const [, tensOrUnits, ten, units] = m;
  if (!ten) return units ? null : CHINESE_DIGITS[tensOrUnits!]!;
  const tens = tensOrUnits ? CHINESE_DIGITS[tensOrUnits]! : 1;
  return tens * 10 + (units ? CHINESE_DIGITS[units]! : 0);
}

/** First and last full-width ASCII variant (！ … ～, U+FF01–U+FF5E); each sits 0xFEE0 above its ASCII form. */
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

/**
 * The text with every full-width ASCII variant (（）：，；．０-９Ａ-Ｚ …) and the ideographic space folded to its ASCII
 * form. Same length, same offsets: a rule written for ASCII punctuation runs on the folded copy and slices the
 * original, so it is width-blind by construction and the characters shown stay the text's own.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) out += String.fromCharCode(code - FULLWIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) out += ' ';
    else out += text[i];
  }
  return out;
}

/** The seed written the other way: ASCII punctuation (not letters or digits) turned full width, for width tests. */
export function widenPunctuation(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULLWIDTH_OFFSET));
}
