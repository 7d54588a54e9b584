/**
 * Every URL path the site builds, and the ids other pages link to: pages, navigation, breadcrumbs, JSON-LD, the open
 * data and the glossary links all take their paths from here. Site-relative, ending in `/` (trailingSlash: 'always').
 * A page's route is its file under src/pages/; src/site/__tests__/routes.test.ts keeps the two in step and
 * __e2e__/routes.test.ts checks the build: every page built is a route here and every route over the data is built.
 * Pure.
 */
import type { TargetGrouping } from '../domain/schemas.ts';

// ---------------------------------------------------------------------------------------------------------------
// Pages

/** What `siteOf` reads from `Astro` or an endpoint's context. */
export interface SiteContext {
  site?: URL | undefined;
  url: URL;
}

/**
 * The site's root URL, the base of every absolute URL (`absoluteUrl`): the configured `site` (a build always has one,
 * astro.config.mjs), else the origin the page is served from (`astro dev` without SITE_URL).
 */
export const siteOf = (astro: SiteContext): URL => astro.site ?? new URL('/', astro.url);

export const HOME_PATH = '/';
export const PLAN_PATH = '/plan/';
export const GROUPS_PATH = '/groups/';
export const SAFEGUARDS_PATH = '/safeguards/';
export const DEPARTMENTS_PATH = '/departments/';
export const TARGETS_PATH = '/targets/';
export const INDUSTRIES_PATH = '/industries/';
export const FOR_PATH = '/for/';
export const GLOSSARY_PATH = '/glossary/';
export const SEARCH_PATH = '/search/';
export const DATA_PATH = '/data/';
export const ABOUT_PATH = '/about/';
/** The page a server sends for a path it has no file for (deploy/ nginx config). */
export const NOT_FOUND_PATH = '/404.html';

/** The pages without a parameter (the 404 page aside), in the order of the navigation. */
export const STATIC_PAGES: readonly string[] = [
  HOME_PATH,
  PLAN_PATH,
  GROUPS_PATH,
  SAFEGUARDS_PATH,
  DEPARTMENTS_PATH,
  TARGETS_PATH,
  INDUSTRIES_PATH,
  FOR_PATH,
  GLOSSARY_PATH,
  SEARCH_PATH,
  DATA_PATH,
  ABOUT_PATH,
];

/** A measure's page: /measures/5/. */
export const measurePath = (n: number) => `/measures/${n}/`;
/** A task group's page: /groups/2/. */
export const groupPath = (n: number) => `${GROUPS_PATH}${n}/`;
/** A responsible unit's page, by its registry id: /departments/hrss/. */
export const departmentPath = (id: string) => `${DEPARTMENTS_PATH}${id}/`;
/** A resident group's page (与我有关), by its reviewed id: /for/farmers/. */
export const residentGroupPath = (id: string) => `${FOR_PATH}${id}/`;
/** A view of the targets table: the measure view is /targets/ itself, the others /targets/<grouping>/. */
export const targetsViewPath = (by: TargetGrouping) => (by === 'measure' ? TARGETS_PATH : `${TARGETS_PATH}${by}/`);
/** The search page with a query filled in. */
export const searchPath = (q: string) => `${SEARCH_PATH}?q=${encodeURIComponent(q)}`;

// ---------------------------------------------------------------------------------------------------------------
// Places in a page that other pages link to: the id the page gives the element, and the link to it

/** A 一、 section of the whole text on /plan/. */
export const planSectionId = (n: number) => `section-${n}`;
export const planSectionPath = (n: number) => `${PLAN_PATH}#${planSectionId(n)}`;

/** A 保障措施 item on /safeguards/. */
export const safeguardId = (n: number) => `safeguard-${n}`;
export const safeguardPath = (n: number) => `${SAFEGUARDS_PATH}#${safeguardId(n)}`;

/** The heading of a measure page's list of figures. */
export const MEASURE_TARGETS_ID = 'targets-h';
export const measureTargetsPath = (n: number) => `${measurePath(n)}#${MEASURE_TARGETS_ID}`;

/** A figure's sentence, marked on its measure page by the record's id (t-5-1). */
export const targetPath = (t: { measure: number; id: string }) => `${measurePath(t.measure)}#${t.id}`;

/** A term's entry on /glossary/, by its reviewed id. */
export const glossaryPath = (id: string) => `${GLOSSARY_PATH}#${id}`;

// ---------------------------------------------------------------------------------------------------------------
// Files

/** The open data files (src/pages/data/), described on /data/. */
export const DATA_FILES = {
  measures: `${DATA_PATH}measures.json`,
  targets: `${DATA_PATH}targets.json`,
  targetsCsv: `${DATA_PATH}targets.csv`,
  departments: `${DATA_PATH}departments.json`,
  dataPackage: `${DATA_PATH}datapackage.json`,
} as const;

/** Files every page links in its head: icons (public/) and the sitemap (@astrojs/sitemap). */
export const FAVICON_SVG = '/favicon.svg';
export const FAVICON_ICO = '/favicon.ico';
export const SITEMAP_PATH = '/sitemap-index.xml';
