/** The reviewed site facts (content/reviewed/site.json), validated once per build. */
import data from '../../content/reviewed/site.json' with { type: 'json' };
import { parseReviewedSite, type ReviewedSite } from '../domain/reviewed-site.ts';

export const reviewedSite: ReviewedSite = parseReviewedSite(data);
