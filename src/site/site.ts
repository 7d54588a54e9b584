/**
 * Site-wide values derived from the parsed plan: the site title, primary navigation, footer facts. Labels that are
 * the plan's own words (section titles) come from the collections; the rest are UI chrome.
 */
import type { LoadedPlan } from './load.ts';
import type { NavItem } from './nav.ts';
import { issuingCity, siteName } from './meta/plan-meta.ts';
import { PAGE_LABEL } from './labels.ts';
import { sectionByRole } from './plan-pages.ts';
import {
  DEPARTMENTS_PATH,
  FOR_PATH,
  GLOSSARY_PATH,
  GROUPS_PATH,
  HOME_PATH,
  INDUSTRIES_PATH,
  PLAN_PATH,
  SAFEGUARDS_PATH,
  TARGETS_PATH,
} from './routes.ts';

/**
 * The site's name, used in every <title>, og:site_name, the JSON-LD WebSite and the short citation: the plan's title
 * with the issuing city the notice header names (吴忠市委办公室 → 吴忠市《全市…方案(2023—2027年)》).
 */
export function siteTitle(plan: Pick<LoadedPlan, 'planInfo' | 'notice'>): string {
  const { issuers, signatories } = plan.notice.data;
  return siteName(issuingCity([...issuers, ...signatories]), plan.planInfo.data.title);
}

/**
 * `industriesName`: the 六特 page's nav label, the text's own name for the industries (“六特”产业 → 六特产业), as
 * `industryCharts(…).name` gives it.
 */
export function primaryNav(plan: Pick<LoadedPlan, 'sections'>, industriesName: string): NavItem[] {
  const page = (href: keyof typeof PAGE_LABEL) => ({ label: PAGE_LABEL[href], href });
  return [
    page(HOME_PATH),
    page(PLAN_PATH),
    { label: sectionByRole(plan, 'tasks').data.title, href: GROUPS_PATH },
    { label: sectionByRole(plan, 'safeguards').data.title, href: SAFEGUARDS_PATH },
    page(DEPARTMENTS_PATH),
    page(TARGETS_PATH),
    { label: industriesName, href: INDUSTRIES_PATH },
    page(FOR_PATH),
    page(GLOSSARY_PATH),
  ];
}
