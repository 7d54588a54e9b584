/**
 * Reviewed data (content/reviewed/*.json): hand-checked facts the text cannot give, each file JSON with a zod schema.
 * Callers pass the file's text (this folder does no I/O), so errors can name the file and the line of the entry or
 * field at fault: `file:line: what is wrong`.
 */
import type { z } from 'zod';
import { SourceError } from './errors.ts';

/** A path into a JSON value: object keys and array indexes, as zod reports them. */
export type JsonPath = readonly PropertyKey[];

/** 1-based line where each value of a JSON text starts, by path; `lineOf` falls back to the nearest known parent. */
export interface JsonLines {
  lineOf(path: JsonPath): number;
}

const pathKey = (path: JsonPath) => JSON.stringify(path.map(String));

/** A JSON string, but for the control characters it may not hold raw (checked apart: see `token`). */
const STRING = /"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/uy;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
const LITERAL = /true|false|null/uy;

interface JsonScan {
  /** Line of each value, by `pathKey`. */
  lines: Map<string, number>;
  /** The first place the text is not JSON, if any. */
  error: { line: number; message: string } | null;
}

/**
 * One pass over a JSON text by the JSON grammar: where each value starts, or the first place it breaks the grammar
 * (JSON.parse does not always say where). A leading BOM is allowed.
 */
function scanJson(text: string): JsonScan {
  const lines = new Map<string, number>();
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let line = 1;
  class Stop extends Error {}
  const fail = (): never => {
    const ch = text[i];
    throw new Stop(ch === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(ch)}`);
  };
  const space = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) if (text[i++] === '\n') line++;
  };
  const token = (re: RegExp): string => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) return fail();
    for (let k = 0; k < m[0].length; k++) {
      if (m[0].charCodeAt(k) < 0x20) {
        i += k;
        return fail();
      }
    }
    i += m[0].length;
    return m[0];
  };
  const expect = (ch: string) => {
    space();
    if (text[i] !== ch) fail();
    i++;
  };
  const value = (path: PropertyKey[]) => {
    space();
    lines.set(pathKey(path), line);
    const open = text[i];
    if (open === '"') token(STRING);
    else if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      space();
      if (text[i] === close) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        let key: PropertyKey = index;
        if (open === '{') {
          space();
          if (text[i] !== '"') fail();
          key = JSON.parse(token(STRING)) as string;
          expect(':');
        }
        value([...path, key]);
        space();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fail();
      }
    } else if (open === '-' || (open !== undefined && open >= '0' && open <= '9')) token(NUMBER);
    else token(LITERAL);
  };
  try {
    value([]);
    space();
    if (i < text.length) fail();
    return { lines, error: null };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { lines, error: { line, message: e.message } };
  }
}

/** Where every value of a JSON text starts (for a text that is not JSON, the values before the fault). */
export function jsonLines(text: string): JsonLines {
  const { lines } = scanJson(text);
  return {
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const found = lines.get(pathKey(path.slice(0, n)));
        if (found !== undefined) return found;
      }
      return 1;
    },
  };
}

/** 1-based line of each top-level entry of a JSON array (none for any other value). */
export function entryLines(text: string): number[] {
  const { lines } = scanJson(text);
  const out: number[] = [];
  for (let i = 0; lines.has(pathKey([i])); i++) out.push(lines.get(pathKey([i]))!);
  return out;
}

/** The value of a JSON text (a leading BOM is allowed); bad JSON is an error at the line where it breaks. */
export function parseJsonText(text: string, file: string): unknown {
  const { error } = scanJson(text);
  if (error) throw new SourceError(file, error.line, `not valid JSON: ${error.message}`);
  return JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
}

/** A zod error as one line: each issue's path (`whole` when it concerns the whole value) and message. */
export const describeIssues = (error: z.ZodError, whole = '(entry)') =>
  error.issues.map((x) => `${x.path.join('.') || whole}: ${x.message}`).join('; ');

/** Parse and validate a reviewed array; `check` may return a message for one entry (given its index). */
export function parseReviewedArray<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check: (entry: z.infer<S>, index: number) => string | null = () => null,
): z.infer<S>[] {
  const data = parseJsonText(text, file);
  if (!Array.isArray(data)) throw new SourceError(file, 1, 'expected a JSON array of entries');
  const lines = jsonLines(text);
  return data.map((entry: unknown, i) => {
    const line = lines.lineOf([i]);
    const parsed = schema.safeParse(entry);
    if (!parsed.success) throw new SourceError(file, line, `entry [${i}]: ${describeIssues(parsed.error)}`);
    const problem = check(parsed.data, i);
    if (problem) throw new SourceError(file, line, problem);
    return parsed.data;
  });
}
