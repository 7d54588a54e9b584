/**
 * Site-wide values derived from the parsed plan: the site title, primary navigation, footer facts. Labels that are
 * the plan's own words (section titles) come from the collections; the rest are UI chrome.
 */
import type { LoadedPlan } from './load.ts';
import type { NavItem } from './nav.ts';
import { industriesName, selectIndustries } from '../domain/derive/industry-data.ts';
import { industryWords } from './reviewed.ts';
import { issuingCity, siteName } from './meta/plan-meta.ts';

/**
 * The site's name, used in every <title>, og:site_name, the JSON-LD WebSite and the short citation: the plan's title
 * with the issuing city the notice header names (吴忠市委办公室 → 吴忠市《全市…方案(2023—2027年)》).
 */
export function siteTitle(plan: Pick<LoadedPlan, 'planInfo' | 'notice'>): string {
  const { issuers, signatories } = plan.notice.data;
  return siteName(issuingCity([...issuers, ...signatories]), plan.planInfo.data.title);
}

/** The 六特 page's nav label is the text's own name for the industries (“六特”产业 → 六特产业). */
function industriesNav(plan: Pick<LoadedPlan, 'measures' | 'targets'>): NavItem {
  const data = selectIndustries(
    plan.measures.map((m) => m.data),
    plan.targets,
    industryWords,
  );
  return { label: industriesName(data), href: '/industries/' };
}

export function primaryNav(plan: Pick<LoadedPlan, 'sections' | 'measures' | 'targets'>): NavItem[] {
  const section = (role: string) => plan.sections.find((s) => s.data.role === role)?.data.title;
  const tasks = section('tasks');
  const safeguards = section('safeguards');
  return [
    { label: '首页', href: '/' },
    { label: '方案全文', href: '/plan/' },
    ...(tasks ? [{ label: tasks, href: '/groups/' }] : []),
    ...(safeguards ? [{ label: safeguards, href: '/safeguards/' }] : []),
    { label: '责任单位', href: '/departments/' },
    { label: '目标指标', href: '/targets/' },
    industriesNav(plan),
    { label: '与我有关', href: '/for/' },
    { label: '术语', href: '/glossary/' },
  ];
}
