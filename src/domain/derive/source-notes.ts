/**
 * Oddities of the source text — typos the site shows exactly as written — with a reviewed note each
 * (content/reviewed/source-notes.json). The text is never corrected: a mark after the words points to the note
 * ("原文如此"). The mark is a link whose visible words CSS draws and whose name is an aria-label, so the page's text
 * stays the document's text. Pure: callers pass the file's text (src/site/reviewed.ts loads it).
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

/** Anchor id of a note on its measure page. */
export const sourceNoteId = (n: Pick<SourceNote, 'measure'>, i: number) => `source-note-${n.measure}-${i + 1}`;

const escapeAttr = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/**
 * Put a mark after each noted word in rendered HTML (text outside tags only; inside a link the mark goes after the
 * link, never nested in it). `notes` are the notes of the measure being rendered, with their anchor ids.
 */
export function markSourceNotesInHtml(
  html: string,
  notes: readonly { text: string; note: string; id: string }[],
): string {
  if (notes.length === 0) return html;
  const mark = (n: { note: string; id: string }) =>
    `<a class="source-note-mark" href="#${escapeAttr(n.id)}" aria-label="${escapeAttr(n.note)}"></a>`;
  let inLink = 0;
  let pending = '';
  return html
    .split(/(<[^>]*>)/u)
    .map((chunk) => {
      if (chunk.startsWith('<')) {
        if (/^<a[\s>]/iu.test(chunk)) inLink++;
        else if (/^<\/a\s*>/iu.test(chunk)) {
          inLink = Math.max(0, inLink - 1);
          if (inLink === 0 && pending) {
            const out = chunk + pending;
            pending = '';
            return out;
          }
        }
        return chunk;
      }
      let out = chunk;
      for (const n of notes) {
        if (!chunk.includes(n.text)) continue;
        if (inLink > 0) pending += mark(n);
        else out = out.split(n.text).join(`${n.text}${mark(n)}`);
      }
      return out;
    })
    .join('');
}
