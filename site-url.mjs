// @ts-check
/**
 * The site's public origin, decided once for astro.config.mjs. Canonical links, Open Graph URLs, JSON-LD, citations,
 * the sitemap and the open data are all made absolute from it, so a deployable build must have it:
 * `SITE_URL=https://plan.example.gov.cn npm run build`. A local preview says so explicitly (SITE_PREVIEW=local, which
 * `npm start`, the tests and the benchmarks set) and gets http://localhost:4321. Without either, a build stops: a
 * localhost address can never be deployed by accident. `astro dev`, `astro check` and `astro sync` publish nothing.
 */

export const LOCAL_PREVIEW = 'http://localhost:4321';

/**
 * @param {Record<string, string | undefined>} env
 * @param {readonly string[]} argv
 * @returns {{ url: string } | { error: string }}
 */
export function resolveSiteUrl(env, argv) {
  const url = env.SITE_URL?.trim();
  if (url) {
    if (!/^https?:\/\/[^/]+\/?$/u.test(url))
      return { error: `SITE_URL must be an origin such as https://plan.example.gov.cn (got "${url}").` };
    return { url };
  }
  if (env.SITE_PREVIEW === 'local' || !argv.includes('build')) return { url: LOCAL_PREVIEW };
  return {
    error: [
      'npm run build needs the address the site will be published at, or every citation, canonical link, sitemap',
      'entry and open-data URL would point to localhost. Set it, for example:',
      '',
      '  SITE_URL=https://plan.example.gov.cn npm run build',
      '',
      'For a local preview instead: npm start (or SITE_PREVIEW=local npm run build).',
    ].join('\n'),
  };
}
