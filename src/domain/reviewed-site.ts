/**
 * Hand-reviewed facts about the site that the plan's text cannot give (content/reviewed/site.json): where the text
 * was officially published, who runs this site, how to report an error. Each item says whether a person has checked
 * it (`reviewed`) or it still waits for one (`placeholder`): pages say so rather than present a placeholder as fact.
 */
import { z } from 'zod';
import { SourceError } from './errors.ts';
import { jsonLines, parseJsonText, type JsonLines } from './reviewed.ts';

export const REVIEWED_SITE_FILE = 'content/reviewed/site.json';

const status = z.enum(['reviewed', 'placeholder']);
const httpUrl = z.url({ protocol: /^https?$/u });

export const reviewedSiteSchema = z.object({
  officialPublication: z.object({
    /** The page on the issuing side's portal that carries the text. */
    url: httpUrl,
    /** The day it was put online, YYYY-MM-DD. */
    onlineDate: z.iso.date(),
    /** How the page names the portal: its host, until its own name has been checked. */
    portal: z.string().min(1),
    review: z.string().min(1),
  }),
  operator: z.object({ name: z.string().min(1), status, review: z.string().min(1) }),
  errorReport: z.object({
    /** Who receives reports. */
    channel: z.string().min(1),
    /** Where to send them: an http(s) or mailto: address; null while none is known. */
    url: z.union([httpUrl, z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/u), z.null()]),
    status,
    review: z.string().min(1),
  }),
});

export type ReviewedSite = z.infer<typeof reviewedSiteSchema>;

/**
 * Validate the reviewed data, naming the file and the field on error; `lines` (from the file's text) adds the line of
 * the field at fault (`file:line: field: what is wrong`).
 */
export function parseReviewedSite(data: unknown, file = REVIEWED_SITE_FILE, lines?: JsonLines): ReviewedSite {
  const result = reviewedSiteSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const detail = `${issue.path.join('.') || '(root)'}: ${issue.message}`;
    if (lines) throw new SourceError(file, lines.lineOf(issue.path), detail);
    throw new Error(`${file}: ${detail}`);
  }
  return result.data;
}

/** The reviewed data from the file's text: errors name the line of the field at fault. */
export function parseReviewedSiteText(text: string, file = REVIEWED_SITE_FILE): ReviewedSite {
  return parseReviewedSite(parseJsonText(text, file), file, jsonLines(text));
}
