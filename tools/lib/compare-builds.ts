/** Normalisation for comparing two builds (tools/compare-builds.ts): what may differ without the site differing. */

/** `/_astro/BaseLayout.Bx3k_9aZ.css` → `/_astro/BaseLayout.css`: Vite's content hash changes with any byte. */
const HASHED_ASSET = /(\/_astro\/[\w.-]+?)\.[\w-]{8}(\.(?:css|js|mjs|svg|png|woff2?))/gu;
/** Astro's per-component style scope (`data-astro-cid-v7sq2sxd`) is a hash of the component's path. */
const SCOPE_ID = /data-astro-cid-[a-z0-9]+/gu;

export function normaliseBuiltText(text: string): string {
  return text.replace(HASHED_ASSET, '$1$2').replace(SCOPE_ID, 'data-astro-cid').replace(/>\s*</gu, '>\n<');
}
