/**
 * Byte budgets and loading rules for built pages, read from the HTML and the files it references — no browser, so the
 * figures are the same on every run. Used by the budget check in the browser suite.
 */
import { gzipSync } from 'node:zlib';
import { decodeEntities } from '../../src/domain/text/html.ts';

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Text between <script …> and </script> (only for script). */
  content?: string;
  /** Inside <head>. */
  inHead: boolean;
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/**
 * Every start tag in document order, with script contents kept whole (a `<` inside a script is not a tag) and
 * comments skipped. Enough for the HTML that Astro writes; not a general HTML parser.
 */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const re = /<!--[\s\S]*?-->|<\/head\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/gu;
  let inHead = true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (m[0].startsWith('<!--')) continue;
    if (!m[1]) {
      inHead = false;
      continue;
    }
    const name = m[1].toLowerCase();
    if (name === 'body') inHead = false;
    const tag: Tag = { name, attrs: parseAttrs(m[2] ?? ''), inHead };
    if (name === 'script') {
      const end = html.toLowerCase().indexOf('</script', re.lastIndex);
      tag.content = html.slice(re.lastIndex, end === -1 ? html.length : end);
      re.lastIndex = end === -1 ? html.length : end;
    }
    tags.push(tag);
  }
  return tags;
}

/** Script types a browser runs; anything else (application/ld+json, importmap aside) is a data block. */
const isJavaScriptType = (type: string | undefined) =>
  type === undefined ||
  type === '' ||
  type === 'module' ||
  /^(?:text|application)\/(?:java|ecma)script$/iu.test(type.trim());

/** `<script>` elements with code in the page itself (not `src`), whatever their type, except data blocks. */
export function inlineScripts(tags: Tag[]): string[] {
  return tags
    .filter((t) => t.name === 'script' && !t.attrs.has('src') && isJavaScriptType(t.attrs.get('type')))
    .map((t) => (t.content ?? '').trim().slice(0, 80));
}

/** Event-handler attributes (onclick=…) and javascript: URLs: inline script too, blocked by the CSP. */
export function inlineHandlers(tags: Tag[]): string[] {
  return tags.flatMap((t) =>
    [...t.attrs]
      .filter(
        ([k, v]) =>
          /^on[a-z]+$/u.test(k) || (['href', 'src', 'action', 'formaction'].includes(k) && /^\s*javascript:/iu.test(v)),
      )
      .map(([k]) => `<${t.name} ${k}>`),
  );
}

/**
 * Scripts that stop the parser: an external classic script without defer/async (module scripts are deferred by
 * default), and any script code inline in <head>.
 */
export function renderBlockingScripts(tags: Tag[]): string[] {
  return tags
    .filter((t) => t.name === 'script' && isJavaScriptType(t.attrs.get('type')))
    .filter((t) =>
      t.attrs.has('src')
        ? t.attrs.get('type') !== 'module' && !t.attrs.has('defer') && !t.attrs.has('async')
        : t.inHead,
    )
    .map((t) => t.attrs.get('src') ?? `inline in <head>: ${(t.content ?? '').trim().slice(0, 40)}`);
}

const relTokens = (t: Tag) => (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/u);
const stylesheetTags = (tags: Tag[]) =>
  tags.filter((t) => t.name === 'link' && relTokens(t).includes('stylesheet') && t.attrs.get('href'));

/** The hrefs of every `<link rel="stylesheet">`, in document order. */
export const stylesheetLinks = (tags: Tag[]): string[] => stylesheetTags(tags).map((t) => t.attrs.get('href')!);

/**
 * What the browser must fetch before it paints anything: the page itself, every linked stylesheet (except a
 * `disabled` one or one for `media="print"` only), and each external classic script in <head> that is neither
 * deferred, async nor a module. Inline code costs no request and is not counted.
 */
export function requestsBeforeFirstPaint(pagePath: string, tags: Tag[]): string[] {
  const css = stylesheetTags(tags)
    .filter((t) => !t.attrs.has('disabled') && t.attrs.get('media')?.trim().toLowerCase() !== 'print')
    .map((t) => t.attrs.get('href')!);
  const scripts = renderBlockingScripts(tags.filter((t) => t.inHead && t.attrs.has('src')));
  return [pagePath, ...css, ...scripts];
}

/** `<img>` without both width and height (the browser cannot reserve its box: layout shift). */
export function imagesWithoutDimensions(tags: Tag[]): string[] {
  return tags
    .filter((t) => t.name === 'img' && !(t.attrs.get('width')?.trim() && t.attrs.get('height')?.trim()))
    .map((t) => t.attrs.get('src') ?? '(no src)');
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of a bundled ES module (not `import()`). */
export function staticImports(js: string): string[] {
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/gu;
  return [...js.matchAll(re)].map((m) => m[1]!);
}

export interface Resource {
  /** Site path, e.g. /_astro/x.css. */
  path: string;
  kind: 'html' | 'css' | 'js';
  raw: number;
  gzip: number;
}

export const gzipSize = (data: Uint8Array): number => gzipSync(data, { level: 9 }).length;

/**
 * What a page costs on first load: its HTML, its stylesheets, and its scripts with their static imports (followed
 * recursively), each once. Files under `exclude` (the search index, fetched only when searching) are not counted.
 * `read` returns a file's bytes by site path, or undefined if there is none (then it cannot be counted: an error).
 */
export function pageWeight(
  pagePath: string,
  html: string,
  read: (path: string) => Uint8Array | undefined,
  exclude: (path: string) => boolean = () => false,
): Resource[] {
  const tags = startTags(html);
  const base = new URL(pagePath, 'http://site');
  const resolve = (ref: string, from: URL) => new URL(ref, from);
  const sameOrigin = (u: URL) => u.origin === base.origin;
  const resources: Resource[] = [
    { path: pagePath, kind: 'html', raw: Buffer.byteLength(html), gzip: gzipSize(Buffer.from(html)) },
  ];
  const seen = new Set<string>();

  const add = (url: URL, kind: 'css' | 'js') => {
    if (!sameOrigin(url) || seen.has(url.pathname) || exclude(url.pathname)) return;
    seen.add(url.pathname);
    const data = read(decodeURIComponent(url.pathname));
    if (!data) throw new Error(`${pagePath}: ${url.pathname} is referenced but not in the build`);
    resources.push({ path: url.pathname, kind, raw: data.length, gzip: gzipSize(data) });
    if (kind === 'js')
      for (const spec of staticImports(Buffer.from(data).toString('utf8'))) add(resolve(spec, url), 'js');
  };

  for (const t of tags) {
    const rel = relTokens(t);
    if (t.name === 'link' && rel.includes('stylesheet') && t.attrs.get('href'))
      add(resolve(t.attrs.get('href')!, base), 'css');
    if (t.name === 'link' && rel.includes('modulepreload') && t.attrs.get('href'))
      add(resolve(t.attrs.get('href')!, base), 'js');
    if (t.name === 'script' && t.attrs.get('src') && isJavaScriptType(t.attrs.get('type')))
      add(resolve(t.attrs.get('src')!, base), 'js');
  }
  return resources;
}

export const totalGzip = (resources: Resource[]): number => resources.reduce((n, r) => n + r.gzip, 0);
