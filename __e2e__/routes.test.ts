/**
 * The build against src/site/routes.ts: every page in dist/ is a path a route builds, and every route over the plan's
 * ids (read from the open data the build wrote) has its page. No browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as routes from '../src/site/routes.ts';
import { targetGroupingSchema } from '../src/domain/schemas.ts';
import { builtPages } from './site.ts';

const dist = inject('distDir');
const built = builtPages(dist).map((p) => p.path);
const json = <T>(path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;
const measures = json<{ number: number; group: { number: number } }[]>(routes.DATA_FILES.measures);
const departments = json<{ id: string }[]>(routes.DATA_FILES.departments);

const STATIC_PAGES = [...routes.STATIC_PAGES, routes.NOT_FOUND_PATH];

/** Routes with a parameter, each with how its parameter is read back from a path's last segment. */
const DYNAMIC: ((segment: string) => string)[] = [
  (s) => routes.measurePath(Number(s)),
  (s) => routes.groupPath(Number(s)),
  (s) => routes.departmentPath(s),
  (s) => routes.residentGroupPath(s),
  (s) => {
    const by = targetGroupingSchema.safeParse(s);
    return by.success ? routes.targetsViewPath(by.data) : '';
  },
];

describe('the build and the routes', () => {
  it('every built page is a path of a route', () => {
    const unrouted = built.filter((path) => {
      if (STATIC_PAGES.includes(path)) return false;
      const segment = path.split('/').at(-2) ?? '';
      return !DYNAMIC.some((route) => route(segment) === path);
    });
    expect(unrouted).toEqual([]);
  });

  it('every route over the plan’s ids has its page', () => {
    const expected = [
      ...STATIC_PAGES,
      ...measures.map((m) => routes.measurePath(m.number)),
      ...[...new Set(measures.map((m) => m.group.number))].map(routes.groupPath),
      ...departments.map((d) => routes.departmentPath(d.id)),
      ...targetGroupingSchema.options.map(routes.targetsViewPath),
    ];
    expect(expected.filter((p) => !built.includes(p))).toEqual([]);
    expect(built.filter((p) => p.startsWith(routes.FOR_PATH) && p !== routes.FOR_PATH).length).toBeGreaterThan(0);
  });

  it('every open data file is built', () => {
    expect(Object.values(routes.DATA_FILES).filter((p) => !existsSync(join(dist, p)))).toEqual([]);
  });
});
