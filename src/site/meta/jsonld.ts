/**
 * schema.org JSON-LD builders: pure functions, no Astro. Every name, title and date is an argument.
 *
 * Type choices, so the markup claims no more than is true:
 * - The plan is a `CreativeWork`. schema.org has no core "government publication" type, and `Legislation` is for
 *   laws, decrees and bills with legal force; an implementation plan (实施方案) issued by a notice is neither.
 * - The issuing offices are the work's `author` (the notice's 署名). Callers pick each office's type:
 *   `GovernmentOrganization` for a government office, `Organization` for bodies that are not government agencies
 *   (e.g. a party committee's office). They are not named `publisher`: the entity's `url` is this site's page, which
 *   they did not publish (the site only compiles the text, /about/); the official publication is `isBasedOn`.
 * - A part (a numbered measure) is a `CreativeWork` with `position` and `isPartOf` the plan.
 */
import { absoluteUrl, assertHttpUrl, assertIsoDate } from './citation.ts';

export type JsonLdObject = { [key: string]: unknown };

/** A breadcrumb step; the last one is the current page. Shared by Breadcrumb.astro and BaseLayout. */
export interface Crumb {
  label: string;
  /** Site-relative path (e.g. `/measures/1/`). Optional only for the current page. */
  href?: string;
}

export interface OrganizationRef {
  name: string;
  type: 'GovernmentOrganization' | 'Organization';
  url?: string;
}

function organization(org: OrganizationRef): JsonLdObject {
  const name = org.name.trim();
  if (name.length === 0) throw new Error('organization name must not be empty');
  const out: JsonLdObject = { '@type': org.type, name };
  if (org.url !== undefined) {
    assertHttpUrl(org.url, 'organization url');
    out.url = org.url;
  }
  return out;
}

export interface GovernmentPublicationInput {
  /** The plan's title, as the text gives it. */
  name: string;
  /** Absolute URL of the page that presents the work (its canonical URL). */
  url: string;
  /** 成文日期 / publication date, YYYY-MM-DD. */
  datePublished: string;
  /** The issuing offices, in the order the notice signs them. At least one. */
  issuers: OrganizationRef[];
  description?: string;
  /** Other names the work is known by, e.g. its title as issued and the notice title. */
  alternateName?: string | readonly string[];
  /** A genre word taken from the text (e.g. the document kind); optional. */
  genre?: string;
  /** Defaults to zh-CN. */
  inLanguage?: string;
  /** The website this page belongs to. */
  isPartOf?: { name: string; url: string };
  /** Absolute URL of the official publication this edition was made from (the page its text is taken from). */
  isBasedOn?: string;
  dateModified?: string;
  /** The numbered parts (measures), each with an absolute URL. */
  hasPart?: { name: string; url: string; position: number }[];
}

/** The plan as a schema.org `CreativeWork` (see the note at the top of this file for why not `Legislation`). */
export function governmentPublicationLd(input: GovernmentPublicationInput): JsonLdObject {
  const name = input.name.trim();
  if (name.length === 0) throw new Error('name must not be empty');
  assertHttpUrl(input.url, 'url');
  assertIsoDate(input.datePublished, 'datePublished');
  if (input.issuers.length === 0) throw new Error('issuers must name at least one organization');
  const issuers = input.issuers.map(organization);
  const out: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': input.url,
    name,
    url: input.url,
    inLanguage: input.inLanguage ?? 'zh-CN',
    datePublished: input.datePublished,
    author: issuers,
  };
  if (input.alternateName !== undefined)
    out.alternateName = typeof input.alternateName === 'string' ? input.alternateName : [...input.alternateName];
  if (input.description !== undefined) out.description = input.description;
  if (input.genre !== undefined) out.genre = input.genre;
  if (input.dateModified !== undefined) {
    assertIsoDate(input.dateModified, 'dateModified');
    out.dateModified = input.dateModified;
  }
  if (input.isPartOf !== undefined) {
    assertHttpUrl(input.isPartOf.url, 'isPartOf.url');
    out.isPartOf = { '@type': 'WebSite', name: input.isPartOf.name, url: input.isPartOf.url };
  }
  if (input.isBasedOn !== undefined) {
    assertHttpUrl(input.isBasedOn, 'isBasedOn');
    out.isBasedOn = input.isBasedOn;
  }
  if (input.hasPart !== undefined && input.hasPart.length > 0) {
    out.hasPart = input.hasPart.map((p) => {
      assertHttpUrl(p.url, 'hasPart.url');
      return { '@type': 'CreativeWork', '@id': p.url, name: p.name, url: p.url, position: p.position };
    });
  }
  return out;
}

export interface PlanPartInput {
  /** The part's title as the text gives it. */
  name: string;
  /** Absolute canonical URL of the part's page. */
  url: string;
  /** The part's number in the plan (1-based). */
  position: number;
  /** The whole plan: its title and absolute URL (the `@id` used by governmentPublicationLd). */
  isPartOf: { name: string; url: string };
  description?: string;
  inLanguage?: string;
}

/** One numbered part of the plan (e.g. a measure) as a `CreativeWork` inside the plan. */
export function planPartLd(input: PlanPartInput): JsonLdObject {
  assertHttpUrl(input.url, 'url');
  assertHttpUrl(input.isPartOf.url, 'isPartOf.url');
  if (!Number.isInteger(input.position) || input.position < 1) {
    throw new Error(`position must be a positive integer, got ${input.position}`);
  }
  const out: JsonLdObject = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': input.url,
    name: input.name,
    url: input.url,
    position: input.position,
    inLanguage: input.inLanguage ?? 'zh-CN',
    isPartOf: {
      '@type': 'CreativeWork',
      '@id': input.isPartOf.url,
      name: input.isPartOf.name,
      url: input.isPartOf.url,
    },
  };
  if (input.description !== undefined) out.description = input.description;
  return out;
}

/**
 * A schema.org `BreadcrumbList`. `site` makes each href absolute. A step without href (the current page) gets no
 * `item`, which schema.org and search engines accept for the last step only.
 */
export function breadcrumbListLd(items: Crumb[], site: URL | string): JsonLdObject {
  if (items.length === 0) throw new Error('breadcrumbListLd needs at least one item');
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((crumb, i) => {
      if (crumb.href === undefined && i !== items.length - 1) {
        throw new Error(`breadcrumb ${i + 1} (${crumb.label}) has no href; only the last step may omit it`);
      }
      const el: JsonLdObject = { '@type': 'ListItem', position: i + 1, name: crumb.label };
      if (crumb.href !== undefined) el.item = absoluteUrl(site, crumb.href);
      return el;
    }),
  };
}

/**
 * Serialise for `<script type="application/ld+json">`. `<`, `>` and `&` become \u003c, \u003e, \u0026 so text such as
 * `</script>` or `<!--` inside a value can never end or alter the element; U+2028/2029 are escaped for old parsers.
 * The result is still valid JSON that parses back to the same value.
 */
export function serializeJsonLd(value: JsonLdObject | JsonLdObject[]): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
