/**
 * Reviewed data (content/reviewed/*.json): hand-checked facts the text cannot give, each file a JSON array of entries
 * with a zod schema. Errors name the file and the line of the entry at fault: `file:line: what is wrong`.
 */
import type { z } from 'zod';
import { SourceError } from './errors.ts';

/** 1-based line of each top-level entry of a JSON array (strings skipped). */
export function entryLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return lines;
}

/** Parse and validate a reviewed array; `check` may throw a message for one entry (given its index). */
export function parseReviewedArray<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check: (entry: z.infer<S>, index: number) => string | null = () => null,
): z.infer<S>[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/u.exec(String(e))?.[1];
    throw new SourceError(
      file,
      pos === undefined ? 1 : text.slice(0, Number(pos)).split('\n').length,
      'not valid JSON',
    );
  }
  if (!Array.isArray(data)) throw new SourceError(file, 1, 'expected a JSON array of entries');
  const lines = entryLines(text);
  return data.map((entry: unknown, i) => {
    const line = lines[i] ?? 1;
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'}: ${x.message}`).join('; ');
      throw new SourceError(file, line, `entry [${i}]: ${detail}`);
    }
    const problem = check(parsed.data, i);
    if (problem) throw new SourceError(file, line, problem);
    return parsed.data;
  });
}
