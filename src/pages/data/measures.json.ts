import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../site/load.ts';
import { measuresJson } from '../../site/open-data.ts';

export const GET: APIRoute = async (context) => jsonResponse(measuresJson(await openDataInput(context)));
