/**
 * Reviewed data for the glossary (see glossary.ts), in content/reviewed/glossary-terms.json: the ASCII anchor of every
 * term (pinyin, so /glossary/#liu-te stays readable and stable), and which quoted abbreviations are terms although
 * they carry no numeral (`abbreviation: true`). A unit test fails when the seed quotes a term that has no entry here.
 */
import { z } from 'zod';
import { parseReviewedArray } from '../reviewed.ts';

export const GLOSSARY_TERMS_FILE = 'content/reviewed/glossary-terms.json';

export const glossaryTermSchema = z
  .object({
    /** The term as the text quotes it, without the quotation marks. */
    term: z.string().min(1),
    /** Anchor id: /glossary/#<id>. An HTML id starts with a letter (num-1311). Never change one: it is a URL fragment. */
    id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'an ASCII id that starts with a letter, such as liu-te'),
    /** A quoted abbreviation of a policy name that the text uses as a term (放管服); each is quoted in the seed. */
    abbreviation: z.literal(true).optional(),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/** The reviewed glossary terms from the file's text; a term or id listed twice is an error at its entry's line. */
export function parseGlossaryTerms(text: string, file: string = GLOSSARY_TERMS_FILE): GlossaryTerm[] {
  const terms = new Set<string>();
  const ids = new Set<string>();
  return parseReviewedArray(text, file, glossaryTermSchema, (t) => {
    if (terms.has(t.term)) return `term ${t.term} is listed twice`;
    if (ids.has(t.id)) return `id ${t.id} is used twice`;
    terms.add(t.term);
    ids.add(t.id);
    return null;
  });
}
