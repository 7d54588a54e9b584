import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../data/plan.ts';
import { measuresJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(measuresJson(await openDataInput(site)));
