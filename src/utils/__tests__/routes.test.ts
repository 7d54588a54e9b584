import { describe, expect, it } from 'vitest';
import { pageFiles, routeExists, routePattern, safeguardHref } from '../routes.ts';

const files = [
  '/src/pages/index.astro',
  '/src/pages/measures/[number].astro',
  '/src/pages/departments/index.astro',
  '/src/pages/glossary.astro',
  '/src/pages/data/targets.json.ts',
  '/src/pages/docs/[...slug].astro',
  '/src/pages/_draft/index.astro',
];

describe('routePattern / routeExists', () => {
  it.each([
    ['/', true],
    ['/measures/7/', true],
    ['/measures/', false],
    ['/departments/', true],
    ['/departments/finance/', false],
    ['/glossary/', true],
    ['/glossary/#liu-te', true],
    ['/data/targets.json', true],
    ['/data/targets.csv', false],
    ['/docs/a/b/', true],
    ['/_draft/', false],
    ['/safeguards/', false],
  ])('%s → %s', (path, exists) => expect(routeExists(path, files)).toBe(exists));
  it('ignores files that are not pages', () => expect(routePattern('/src/pages/notes.txt')).toBeNull());
  it('sees this build’s own page files through import.meta.glob', () => {
    expect(pageFiles).toContain('/src/pages/measures/[number].astro');
    expect(routeExists('/measures/1/', pageFiles)).toBe(true);
  });
});

describe('safeguardHref', () => {
  it('links item N on /safeguards/ only when the page exists', () => {
    expect(safeguardHref(2, () => true)).toBe('/safeguards/#safeguard-2');
    expect(safeguardHref(2, () => false)).toBeNull();
  });
});
