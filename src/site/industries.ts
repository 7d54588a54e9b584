/** The 六特 charts from the collections: the one place pages and components get them (through `loadPlan`). */
import { loadPlan } from './load.ts';
import { industryCharts } from './views/industry-charts.ts';

export async function loadIndustryCharts() {
  const plan = await loadPlan();
  const measures = plan.measures.map((m) => m.data);
  return { plan, measures, charts: industryCharts(measures, plan.targets) };
}
