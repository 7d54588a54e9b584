import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importsOf, importViolations, layerOf } from '../lib/import-rules.ts';

const root = new URL('../../', import.meta.url);
const SOURCE = /\.(ts|mts|mjs|js|astro)$/u;

/** Every tracked or new source file, as it is in the working tree. */
function repositorySources(): Record<string, string> {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  const files: Record<string, string> = {};
  for (const path of listed.split('\n')) {
    if (!SOURCE.test(path) || path.startsWith('content/plan/')) continue;
    try {
      files[path] = readFileSync(new URL(path, root), 'utf8');
    } catch {
      // listed but deleted in the working tree
    }
  }
  return files;
}

const format = (v: { file: string; line: number; message: string }) => `${v.file}:${v.line}: ${v.message}`;

describe('the import rules of the house', () => {
  const files = repositorySources();

  it('hold for the whole repository', () => {
    expect(Object.keys(files).length).toBeGreaterThan(100);
    expect(importViolations(files).map(format)).toEqual([]);
  });

  it('put every source file under src/ in a named layer', () => {
    const unplaced = Object.keys(files).filter((f) => f.startsWith('src/') && layerOf(f) === 'root');
    expect(unplaced).toEqual([]);
  });

  it('fail on a planted violation of each kind', () => {
    // A small clean house, then one planted file per rule: the same check that reads the repository.
    const clean = {
      'src/site/load.ts':
        "import { getCollection } from 'astro:content';\nexport const loadPlan = () => getCollection('measures');\n",
      'src/site/routes.ts': "import type { Measure } from '../domain/model.ts';\n",
      'src/components/Fine.astro':
        "---\nimport type { LoadedPlan } from '../site/load.ts';\nimport { measurePath } from '../site/routes.ts';\n---\n",
      'src/pages/index.astro':
        "---\nimport { loadPlan } from '../site/load.ts';\nimport Fine from '../components/Fine.astro';\n---\n",
      'src/search/client/query.ts': "import type { Unit } from '../../domain/model.ts';\n",
    };
    expect(importViolations(clean)).toEqual([]);
    const planted = {
      ...clean,
      'src/domain/derive/planted.ts':
        "import { loadPlan } from '../../site/load.ts';\nimport { readFileSync } from 'node:fs';\n",
      'src/components/Planted.astro': "---\nimport { primary } from '../site/planted-nav.ts';\n---\n",
      'src/site/planted-nav.ts': "import { loadPlan } from './load.ts';\nexport const primary = loadPlan;\n",
      'src/search/client/planted.ts': "import { parsePlan } from '../../domain/parse/parse-plan.ts';\n",
      'tools/planted.ts': "import x from '../src/pages/index.astro';\n",
      'src/site/planted-test-import.ts': "import { root } from '../domain/__tests__/helpers.ts';\n",
    };
    expect(importViolations(planted).map(format)).toEqual([
      'src/domain/derive/planted.ts:1: domain must not import site-load (src/site/load.ts)',
      "src/domain/derive/planted.ts:2: domain must not import the package 'node:fs'",
      'src/search/client/planted.ts:1: search-client may import domain for types only (`import type`): src/domain/parse/parse-plan.ts',
      'tools/planted.ts:1: tools must not import pages (src/pages/index.astro)',
      'src/site/planted-test-import.ts:1: imports test code src/domain/__tests__/helpers.ts',
      'src/components/Planted.astro:1: a component must not load data (reaches src/site/planted-nav.ts → src/site/load.ts)',
    ]);
  });
});

describe('importsOf', () => {
  it('reads static, type-only, side-effect, re-export and dynamic imports with their lines', () => {
    const source = [
      "import { a, type B } from './a.ts';",
      'import type { C } from "./c.ts";',
      "import './side.css';",
      'export { d } from "./d.ts";',
      'export const e = 1;',
      'const f = await import("./f.ts");',
      'import {',
      '  g,',
      "} from '../g.ts';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a.ts', line: 1, typeOnly: false },
      { specifier: './c.ts', line: 2, typeOnly: true },
      { specifier: './side.css', line: 3, typeOnly: false },
      { specifier: './d.ts', line: 4, typeOnly: false },
      { specifier: '../g.ts', line: 7, typeOnly: false },
      { specifier: './f.ts', line: 6, typeOnly: false },
    ]);
  });
});
