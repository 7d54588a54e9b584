import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlText } from '../text/html.ts';

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

describe('htmlText', () => {
  it('keeps the visible text, drops tags, scripts and comments, decodes entities', () => {
    expect(htmlText('<p>各县&lt;市、区&gt;<!-- x --><script>租房</script><span>住房&#31199;赁</span></p>')).toBe(
      ' 各县<市、区>   住房租赁  ',
    );
  });
  it('leaves unknown or invalid entities as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; &amp;')).toBe('&bogus; &#xD800; &#0; &');
  });
});
