/**
 * The generated content collections, once: where each one's entries live under content/plan/ and the schema every
 * entry must satisfy. `src/content.config.ts` defines the Astro collections from this table, and ingest checks each
 * file it is about to write against the same schema (`schemaOfPath`), so a text ingest accepts is a text the build
 * accepts. Pure.
 */
import type { ZodType } from 'zod';
import {
  groupSchema,
  measureSchema,
  noticeSchema,
  planInfoSchema,
  safeguardSchema,
  sectionSchema,
  targetSchema,
} from './schemas.ts';

/** A collection of MDX entries: the folder under content/plan/, the file pattern (a name or `*.mdx`), the schema. */
export interface EntryCollection {
  dir: string;
  pattern: string;
  schema: ZodType;
}

export const PLAN_ENTRY_COLLECTIONS = {
  notice: { dir: 'document', pattern: 'notice.mdx', schema: noticeSchema },
  planInfo: { dir: 'document', pattern: 'plan.mdx', schema: planInfoSchema },
  sections: { dir: 'sections', pattern: '*.mdx', schema: sectionSchema },
  groups: { dir: 'groups', pattern: '*.mdx', schema: groupSchema },
  measures: { dir: 'measures', pattern: '*.mdx', schema: measureSchema },
  safeguards: { dir: 'safeguards', pattern: '*.mdx', schema: safeguardSchema },
} as const satisfies Record<string, EntryCollection>;

/** The data file of the targets collection: a JSON array of records. */
export const PLAN_TARGETS = { file: 'targets.json', schema: targetSchema } as const;

/** The names at the top of content/plan/: all ingest ever writes there. */
export const PLAN_OUTPUT_NAMES: readonly string[] = [
  ...new Set([...Object.values(PLAN_ENTRY_COLLECTIONS).map((c) => c.dir), PLAN_TARGETS.file]),
];

/** The schema a file of content/plan/ (path relative to it, `/`-separated) must satisfy; for targets.json, a record's. */
export function schemaOfPath(path: string): { schema: ZodType; array: boolean } | null {
  if (path === PLAN_TARGETS.file) return { schema: PLAN_TARGETS.schema, array: true };
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash);
  const name = path.slice(slash + 1);
  const c = Object.values(PLAN_ENTRY_COLLECTIONS).find(
    (x: EntryCollection) =>
      x.dir === dir && (x.pattern === name || (x.pattern === '*.mdx' && name.endsWith('.mdx') && name !== '.mdx')),
  );
  return c ? { schema: c.schema, array: false } : null;
}
