/**
 * Builds the Pagefind search index as the last step of `astro build`: every built page that marks its content with
 * `data-pagefind-body` (the layout does, see src/layouts/BaseLayout.astro) is indexed into dist/pagefind/, which the
 * search page loads. Uses Pagefind's Node API, as Starlight does.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind reports problems as `errors` in its responses rather than throwing: turn them into a failed build. */
function check<T extends { errors: string[] }>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`${step}: ${error}`);
    throw new Error(`Pagefind failed at ${step}`);
  }
  return response;
}

export async function buildIndex(dist: URL, logger: AstroIntegrationLogger): Promise<{ pages: number }> {
  const started = performance.now();
  try {
    const { index } = check(await pagefind.createIndex({}), 'createIndex', logger);
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = check(await index.addDirectory({ path: fileURLToPath(dist) }), 'addDirectory', logger);
    // An empty index means the layout stopped marking pages; the search page would find nothing.
    if (page_count === 0) throw new Error('Pagefind indexed no pages: no page has data-pagefind-body');
    check(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dist)) }), 'writeFiles', logger);
    logger.info(`indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms`);
    return { pages: page_count };
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
