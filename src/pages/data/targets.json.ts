import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../site/load.ts';
import { targetsJson } from '../../site/open-data.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(targetsJson(await openDataInput(site)));
