/**
 * Adapters from the loaded collections (src/site/load.ts) to the pure helpers, shared by the reading pages: the
 * as-issued document input, the plan's JSON-LD, the plan's citation facts.
 */
import type { LoadedPlan } from './load.ts';
import type { SectionRole } from '../domain/model.ts';
import { absoluteUrl } from './meta/citation.ts';
import { governmentPublicationLd, type JsonLdObject } from './meta/jsonld.ts';
import { mdxParagraphs } from '../domain/text/mdx-text.ts';
import { basisDocument, excerpt, issuerRefs, ownDocumentNumber, type CitedDocument } from './meta/plan-meta.ts';
import type { PlanDocInput } from './views/plan-doc.ts';
import { HOME_PATH, PLAN_PATH, measurePath } from './routes.ts';

export function sectionByRole(plan: Pick<LoadedPlan, 'sections'>, role: Exclude<SectionRole, 'other'>) {
  const entry = plan.sections.find((s) => s.data.role === role);
  if (!entry) throw new Error(`the plan has no ${role} section`);
  return entry;
}

export function planDocInput(plan: LoadedPlan): PlanDocInput {
  const { notice, planInfo } = plan;
  return {
    notice: { ...notice.data, body: mdxParagraphs(notice.body) },
    plan: { title: planInfo.data.title, preamble: mdxParagraphs(planInfo.body) },
    sections: plan.sections.map((s) => ({ ...s.data, paragraphs: mdxParagraphs(s.body) })),
    groups: plan.groups.map((g) => ({ ...g.data, paragraphs: mdxParagraphs(g.body) })),
    measures: plan.measures.map((m) => m.data),
    safeguards: plan.safeguards.map((s) => ({ ...s.data, paragraphs: mdxParagraphs(s.body) })),
    measureHref: measurePath,
  };
}

/** The overall goal (总体目标) as plain text. */
export const goalText = (plan: Pick<LoadedPlan, 'sections'>) =>
  mdxParagraphs(sectionByRole(plan, 'goal').body).join('');

/**
 * The plan as a schema.org CreativeWork, identified by its full-text page; part of the site named `siteName`, and
 * named as the site is (吴忠市《…》, src/site/site.ts `siteTitle`), with its title as issued and the notice's title as
 * other names. `officialUrl`: the official publication the text is taken from (content/reviewed/site.json).
 */
export function planLd(plan: LoadedPlan, site: URL, siteName: string, officialUrl: string): JsonLdObject {
  const { notice, planInfo } = plan;
  return governmentPublicationLd({
    name: siteName,
    alternateName: [planInfo.data.title, notice.data.title],
    url: absoluteUrl(site, PLAN_PATH),
    datePublished: notice.data.date,
    issuers: issuerRefs(notice.data.signatories),
    description: excerpt(goalText(plan), 150),
    isPartOf: { name: siteName, url: absoluteUrl(site, HOME_PATH) },
    isBasedOn: officialUrl,
    hasPart: plan.measures.map((m) => ({
      name: m.data.title,
      url: absoluteUrl(site, measurePath(m.data.number)),
      position: m.data.number,
    })),
  });
}

/**
 * The plan's basis as its preamble cites it (宁党办〔2022〕80号) and the notice's own 发文字号, or null where the text
 * gives none, both read from the parsed text.
 */
export function documentNumbers(plan: Pick<LoadedPlan, 'notice' | 'planInfo'>): {
  basis: CitedDocument | null;
  own: string | null;
} {
  const basis = basisDocument(mdxParagraphs(plan.planInfo.body).join(''));
  const { title, addressees } = plan.notice.data;
  return { basis, own: ownDocumentNumber([title, addressees, ...mdxParagraphs(plan.notice.body)], basis) };
}
