/**
 * The plain text of a generated MDX body (content/plan/**): the paragraphs as the parser produced them. Undoes only
 * what the serialiser adds — backslash escapes of ASCII punctuation (`\<`, `1\.`), numeric character references
 * (`&#x65;xport`) and the <Target> wrappers — so the result is the source text again. Pure.
 */
export function mdxBodyParagraphs(body: string): string[] {
  return body
    .split(/\n{2,}/u)
    .map((block) =>
      block
        .trim()
        .replace(/<\/?Target(?:\s[^>]*)?>/gu, '')
        .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
        .replace(/\\([!-/:-@[-`{-~])/gu, '$1'),
    )
    .filter((p) => p.length > 0);
}
