import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../data/plan.ts';
import { targetsJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(targetsJson(await openDataInput(site)));
