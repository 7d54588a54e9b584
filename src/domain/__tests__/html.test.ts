import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../text/html.ts';

describe('decodeEntities', () => {
  it('decodes the named entities a build writes and numeric ones in either base', () => {
    expect(decodeEntities('a &amp; b &lt;x&gt; &quot;q&quot; &apos;s&#39; &#x27;t&#X27; a&nbsp;b')).toBe(
      `a & b <x> "q" 's' 't' a\u00a0b`,
    );
    expect(decodeEntities('住房&#31199;赁 &#x79DF;')).toBe('住房租赁 租');
  });
  it('leaves unknown, invalid and unterminated entities as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; &#1114112; &amp')).toBe('&bogus; &#xD800; &#0; &#1114112; &amp');
  });
});
