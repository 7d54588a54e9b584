/**
 * Which optional routes this build has. Pages built on other branches (/departments/, /targets/) may not exist yet;
 * links to them are emitted only when their route file is present, so the link check stays green either way.
 * Once those branches are merged, the checks can go and the links be emitted unconditionally.
 */

/** Page files as Vite sees them (`/src/pages/...`). A lazy glob: only the names are read, no module is imported. */
const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));

/**
 * Whether `route` is served by one of `files`. `route` is a site path with a trailing slash; a dynamic segment is
 * written as in the file name: `/departments/[id]/`.
 */
export function hasPage(files: readonly string[], route: string): boolean {
  if (!route.startsWith('/') || !route.endsWith('/')) throw new Error(`route must start and end with "/", got ${JSON.stringify(route)}`);
  const dir = `/src/pages${route}`;
  const bare = dir.slice(0, -1);
  return files.some((f) => /\.(?:astro|mdx?)$/u.test(f) && (f.startsWith(`${dir}index.`) || f.startsWith(`${bare}.`)) && !f.slice(dir.length).includes('/'));
}

export const routeExists = (route: string) => hasPage(pageFiles, route);

/** True once the department pages (another branch) are part of the build. */
export const hasDepartmentPages = () => routeExists('/departments/[id]/');

/** `/departments/<id>/` when those pages exist, else undefined (render the name as plain text). */
export function unitHref(id: string): string | undefined {
  return hasDepartmentPages() ? `/departments/${id}/` : undefined;
}
