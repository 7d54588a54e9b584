// @ts-check
import process from 'node:process';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { onBundlerWarning } from './src/integrations/build-warnings.ts';
import pagefind from './src/integrations/pagefind.ts';
import { resolveSiteUrl } from './site-url.mjs';

/** The public origin, or stop: see site-url.mjs (a deploy build without SITE_URL exits with how to set it). */
function siteUrl() {
  const site = resolveSiteUrl(process.env, process.argv);
  if ('url' in site) return site.url;
  process.stderr.write(`${site.error}\n`);
  process.exit(1);
}

export default defineConfig({
  // Give an origin; a path prefix would also need `base`.
  site: siteUrl(),
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Every stylesheet is a file in /_astro/, never a <style> in the page (strict CSP: no 'unsafe-inline').
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Astro inlines a bundled <script> whose code is under this limit straight into the HTML.
      // 0 keeps every component script an external module file, so no inline <script> reaches the page.
      assetsInlineLimit: 0,
      // One stylesheet for the whole site instead of one per component chunk (3–6 render-blocking <link>s a page,
      // some of 63 bytes): one request before first paint, cached across pages. Styles stay written with their
      // components (scoped by Astro); the file is still external (inlineStylesheets: 'never' above).
      cssCodeSplit: false,
      // Known-harmless bundler warnings (one per MDX file) are dropped by exact cause; all others still print.
      rollupOptions: { onwarn: onBundlerWarning },
    },
  },
  // The plan's text reaches MDX through remark-stringify, which escapes for CommonMark + MDX (src/ingest/mdx.ts). GFM
  // (3~5年 as strikethrough, www./http:// as links) and smart punctuation ("" → “”, -- → –, ... → …) would change the
  // text or turn it into markup, so the renderer reads the files by the same rules they were written with. @astrojs/mdx
  // inherits this processor; src/ingest/__tests__/render.test.ts renders with its features and the hostile-text build checks dist/.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  // pagefind last: it indexes the finished dist/ (astro:build:done).
  integrations: [mdx(), sitemap(), pagefind()],
});
