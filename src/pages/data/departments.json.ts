import type { APIRoute } from 'astro';
import { jsonResponse, openDataInput } from '../../site/load.ts';
import { departmentsJson } from '../../site/open-data.ts';

export const GET: APIRoute = async (context) => jsonResponse(departmentsJson(await openDataInput(context)));
