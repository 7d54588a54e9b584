import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../site/load.ts';
import { measuresJson } from '../../site/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(measuresJson(await openDataInput(site)));
