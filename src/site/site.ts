/**
 * Site-wide values derived from the parsed plan: the site title, primary navigation, footer facts. Labels that are
 * the plan's own words (section titles) come from the collections; the rest are UI chrome.
 */
import type { LoadedPlan } from './load.ts';
import type { NavItem } from './nav.ts';
import type { SectionRole } from '../domain/model.ts';
import { issuingCity, siteName } from './meta/plan-meta.ts';
import { HOME_LABEL } from './labels.ts';
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
  const section = (role: SectionRole) => plan.sections.find((s) => s.data.role === role)?.data.title;
  const tasks = section('tasks');
  const safeguards = section('safeguards');
  return [
    { label: HOME_LABEL, href: HOME_PATH },
    { label: '方案全文', href: PLAN_PATH },
    ...(tasks ? [{ label: tasks, href: GROUPS_PATH }] : []),
    ...(safeguards ? [{ label: safeguards, href: SAFEGUARDS_PATH }] : []),
    { label: '责任单位', href: DEPARTMENTS_PATH },
    { label: '目标指标', href: TARGETS_PATH },
    { label: industriesName, href: INDUSTRIES_PATH },
    { label: '与我有关', href: FOR_PATH },
    { label: '术语', href: GLOSSARY_PATH },
  ];
}
