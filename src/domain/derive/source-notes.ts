/**
 * Oddities of the source text — typos the site shows exactly as written — with a reviewed note each
 * (content/reviewed/source-notes.json). The text is never corrected: ingest puts a mark after the words that points to
 * the note ("原文如此", src/ingest/plan-marks.ts, rendered by src/components/SourceNote.astro). Pure: callers pass
 * the file's text (src/ingest/ingest.ts and src/site/reviewed.ts load it).
 */
import { z } from 'zod';
import { parseReviewedArray } from '../reviewed.ts';

export const SOURCE_NOTES_FILE = 'content/reviewed/source-notes.json';

export const sourceNoteSchema = z
  .object({
    /** The measure whose text holds the words. */
    measure: z.number().int().positive(),
    /** The words exactly as the text writes them. */
    text: z.string().min(1),
    /** What is odd about them, starting 原文如此. */
    note: z.string().min(1),
  })
  .strict();

export type SourceNote = z.infer<typeof sourceNoteSchema>;

/**
 * The notes from the file's text; with `measures`, each note's words must occur in its measure (a stale note is an
 * error at its own line).
 */
export function parseSourceNotes(
  text: string,
  file: string = SOURCE_NOTES_FILE,
  measures?: readonly { number: number; paragraphs: readonly string[] }[],
): SourceNote[] {
  return parseReviewedArray(text, file, sourceNoteSchema, (n) => {
    if (!measures) return null;
    const m = measures.find((x) => x.number === n.measure);
    if (!m) return `measure ${n.measure} does not exist`;
    return m.paragraphs.some((p) => p.includes(n.text)) ? null : `“${n.text}” does not occur in measure ${n.measure}`;
  });
}

/**
 * Anchor ids of the notes on their measure pages, numbered within each measure (source-note-18-1, -18-2…), so a
 * note added for another measure never moves an existing anchor.
 */
export function sourceNoteIds(notes: readonly Pick<SourceNote, 'measure'>[]): string[] {
  const seen = new Map<number, number>();
  return notes.map((n) => {
    const k = (seen.get(n.measure) ?? 0) + 1;
    seen.set(n.measure, k);
    return `source-note-${n.measure}-${k}`;
  });
}
