/**
 * The import rules of the house (README, "Where things live"): which folder may import which, read from the source
 * text alone so the check is fast and cannot be fooled by a build cache. Pure: callers pass { path: source }.
 *
 * A file's layer is its folder; tests (`__tests__/`) are exempt from the layer table — they may reach any module they
 * test — but not from "nothing imports tests or __e2e__".
 */
import { posix } from 'node:path';

/** Layers in first-match order: a more specific folder comes before its parent. */
const LAYERS = [
  ['search-client', 'src/search/client/'],
  ['site-load', 'src/site/load.ts'],
  // Reviewed data is loaded (and validated) once, by the site's loader; a component gets it through props.
  ['site-load', 'src/site/reviewed.ts'],
  ['domain', 'src/domain/'],
  ['ingest', 'src/ingest/'],
  ['site', 'src/site/'],
  ['search', 'src/search/'],
  ['client', 'src/client/'],
  ['components', 'src/components/'],
  ['components', 'src/layouts/'],
  ['pages', 'src/pages/'],
  ['integrations', 'src/integrations/'],
  ['config', 'src/content.config.ts'],
  ['styles', 'src/styles/'],
  ['content', 'content/'],
  ['tools', 'tools/'],
  ['e2e', '__e2e__/'],
] as const;

export type Layer = (typeof LAYERS)[number][0] | 'root';

/** What each layer may import inside the repository. `site-load` is part of the site layer for its own imports. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  domain: ['domain'],
  ingest: ['domain', 'ingest', 'content'],
  'site-load': ['domain', 'site', 'site-load', 'search', 'content'],
  site: ['domain', 'site', 'site-load', 'search', 'content'],
  search: ['domain', 'search', 'content'],
  'search-client': ['search-client', 'search', 'domain', 'content'],
  client: ['client', 'site', 'domain'],
  components: ['components', 'domain', 'site', 'site-load', 'search', 'search-client', 'client', 'styles'],
  pages: [
    'pages',
    'components',
    'domain',
    'site',
    'site-load',
    'search',
    'search-client',
    'client',
    'styles',
    'content',
  ],
  integrations: ['integrations', 'domain', 'search', 'tools'],
  config: ['domain', 'integrations', 'search', 'site', 'content', 'root'],
  styles: ['styles'],
  content: [],
  tools: ['tools', 'domain', 'ingest', 'search', 'root', 'content'],
  e2e: ['e2e', 'tools', 'domain', 'site', 'search', 'search-client', 'ingest', 'content', 'root'],
  root: ['integrations', 'root', 'tools'],
};

/** Packages a layer must not import: domain does no I/O and knows nothing of Astro; browser code ships small. */
const FORBIDDEN_PACKAGES: Partial<Record<Layer, RegExp>> = {
  domain: /^(astro(:|\/|$)|@astrojs\/|node:|pagefind$)/u,
  ingest: /^(astro(:|\/|$)|@astrojs\/)/u,
  search: /^(astro(:|\/|$)|node:)/u,
  'search-client': /^(astro(:|\/|$)|@astrojs\/|node:|zod$|d3)/u,
  client: /^(astro(:|\/|$)|@astrojs\/|node:|zod$|d3)/u,
  components: /^(astro:content$|node:)/u,
};

/**
 * Browser code may use domain modules for their types only: a value import would ship the parser. Components may
 * name the loaded plan's type, never call the loader.
 */
const TYPE_ONLY: Partial<Record<Layer, readonly Layer[]>> = {
  components: ['site-load'],
  'search-client': ['domain'],
  client: ['domain'],
};

/** Text rules small and dependency-free enough to ship: the search client scans and decodes with the build's rules. */
const BROWSER_SAFE = /^src\/domain\/text\/(scan|html)\.ts$/u;

export interface ImportRef {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

export interface Violation {
  file: string;
  line: number;
  message: string;
}

export function layerOf(path: string): Layer {
  for (const [layer, prefix] of LAYERS) if (path === prefix || path.startsWith(prefix)) return layer;
  return 'root';
}

const isTest = (path: string) => path.includes('/__tests__/');

/** Static, side-effect, re-export and dynamic imports of a TypeScript, JavaScript or .astro source. */
export function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const statement = /\b(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?(['"])([^'"\n]+)\3/gu;
  for (const m of source.matchAll(statement)) {
    // `export const x = …` has no quote right after; the regex needs `from '…'` or a bare `import '…'`.
    refs.push({ specifier: m[4] ?? '', line: lineAt(m.index), typeOnly: Boolean(m[2]) });
  }
  for (const m of source.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/gu)) {
    refs.push({ specifier: m[2] ?? '', line: lineAt(m.index), typeOnly: false });
  }
  return refs;
}

/** The repository path an import points at, or null for a package. */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/u, '')));
}

/** Every rule broken by the given files ({ repository path: source }). */
export function importViolations(files: Readonly<Record<string, string>>): Violation[] {
  const violations: Violation[] = [];
  const edges = new Map<string, string[]>();
  for (const [file, source] of Object.entries(files)) {
    const layer = layerOf(file);
    const targets: string[] = [];
    for (const ref of importsOf(source)) {
      const target = resolveImport(file, ref.specifier);
      const report = (message: string) => violations.push({ file, line: ref.line, message });
      if (BROWSER_SAFE.test(file) && !ref.typeOnly) report('ships to the browser, so it imports nothing');
      if (target === null) {
        const banned = FORBIDDEN_PACKAGES[layer];
        if (banned?.test(ref.specifier) && !(isTest(file) && ref.specifier.startsWith('node:'))) {
          report(`${layer} must not import the package '${ref.specifier}'`);
        }
        continue;
      }
      if (!ref.typeOnly) targets.push(target);
      if (isTest(target) || target.startsWith('__e2e__/')) {
        if (!isTest(file) && layerOf(file) !== 'e2e') report(`imports test code ${target}`);
        continue;
      }
      if (isTest(file)) continue;
      const to = layerOf(target);
      if (!MAY_IMPORT[layer].includes(to)) report(`${layer} must not import ${to} (${target})`);
      else if (TYPE_ONLY[layer]?.includes(to) && !ref.typeOnly && !BROWSER_SAFE.test(target)) {
        report(`${layer} may import ${to} for types only (\`import type\`): ${target}`);
      }
    }
    edges.set(file, targets);
  }
  violations.push(...componentsReachingLoad(edges));
  return violations;
}

/** No component or layout loads data itself, however indirectly: pages load once and pass props. */
function componentsReachingLoad(edges: ReadonlyMap<string, readonly string[]>): Violation[] {
  const reaches = new Map<string, string | null>();
  const via = (file: string, seen: Set<string>): string | null => {
    if (reaches.has(file)) return reaches.get(file) ?? null;
    if (layerOf(file) === 'site-load') return file;
    if (seen.has(file)) return null;
    seen.add(file);
    let found: string | null = null;
    for (const next of edges.get(file) ?? []) {
      const hit = via(next, seen);
      if (hit !== null) {
        found = next === hit ? hit : `${next} → ${hit}`;
        break;
      }
    }
    reaches.set(file, found);
    return found;
  };
  const out: Violation[] = [];
  for (const file of edges.keys()) {
    if (layerOf(file) !== 'components') continue;
    const chain = via(file, new Set());
    if (chain !== null) out.push({ file, line: 1, message: `a component must not load data (reaches ${chain})` });
  }
  return out;
}
