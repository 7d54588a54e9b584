/**
 * Citation helpers: pure functions, no Astro, no I/O.
 *
 * Every name, title and date comes in as an argument (from the parsed plan text); nothing here knows the plan.
 */

/** YYYY-MM-DD (the form GB/T 7714-2015 uses for 发布日期 and 引用日期). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Throws unless `value` is a YYYY-MM-DD calendar date (2023-02-30 is refused). For citations and JSON-LD. */
export function assertIsoDate(value: string, name: string): void {
  const m = ISO_DATE.exec(value);
  if (!m) throw new Error(`${name} must be an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    throw new Error(`${name} is not a calendar date: ${JSON.stringify(value)}`);
  }
}

/** Throws unless `value` is an absolute http(s) URL. For citations and JSON-LD. */
export function assertHttpUrl(value: string, name = 'url'): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute URL, got ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be http(s), got ${JSON.stringify(value)}`);
  }
}

export interface Gbt7714Input {
  /** 责任者 (e.g. the issuing offices), in the order the document names them. May be empty. */
  authors: string[];
  /** 题名, used exactly as given. */
  title: string;
  /** 发布日期 / 更新日期, YYYY-MM-DD. */
  publishedISO: string;
  /** 引用日期, YYYY-MM-DD. */
  accessedISO: string;
  /** 获取和访问路径: absolute http(s) URL. */
  url: string;
}

/**
 * A GB/T 7714-2015 reference for an electronic resource (§4.8 / 8.8):
 * `责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.`
 * Authors are joined with ", "; with no author the reference starts at the title.
 */
export function formatGbt7714(input: Gbt7714Input): string {
  const authors = input.authors.map((a) => a.trim()).filter((a) => a.length > 0);
  const title = input.title.trim();
  if (title.length === 0) throw new Error('title must not be empty');
  assertIsoDate(input.publishedISO, 'publishedISO');
  assertIsoDate(input.accessedISO, 'accessedISO');
  assertHttpUrl(input.url);
  const head = authors.length > 0 ? `${authors.join(', ')}. ` : '';
  return `${head}${title}[EB/OL]. (${input.publishedISO})[${input.accessedISO}]. ${input.url}.`;
}

/** `《planTitle》第N项` (or `吴忠市《planTitle》第N项` given the site name), the short way to point at measure N. */
export function shortReference(planTitle: string, measureNumber: number): string {
  if (!Number.isInteger(measureNumber) || measureNumber < 1) {
    throw new Error(`measureNumber must be a positive integer, got ${measureNumber}`);
  }
  const title = planTitle.trim();
  if (title.length === 0) throw new Error('planTitle must not be empty');
  // A name that already carries its book-title marks (《…》, or 吴忠市《…》 with the issuing city) is used as it is.
  const named = title.includes('《') && title.endsWith('》') ? title : `《${title}》`;
  return `${named}第${measureNumber}项`;
}

/**
 * Absolute URL for a site-relative path. `path` is relative to the site root, so a site with a path prefix
 * (https://example.org/plan/) keeps it. Refuses absolute and protocol-relative inputs so a stray value can never
 * turn a canonical link into another origin.
 */
export function absoluteUrl(site: URL | string, path: string): string {
  assertHttpUrl(String(site), 'site');
  const base = new URL(String(site));
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`path must be site-relative, got ${JSON.stringify(path)}`);
  }
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return new URL(path.replace(/^\/+/, ''), base).href;
}

/** Today's date in the reader's own calendar (local time), YYYY-MM-DD. */
export function localIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Replace the 引用日期 `[fromISO]` in a formatted reference with `[toISO]`. Only the last bracketed occurrence is
 * touched (the 引用日期 follows the 发布日期); the reference is returned unchanged if it is not there.
 */
export function replaceAccessedDate(reference: string, fromISO: string, toISO: string): string {
  assertIsoDate(fromISO, 'fromISO');
  assertIsoDate(toISO, 'toISO');
  const needle = `[${fromISO}]`;
  const at = reference.lastIndexOf(needle);
  if (at === -1) return reference;
  return `${reference.slice(0, at)}[${toISO}]${reference.slice(at + needle.length)}`;
}

/**
 * The permalink on the origin the reader actually loaded (a mirror, a staging host, the real domain when the build was
 * told another), path and fragment kept; null for a page not served over http(s) (a saved file).
 */
export function loadedAddress(loc: Pick<Location, 'protocol' | 'origin'>, permalink: string): string | null {
  if (loc.protocol !== 'http:' && loc.protocol !== 'https:') return null;
  const u = new URL(permalink);
  return `${loc.origin}${u.pathname}${u.search}${u.hash}`;
}

/** Every occurrence of the build-time permalink in a citation text replaced by the loaded address. */
export function replacePermalink(text: string, permalink: string, loaded: string): string {
  return permalink === loaded ? text : text.split(permalink).join(loaded);
}
