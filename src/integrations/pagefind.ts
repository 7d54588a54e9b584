/**
 * Builds the Pagefind search index as the last step of `astro build`: every built page that marks its content with
 * `data-pagefind-body` (the layout does, see src/layouts/BaseLayout.astro) is indexed into dist/pagefind/, which the
 * search page loads. Uses Pagefind's Node API, as Starlight does.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { PAGEFIND_DIR } from '../search/options.ts';

/** Pagefind reports problems as `errors` in its responses rather than throwing: turn them into a failed build. */
function check<T extends { errors: string[] }>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed at ${step}`);
  }
  return response;
}

/** How many built pages mark their content for the index. */
export function markedPages(dir: string): { marked: number; total: number } {
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const marked = pages.filter((f) =>
    /<[^>]+\sdata-pagefind-body[\s=>]/u.test(readFileSync(join(dir, f), 'utf8')),
  ).length;
  return { marked, total: pages.length };
}

/**
 * Page furniture that is never what a reader searches for, whatever component renders it: table headers and captions
 * (labels such as 指标, 单位), navigation inside <main> (previous/next), buttons (复制链接), derived tables. Components also mark
 * their own furniture (citation box, notes about the site) with data-pagefind-ignore; this list is the safety net
 * for the element kinds that are furniture by nature.
 */
export const EXCLUDE_SELECTORS = [
  'thead',
  'caption',
  'nav',
  'button',
  '[hidden]',
  '[aria-hidden="true"]',
  // A measure's targets table restates its sentences as fields (类型 目标, 时限 未限定): the sentences are indexed
  // where the page quotes them.
  '[data-targets-table]',
];

export async function buildIndex(dist: URL, logger: AstroIntegrationLogger): Promise<{ pages: number }> {
  const started = performance.now();
  const dir = fileURLToPath(dist);
  // With no page marked, Pagefind would index every page whole, navigation and footer included.
  const { marked, total } = markedPages(dir);
  if (marked === 0)
    throw new Error('Pagefind: no built page has data-pagefind-body (see src/layouts/BaseLayout.astro)');
  try {
    const { index } = check(await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS }), 'createIndex', logger);
    if (!index) throw new Error('Pagefind returned no index');
    check(await index.addDirectory({ path: dir }), 'addDirectory', logger);
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL(PAGEFIND_DIR, dist)) }), 'writeFiles', logger);
    logger.info(`indexed ${marked} of ${total} pages in ${Math.round(performance.now() - started)} ms`);
    return { pages: marked };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(dir, logger);
      },
    },
  };
}
