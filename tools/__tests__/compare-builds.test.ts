import { describe, expect, it } from 'vitest';
import { normaliseBuiltText } from '../lib/compare-builds.ts';

describe('normaliseBuiltText', () => {
  it('drops content hashes from asset names and scope ids, keeps everything else', () => {
    const a = '<link rel="stylesheet" href="/_astro/BaseLayout.Bx3k_9aZ.css"><p data-astro-cid-v7sq2sxd>措施</p>';
    const b = '<link rel="stylesheet" href="/_astro/BaseLayout.Q0-aa1Zz.css"><p data-astro-cid-abc123>措施</p>';
    expect(normaliseBuiltText(a)).toBe(normaliseBuiltText(b));
    expect(normaliseBuiltText(a)).toContain('/_astro/BaseLayout.css');
  });
  it('still tells a changed text or a different asset apart', () => {
    expect(normaliseBuiltText('<p>超过30家</p>')).not.toBe(normaliseBuiltText('<p>不低于30家</p>'));
    expect(normaliseBuiltText('<script src="/_astro/search.Ab12Cd34.js">')).not.toBe(
      normaliseBuiltText('<script src="/_astro/page.Ab12Cd34.js">'),
    );
  });
  it('puts one tag per line so a difference names its element', () => {
    expect(normaliseBuiltText('<ul> <li>a</li><li>b</li></ul>').split('\n')).toEqual([
      '<ul>',
      '<li>a</li>',
      '<li>b</li>',
      '</ul>',
    ]);
  });
});
