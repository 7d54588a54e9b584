// @ts-check
import process from 'node:process';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { onBundlerWarning } from './src/integrations/build-warnings.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  // Set SITE_URL when deploying (e.g. SITE_URL=https://plan.example.gov.cn npm run build):
  // canonical links, Open Graph URLs, JSON-LD, citations and the sitemap are all made absolute from it.
  // Give an origin; a path prefix would also need `base`.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
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
      // Known-harmless bundler warnings (one per MDX file) are dropped by exact cause; all others still print.
      rollupOptions: { onwarn: onBundlerWarning },
    },
  },
  // The plan's text reaches MDX through remark-stringify, which escapes for CommonMark + MDX (src/lib/mdx.ts). GFM
  // (3~5年 as strikethrough, www./http:// as links) and smart punctuation ("" → “”, -- → –, ... → …) would change the
  // text or turn it into markup, so the renderer reads the files by the same rules they were written with. @astrojs/mdx
  // inherits these options; src/lib/__tests__/render.test.ts renders with them and the hostile-text build checks dist/.
  markdown: { gfm: false, smartypants: false },
  // pagefind last: it indexes the finished dist/ (astro:build:done).
  integrations: [mdx(), sitemap(), pagefind()],
});
