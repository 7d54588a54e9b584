/**
 * The I/O around the pure parser: read the seed and the reviewed data ingest needs (content/reviewed/units.json,
 * target-overrides.json, source-notes.json, glossary-terms.json; this is the one place ingest reads them); write content/plan/ atomically, or check that
 * it is current. Every failure is a `SourceError` (`file:line: message`) and leaves content/plan/ untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentFiles, type ContentFiles } from './content-files.ts';
import { SourceError, UsageError } from '../domain/errors.ts';
import { PLAN_OUTPUT_NAMES } from '../domain/plan-collections.ts';
import { decodeSource } from '../domain/parse/parse-document.ts';
import { parsePlan } from '../domain/parse/parse-plan.ts';
import { parseRegistryText, UNITS_FILE } from '../domain/parse/units.ts';
import { parseOverridesText, TARGET_OVERRIDES_FILE } from '../domain/targets/targets.ts';
import { parseSourceNotes, SOURCE_NOTES_FILE, type SourceNote } from '../domain/derive/source-notes.ts';
import { GLOSSARY_TERMS_FILE, parseGlossaryTerms } from '../domain/derive/glossary-terms.ts';
import type { PlanModel } from '../domain/model.ts';

export interface IngestPaths {
  seed: string;
  registry: string;
  overrides: string;
  /** Reviewed notes on the text's oddities, marked after their words in the measure text. */
  sourceNotes: string;
  /** Reviewed glossary choices: which quoted words are terms, and their ids. */
  glossaryTerms: string;
  /** The generated directory, e.g. content/plan. */
  out: string;
}

export const defaultPaths = (root: string): IngestPaths => ({
  seed: join(root, 'seeds', 'wuzhong-income-plan-2023-2027.txt'),
  registry: join(root, UNITS_FILE),
  overrides: join(root, TARGET_OVERRIDES_FILE),
  sourceNotes: join(root, SOURCE_NOTES_FILE),
  glossaryTerms: join(root, GLOSSARY_TERMS_FILE),
  out: join(root, 'content', 'plan'),
});

/** The bytes of an input file; a missing or unreadable file is a `file:1` error, not a crash. */
function readInput(file: string, shown: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SourceError(
      shown,
      1,
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : `cannot be read (${code ?? (e as Error).message})`,
    );
  }
}

/** The text of an input file, decoded as UTF-8 (a BOM dropped); errors name the file as shown. */
const readText = (file: string, shown: string): string => decodeSource(readInput(file, shown), shown);

/** Paths inside the project are shown relative to it (as editors link them); others in full. */
const shownFrom = (root: string) => (p: string) => (relative(root, p).startsWith('..') ? p : relative(root, p));

/** Parse everything; paths in messages are relative to the project root. */
export function loadModel(paths: IngestPaths, root = process.cwd()): PlanModel {
  const show = shownFrom(root);
  const registry = parseRegistryText(readText(paths.registry, show(paths.registry)), show(paths.registry));
  const overrides = existsSync(paths.overrides)
    ? parseOverridesText(readText(paths.overrides, show(paths.overrides)), show(paths.overrides))
    : [];
  const seedName = show(paths.seed);
  const text = readText(paths.seed, seedName);
  return parsePlan(text, { file: seedName, registry, overrides });
}

/** The reviewed source notes; a note whose words are not in its measure is an error at the note's line. */
function loadNotes(paths: IngestPaths, model: PlanModel, root: string): SourceNote[] {
  const shown = shownFrom(root)(paths.sourceNotes);
  const measures = model.plan.measures.map((m) => ({ number: m.number, paragraphs: m.paragraphs.map((p) => p.text) }));
  return parseSourceNotes(readText(paths.sourceNotes, shown), shown, measures);
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p, base) : [relative(base, p).split('\\').join('/')];
  });
}

/** Paths (relative to `out`) whose content differs from what ingest would write, including extra and missing files. */
export function staleFiles(files: ContentFiles, out: string): string[] {
  const present = new Set(listFiles(out));
  const stale = [...files]
    .filter(([p, text]) => !present.has(p) || readFileSync(join(out, p), 'utf8') !== text)
    .map(([p]) => p);
  const extra = [...present].filter((p) => !files.has(p));
  return [...stale, ...extra].sort();
}

/**
 * Write into a sibling temp dir, then swap it in: a reader never sees a half-written content/plan/. If writing fails
 * (disk full, no permission), the temp dir is removed and the old output stays as it was.
 */
export function writeAtomically(files: ContentFiles, out: string): void {
  const tmp = `${out}.tmp-${process.pid}`;
  const old = `${out}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [p, text] of files) {
      const target = join(tmp, p);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new SourceError(out, 1, `cannot write the output: ${(e as Error).message}; nothing was changed`);
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
}

export interface IngestResult {
  model: PlanModel;
  files: ContentFiles;
  stale: string[];
}

/**
 * The output directory must be a directory ingest may replace: missing, empty, or holding only what ingest writes
 * (document/, sections/, groups/, measures/, safeguards/, targets.json). Anything else means `--out` names some other
 * directory, whose contents a write would delete. `replacing`: about to write (else only compared).
 */
export function checkOutputDir(out: string, shown: string, replacing: boolean): void {
  let stat;
  try {
    stat = statSync(out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR')
      throw new UsageError(`${shown}: a part of this path is a file, not a directory; give --out a directory`);
    throw new UsageError(`${shown}: cannot be read (${code ?? (e as Error).message})`);
  }
  if (!stat.isDirectory())
    throw new UsageError(
      `${shown} is a file, not a directory; give --out the directory to write the plan's content to`,
    );
  if (!replacing) return;
  const foreign = readdirSync(out).filter((name) => !PLAN_OUTPUT_NAMES.includes(name));
  if (foreign.length)
    throw new UsageError(
      `${shown} holds ${foreign
        .slice(0, 3)
        .map((n) => `"${n}"`)
        .join(
          ', ',
        )}${foreign.length > 3 ? ', …' : ''}, which ingest does not write: it is not an ingest output, and writing would delete it — give --out an empty or new directory (nothing was written)`,
    );
}

/** Parse and either write (`check: false`) or only compare (`check: true`). Throws SourceError on bad input. */
export function ingest(paths: IngestPaths, { check = false, root = process.cwd() } = {}): IngestResult {
  const model = loadModel(paths, root);
  const show = shownFrom(root);
  const glossaryTerms = parseGlossaryTerms(
    readText(paths.glossaryTerms, show(paths.glossaryTerms)),
    show(paths.glossaryTerms),
  );
  const files = contentFiles(model, { sourceNotes: loadNotes(paths, model, root), glossaryTerms });
  checkOutputDir(paths.out, show(paths.out), false);
  const stale = staleFiles(files, paths.out);
  if (!check && stale.length) {
    checkOutputDir(paths.out, show(paths.out), true);
    writeAtomically(files, paths.out);
  }
  return { model, files, stale };
}
