import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../site/load.ts';
import { targetsJson } from '../../site/open-data.ts';

export const GET: APIRoute = async (context) => jsonResponse(targetsJson(await openDataInput(context)));
