/**
 * The bundler's warnings during `astro build`, minus the ones known to be harmless. Only exact (code, cause) pairs are
 * dropped, never a whole code, so any new warning still reaches the console.
 */
interface BundlerWarning {
  code?: string;
  message: string;
}

/**
 * @astrojs/mdx marks every compiled MDX module with the directive "use astro:head-inject", and the bundler warns once
 * per MDX file that module-level directives may not survive bundling. Astro's own plugins act on that marker before
 * the bundle is written, so the warning says nothing about the site (36 multi-line warnings per build otherwise).
 */
export function isKnownHarmless(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** For `vite.build.rollupOptions.onwarn`. */
export function onBundlerWarning<W extends BundlerWarning>(warning: W, warn: (w: W) => void): void {
  if (!isKnownHarmless(warning)) warn(warning);
}
