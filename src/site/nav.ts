/** A primary-navigation link. Shared by BaseLayout.astro and src/site/site.ts (a .ts file cannot import .astro types). */
export interface NavItem {
  label: string;
  /** Site-relative path with trailing slash. */
  href: string;
}
