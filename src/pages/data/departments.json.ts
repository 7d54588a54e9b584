import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../data/plan.ts';
import { departmentsJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(departmentsJson(await openDataInput(site)));
