/** Shared test helpers: paths of the real inputs and small loaders. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRegistry } from '../parse/units.ts';
import { parsePlan } from '../parse/parse-plan.ts';
import { parseOverrides } from '../targets/targets.ts';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const seedPath = `${root}seeds/wuzhong-income-plan-2023-2027.txt`;
export const seedText = readFileSync(seedPath, 'utf8');
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const realRegistry = () =>
  parseRegistry(JSON.parse(readFileSync(`${root}content/units.json`, 'utf8')), 'content/units.json');
const overridesPath = `${root}content/target-overrides.json`;
export const realOverrides = () => {
  try {
    return parseOverrides(JSON.parse(readFileSync(overridesPath, 'utf8')), 'content/target-overrides.json');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
};

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
