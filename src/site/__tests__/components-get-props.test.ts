/**
 * Components and layouts render what the page hands them: none reads the collections itself (src/site/load.ts,
 * astro:content), so a page's inputs are all visible in the page. The lead's import-rule test covers the folders
 * as a whole; this one names the rule of issue 15 directly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../domain/__tests__/helpers.ts';

const LOADS =
  /from\s+['"](?:[./]*\/site\/load(?:\.ts)?|astro:content)['"]|\bload(?:Plan|Site)\s*\(|\bgetCollection\s*\(/u;

/** Doc comments may name the loaders (“pass `loadSite().glossary`”); only code counts. */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/^\s*\/\/.*$/gmu, '');

const sources = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/u.test(f))
    .map((f) => ({ file: `${dir}/${f}`, text: withoutComments(readFileSync(join(root, dir, f), 'utf8')) }));

describe('components get their data as props', () => {
  const files = [...sources('src/components'), ...sources('src/layouts')];
  it('reads the component and layout sources', () => expect(files.length).toBeGreaterThan(20));
  it('none imports src/site/load.ts or astro:content, or calls loadPlan/loadSite/getCollection', () => {
    expect(files.filter((f) => LOADS.test(f.text)).map((f) => f.file)).toEqual([]);
  });
  it('the check catches a planted violation', () => {
    expect(LOADS.test("import { loadPlan } from '../site/load.ts';")).toBe(true);
    expect(LOADS.test("import type { LoadedPlan } from '../../site/load';")).toBe(true);
    expect(LOADS.test('const plan = await loadSite();')).toBe(true);
    expect(LOADS.test("import { getCollection } from 'astro:content';")).toBe(true);
    expect(LOADS.test("import { glossaryPath } from '../domain/derive/glossary.ts';")).toBe(false);
  });
});
