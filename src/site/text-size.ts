/**
 * The larger-text mode (大字号): its names, shared by the deferred module with the button (src/client/site.ts) and
 * the classic script in <head> that applies a remembered choice before first paint (src/client/text-size-boot.js).
 *
 * Why a second script: site.ts is a module, deferred until the page is parsed, so a class it adds comes after the
 * first paint and the whole page jumps (a layout shift of about 0.4). The CSP allows no inline script, so the early
 * one is a file: BaseLayout imports it with `?url`, Vite copies it to /_astro/ under a content-hashed name (cached for
 * a year by deploy/site.conf), and the page loads it render-blocking before its stylesheet. One small request on a
 * first visit, none after; `npm run bench` counts it among the requests before first paint. The file is shipped as
 * written (not bundled), so it cannot import these names and spells them out; src/site/__tests__/text-size.test.ts
 * keeps the two the same. global.css scales the type on the class.
 */
/** localStorage key of the reader's choice. */
export const TEXT_SIZE_KEY = 'text-size';
/** The stored value for the larger size; anything else is the normal size. */
export const TEXT_SIZE_LARGE = 'large';
export const TEXT_SIZE_NORMAL = 'normal';
/** The class on <html> that scales the type (global.css `html.text-large`). */
export const LARGE_CLASS = 'text-large';
