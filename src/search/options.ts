/**
 * The options the search page passes to Pagefind (`pagefind.options()`), shared with the browser tests so that they
 * query the index exactly as readers do.
 */
import { META_KEYS } from './index-fields.ts';

export const PAGEFIND_OPTIONS = {
  /** Words around the match; Chinese words are short, so a little more than Pagefind's 30. */
  excerptLength: 40,
  /** Marks an excerpt cut mid-text at either end. */
  excerptEllipsis: '…',
  // Search on the page's own thread: the index is a few dozen pages, so a web worker (a second 42 KiB copy of the
  // search code) would cost a first query ~20 % more bytes for no felt gain.
  noWorker: true,
  ranking: {
    // Pagefind's defaults for the body (documented in its ranking guide), written out so a change here is deliberate.
    termFrequency: 1.0,
    pageLength: 0.75,
    termSaturation: 1.4,
    metaWeights: {
      title: 5.0,
      // A unit's own everyday name (人社局) must put that unit's page first, above the measures that list the unit.
      [META_KEYS.aliases]: 10.0,
      [META_KEYS.unitAliases]: 0.5,
      [META_KEYS.terms]: 1.0,
    },
  },
} as const;

/** Folder of the site that the Pagefind integration (src/integrations/pagefind.ts) writes the index into. */
export const PAGEFIND_DIR = 'pagefind/';
/** Site-relative URL of Pagefind's browser API in that folder. */
export const PAGEFIND_MODULE = `/${PAGEFIND_DIR}pagefind.js`;
