/**
 * Facts about the plan as a publication, built from the parsed text: issuers as schema.org organisations, the
 * GB/T 7714 reference a citer should use, the period, short descriptions. Pure functions; every word of the plan is
 * an argument.
 */
import { LIST_COMMA, PART_END, pieceStart } from '../../domain/text/split.ts';
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
  // The offset of the last boundary in head, or -1 (the splitter is width-blind: full-width marks count too).
  const last = (boundaries: string) => pieceStart(head, head.length, boundaries) - 1;
  const sentence = last(PART_END);
  if (sentence >= max / 2) return head.slice(0, sentence + 1);
  const clause = last(`,${LIST_COMMA}`);
  if (clause >= max / 3) return `${head.slice(0, clause)}…`;
  return `${head}…`;
}

/**
 * The city that issues the plan, read from the first issuing body as the notice header writes it
 * (吴忠市委办公室 → 吴忠市), or from a signatory (中共吴忠市委员会办公室, 吴忠市人民政府办公室). Null when no body
 * names a city: the caller then has no place name to add and must not invent one.
 */
export function issuingCity(bodies: readonly string[]): string | null {
  for (const body of bodies) {
    const m = /^(?:中共)?(\p{Script=Han}{1,8}?市)(?:委|人民政府|政府)/u.exec(body.trim());
    if (m) return m[1]!;
  }
  return null;
}

/**
 * The site's name: the plan's title as the text gives it, prefixed with the issuing city so a search result or a
 * browser tab says whose plan it is (吴忠市《全市居民收入提升行动实施方案(2023—2027年)》). Without a city the name is
 * the plain title, as it is when the title already names the city.
 */
export function siteName(city: string | null, planTitle: string): string {
  const title = planTitle.trim();
  if (title.length === 0) throw new Error('planTitle must not be empty');
  const bare = title.startsWith('《') && title.endsWith('》') ? title.slice(1, -1) : title;
  // A title that already names the city (青山市农民增收三年行动方案) needs no prefix.
  return city && !bare.startsWith(city) ? `${city}《${bare}》` : title;
}

/** A 发文字号 (document number), e.g. 宁党办〔2022〕80号: issuer code, year in 〔〕 (or [] / ()), serial, 号. */
const DOC_NUMBER = /\p{Script=Han}{1,12}[\u3014[(\uFF08\uFF3B]\d{4}[\u3015\])\uFF09\uFF3D]\d{1,4}号/u;

export interface CitedDocument {
  /** The cited document's title without its book-title marks, as the text writes it. */
  title: string;
  /** Its 发文字号 as the text writes it. */
  number: string;
}

/**
 * The document a preamble names as its basis: `根据《title》(number)` — the first book title after 根据 that is
 * followed by a bracketed 发文字号. Null when the preamble cites none.
 */
export function basisDocument(preamble: string): CitedDocument | null {
  const at = preamble.indexOf('根据');
  if (at < 0) return null;
  const open = preamble.indexOf('《', at);
  if (open < 0) return null;
  // Titles may nest a title in <> or 〈〉; the outer 》 is the first one after the last inner mark.
  const close = preamble.indexOf('》', open + 1);
  if (close < 0) return null;
  const after = preamble.slice(close + 1);
  const m = new RegExp(`^\\s*[(\\uFF08]\\s*(${DOC_NUMBER.source})\\s*[)\\uFF09]`, 'u').exec(after);
  if (!m) return null;
  return { title: preamble.slice(open + 1, close), number: m[1]! };
}

/**
 * The notice's own 发文字号, if its text carries one: a document number that is not the one its plan cites as basis.
 * Null when the text has none (the site then says so rather than invent one).
 */
export function ownDocumentNumber(noticeLines: readonly string[], basis: CitedDocument | null): string | null {
  for (const line of noticeLines) {
    const m = DOC_NUMBER.exec(line);
    if (m && m[0] !== basis?.number) return m[0];
  }
  return null;
}
