/**
 * Facts about the plan as a publication, built from the parsed text: issuers as schema.org organisations, the
 * GB/T 7714 reference a citer should use, the period, short descriptions. Pure functions; every word of the plan is
 * an argument.
 */
import { formatGbt7714 } from './citation.ts';
import type { OrganizationRef } from './jsonld.ts';

/**
 * A signatory as a schema.org organisation: an office of a people's government (人民政府) is a
 * GovernmentOrganization; any other office (e.g. a Party committee's) is an Organization.
 */
export function issuerRefs(signatories: readonly string[]): OrganizationRef[] {
  return signatories.map((name) => ({
    name,
    type: name.includes('人民政府') ? 'GovernmentOrganization' : 'Organization',
  }));
}

export interface PlanCitationInput {
  /** The notice's signatories, in order (the 责任者). */
  signatories: readonly string[];
  /** The plan's title (the 题名): a measure page is part of the plan, so the plan is what is cited; its URL points at the part. */
  planTitle: string;
  /** 成文日期, YYYY-MM-DD. */
  publishedISO: string;
  /** 引用日期, YYYY-MM-DD. */
  accessedISO: string;
  /** Absolute URL of the page cited. */
  url: string;
}

export function planCitation(input: PlanCitationInput): string {
  return formatGbt7714({
    authors: [...input.signatories],
    title: input.planTitle,
    publishedISO: input.publishedISO,
    accessedISO: input.accessedISO,
    url: input.url,
  });
}

/** 2023—2027年 (the dash the plan's own title uses for its period). */
export function periodText(period: { start: number; end: number }): string {
  return `${period.start}—${period.end}年`;
}

/**
 * At most `max` characters of `text` for a meta description: whole sentences (cut after 。;!?) when they fill at
 * least half of it, else whole clauses (cut at ,、) followed by …, else a hard cut with ….
 */
export function excerpt(text: string, max: number): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max - 1);
  const last = (marks: string[]) => Math.max(...marks.map((p) => head.lastIndexOf(p)));
  const sentence = last(['。', ';', '!', '?']);
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const clause = last([',', ',', '、']);
  if (clause >= max / 3) return `${head.slice(0, clause)}…`;
  return `${head}…`;
}
