import type { APIRoute } from 'astro';
import { openDataInput } from '../../site/load.ts';
import { targetsCsv } from '../../site/open-data.ts';

export const GET: APIRoute = async (context) =>
  new Response(targetsCsv(await openDataInput(context)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
