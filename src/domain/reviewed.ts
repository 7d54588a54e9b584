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

/** Where every value of a (valid) JSON text starts. Strings never hold a raw line break in JSON, so lines are exact. */
export function jsonLines(text: string): JsonLines {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = () => {
    while (i < text.length && /[\s\uFEFF]/u.test(text[i]!)) if (text[i++] === '\n') line++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PropertyKey[]) => {
    space();
    lines.set(pathKey(path), line);
    const open = text[i];
    if (open === '"') string();
    else if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      i++;
      space();
      for (let index = 0; i < text.length && text[i] !== close; index++) {
        let key: PropertyKey = index;
        if (open === '{') {
          key = string();
          space();
          i++; // the colon
        }
        value([...path, key]);
        space();
        if (text[i] === ',') i++;
        space();
      }
      i++;
    } else while (i < text.length && !/[\s,\]}]/u.test(text[i]!)) i++;
  };
  value([]);
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

/** 1-based line of each top-level entry of a JSON array. */
export function entryLines(text: string): number[] {
  const data: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
  const lines = jsonLines(text);
  return Array.isArray(data) ? data.map((_, i) => lines.lineOf([i])) : [];
}

/** The value of a JSON text (a leading BOM is allowed); bad JSON is an error at the line where parsing stopped. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
  } catch (e) {
    // JSON.parse names a position; turn it into a line for the editor.
    const pos = /position (\d+)/u.exec(String(e))?.[1];
    const bom = text.startsWith('\uFEFF') ? 1 : 0;
    const line = pos === undefined ? 1 : text.slice(0, Number(pos) + bom).split('\n').length;
    throw new SourceError(file, line, `not valid JSON: ${(e as Error).message}`);
  }
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
