import type { APIRoute } from 'astro';
import { jsonResponse, loadPlan, openDataInput } from '../../site/load.ts';
import { dataPackage } from '../../site/open-data-docs.ts';

export const GET: APIRoute = async (context) => {
  const [{ planInfo }, input] = await Promise.all([loadPlan(), openDataInput(context)]);
  return jsonResponse(dataPackage(input.site, planInfo.data.title));
};
