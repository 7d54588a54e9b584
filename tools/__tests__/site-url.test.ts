/** A deploy build without SITE_URL must stop with a message saying how to set it; a local preview says so. */
import { describe, expect, it } from 'vitest';
import { LOCAL_PREVIEW, resolveSiteUrl } from '../../site-url.mjs';

const build = ['node', 'astro', 'build'];

describe('resolveSiteUrl', () => {
  it('stops a build without SITE_URL, saying how to set it', () => {
    const r = resolveSiteUrl({}, build);
    expect('error' in r && r.error).toContain('SITE_URL=https://');
    expect('error' in r && r.error).toContain('npm start');
  });
  it('accepts an origin, or an explicit local preview; dev and check need neither', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://plan.example.gov.cn' }, build)).toEqual({
      url: 'https://plan.example.gov.cn',
    });
    expect(resolveSiteUrl({ SITE_PREVIEW: 'local' }, build)).toEqual({ url: LOCAL_PREVIEW });
    expect(resolveSiteUrl({}, ['node', 'astro', 'dev'])).toEqual({ url: LOCAL_PREVIEW });
    expect(resolveSiteUrl({}, ['node', 'astro', 'check'])).toEqual({ url: LOCAL_PREVIEW });
  });
  it('refuses a SITE_URL that is not an origin', () => {
    expect(resolveSiteUrl({ SITE_URL: 'plan.example.gov.cn/path' }, build)).toEqual({
      error: expect.stringContaining('must be an origin') as string,
    });
  });
});
