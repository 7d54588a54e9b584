import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasDepartmentPages, hasPage, routeExists, unitHref } from '../routes.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('hasPage', () => {
  const files = ['/src/pages/index.astro', '/src/pages/plan/index.astro', '/src/pages/departments/[id].astro', '/src/pages/about.mdx', '/src/pages/targets/x/index.astro'];
  it('finds index files, file routes and dynamic routes', () => {
    expect(hasPage(files, '/')).toBe(true);
    expect(hasPage(files, '/plan/')).toBe(true);
    expect(hasPage(files, '/about/')).toBe(true);
    expect(hasPage(files, '/departments/[id]/')).toBe(true);
  });
  it('does not take a deeper page for the route itself', () => {
    expect(hasPage(files, '/departments/')).toBe(false);
    expect(hasPage(files, '/targets/')).toBe(false);
  });
  it('rejects a route without slashes', () => {
    expect(() => hasPage(files, 'plan')).toThrow(/start and end/);
  });
});

describe('the real src/pages', () => {
  it('agrees with the file system', () => {
    expect(routeExists('/')).toBe(true);
    expect(hasDepartmentPages()).toBe(existsSync(`${root}src/pages/departments/[id].astro`));
    expect(routeExists('/targets/')).toBe(existsSync(`${root}src/pages/targets/index.astro`) || existsSync(`${root}src/pages/targets.astro`));
  });
  it('links a unit only when its page exists', () => {
    expect(unitHref('finance')).toBe(hasDepartmentPages() ? '/departments/finance/' : undefined);
  });
});
