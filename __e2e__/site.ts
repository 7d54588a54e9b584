/** The built site as files: every HTML page with its URL path. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltPage {
  /** URL path, e.g. `/measures/1/` or `/404.html`. */
  path: string;
  file: string;
  html: string;
}

export function builtPages(dist: string): BuiltPage[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const rel = relative(dist, join(dist, f)).split('\\').join('/');
      const path =
        rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file: join(dist, f), html: readFileSync(join(dist, f), 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
