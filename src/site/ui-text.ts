/**
 * The site's own Chinese words (UI chrome, never plan text) with full-width punctuation. Source files keep ASCII
 * punctuation in these strings (editors and tools have folded full-width characters before); `zh` widens
 * , : ; ( ) ? ! in the literal parts only, so values interpolated from the plan stay exactly as the text has them.
 */
const WIDE: Record<string, string> = {
  ',': '\uFF0C',
  ':': '\uFF1A',
  ';': '\uFF1B',
  '(': '\uFF08',
  ')': '\uFF09',
  '?': '\uFF1F',
  '!': '\uFF01',
};

/** Widen the ASCII punctuation of a UI string. */
export function widenUi(text: string): string {
  return text.replace(/[,:;()?!]/gu, (ch) => WIDE[ch]!);
}

/** Tagged template: `zh\`共${n}项(含${m}条),见下\`` widens the literals and leaves `${…}` values untouched. */
export function zh(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  return strings.reduce((out, s, i) => out + widenUi(s) + (i < values.length ? String(values[i]) : ''), '');
}
