/** Reading text out of HTML that our own build wrote: entities. Pure and dependency-free (the search client uses it). */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes named (&amp; &lt; &gt; &quot; &apos; &nbsp;) and numeric entities; anything else stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/giu,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const cp = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
    },
  );
}

/** Visible text of an HTML fragment, for substring tests only (tags dropped, the common entities decoded). */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/giu, ' ')
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<[^>]*>/gu, ' '),
  );
}
