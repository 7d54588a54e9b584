import type { APIRoute } from 'astro';
import { openDataInput } from '../../data/plan.ts';
import { targetsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(targetsCsv(await openDataInput(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
