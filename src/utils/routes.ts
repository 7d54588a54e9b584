/**
 * Which routes this build has, read from the page files (import.meta.glob, resolved by Vite at build time), so a
 * page can link to a route that another part of the site may not have yet (e.g. /safeguards/) without ever
 * emitting a broken link.
 */

/** A page file under src/pages → a pattern for the URL paths it builds (trailingSlash 'always', directory format). */
export function routePattern(file: string): RegExp | null {
  const rel = file.replace(/^.*?\/src\/pages\//u, '');
  if (rel.split('/').some((s) => s.startsWith('_'))) return null; // Astro ignores _files and _dirs
  const m = /^(.*?)\.(astro|md|mdx|html|ts|js)$/u.exec(rel);
  if (!m) return null;
  const [, stem, ext] = m;
  const isEndpoint = ext === 'ts' || ext === 'js';
  // Endpoints keep their own extension (data/targets.json.ts → /data/targets.json); pages become directories.
  const path = isEndpoint ? `/${stem}` : `/${stem!.replace(/(?:^|\/)index$/u, '')}/`.replace(/\/{2,}/gu, '/');
  const source = path
    .split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/u)
    .map((piece) => (piece.startsWith('[...') ? '.*' : piece.startsWith('[') ? '[^/]+' : piece.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/** Whether any of the page files builds `path` (a dynamic segment matches any value). */
export function routeExists(path: string, files: readonly string[]): boolean {
  const bare = path.replace(/[?#].*$/u, '');
  return files.some((f) => routePattern(f)?.test(bare) ?? false);
}

/** The page files of this build. `?raw` keeps the glob from importing (and so evaluating) any page module. */
export const pageFiles: readonly string[] = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx,html,ts,js}', { query: '?raw' }));

/** Whether this build has a page for `path`. */
export const hasRoute = (path: string) => routeExists(path, pageFiles);

/** Id of 保障措施 item N on the /safeguards/ page: that page must give each item this id (see the report). */
export const safeguardAnchor = (n: number) => `safeguard-${n}`;

/** Link to 保障措施 item N, or null while this build has no /safeguards/ page. */
export function safeguardHref(n: number, exists: (path: string) => boolean = hasRoute): string | null {
  return exists('/safeguards/') ? `/safeguards/#${safeguardAnchor(n)}` : null;
}
