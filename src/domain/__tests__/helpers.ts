/** Shared test helpers: paths of the real inputs and small loaders. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { SourceError } from '../errors.ts';
import { parseRegistry, parseRegistryText, UNITS_FILE } from '../parse/units.ts';
import { parsePlan } from '../parse/parse-plan.ts';
import { parseOverridesText, TARGET_OVERRIDES_FILE } from '../targets/targets.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const seedPath = `${root}seeds/wuzhong-income-plan-2023-2027.txt`;
export const seedText = readFileSync(seedPath, 'utf8');
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const realRegistry = () => parseRegistryText(readFileSync(`${root}${UNITS_FILE}`, 'utf8'));
export const realOverrides = () => {
  try {
    return parseOverridesText(readFileSync(`${root}${TARGET_OVERRIDES_FILE}`, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
};

/** The made-up plan of the fixtures (青山县) and its unit registry. */
export const qingshanRegistry = () =>
  parseRegistry(JSON.parse(readFileSync(fixture('qingshan-units.json'), 'utf8')), 'units.json');
export const qingshanText = readFileSync(fixture('qingshan-plan.txt'), 'utf8');

/** The message of the SourceError that `run` throws (the test fails if it throws nothing or something else). */
export function sourceErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return (e as SourceError).message;
  }
  throw new Error('expected a SourceError');
}

/** The real seed, parsed as ingest parses it. */
export const realModel = () =>
  parsePlan(seedText, { file: 'seed.txt', registry: realRegistry(), overrides: realOverrides() });

/** Every string value of a frontmatter object, in order (array items stay adjacent, as the pages show them). */
export const flatStrings = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(flatStrings)
      : v && typeof v === 'object'
        ? Object.values(v).flatMap(flatStrings)
        : [];
