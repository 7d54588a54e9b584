/**
 * The shapes of the site chrome, shared by the layouts and src/site (a .ts file cannot import .astro types; a layout
 * must not import src/site/load.ts, which fills them).
 */
import type { Synonym } from '../domain/search-synonyms.ts';

/** A primary-navigation link. */
export interface NavItem {
  label: string;
  /** Site-relative path with trailing slash. */
  href: string;
}

/** What PlanLayout shows on every page from the plan (src/site/load.ts `loadSite`): name, navigation, footer facts. */
export interface SiteChrome {
  /** The site's name (src/site/site.ts `siteTitle`). */
  title: string;
  nav: NavItem[];
  signatories: readonly string[];
  /** The notice's date, ISO and as the text writes it. */
  date: string;
  dateText: string;
  /** Reviewed everyday words → the plan's words, added to every page's search index. */
  searchSynonyms: readonly Synonym[];
}
