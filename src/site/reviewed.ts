/**
 * The reviewed data of content/reviewed/ that the build uses, each file read once and validated against its schema
 * (src/domain): the one place the site side loads it. Files come in as text (Vite's `?raw`), so an error names the
 * file and the line of the entry at fault. The unit registry is a content collection (src/content.config.ts); ingest
 * reads the registry and the target overrides itself (src/ingest/ingest.ts).
 */
import glossaryTermsText from '../../content/reviewed/glossary-terms.json?raw';
import industryWordsText from '../../content/reviewed/industry-words.json?raw';
import residentGroupsText from '../../content/reviewed/resident-groups.json?raw';
import searchSynonymsText from '../../content/reviewed/search-synonyms.json?raw';
import siteText from '../../content/reviewed/site.json?raw';
import sourceNotesText from '../../content/reviewed/source-notes.json?raw';
import { parseGlossaryTerms, type GlossaryTerm } from '../domain/derive/glossary-terms.ts';
import { parseIndustryWords, type IndustryWords } from '../domain/derive/industry-data.ts';
import { parseResidentGroups, type ResidentGroup } from '../domain/derive/resident-groups.ts';
import { parseSourceNotes, SOURCE_NOTES_FILE, type SourceNote } from '../domain/derive/source-notes.ts';
import { parseReviewedSiteText, type ReviewedSite } from '../domain/reviewed-site.ts';
import { parseSearchSynonyms, type Synonym } from '../domain/search-synonyms.ts';

/** Where the text was published, who runs the site, how to report an error (content/reviewed/site.json). */
export const reviewedSite: ReviewedSite = parseReviewedSiteText(siteText);

/** The groups of residents of 与我有关 (content/reviewed/resident-groups.json). */
export const residentGroups: readonly ResidentGroup[] = parseResidentGroups(residentGroupsText);

/** Everyday words → the plan's words, for search (content/reviewed/search-synonyms.json). */
export const searchSynonyms: readonly Synonym[] = parseSearchSynonyms(searchSynonymsText);

/** The glossary's reviewed ids and abbreviations (content/reviewed/glossary-terms.json). */
export const glossaryTerms: readonly GlossaryTerm[] = parseGlossaryTerms(glossaryTermsText);

/** The word choices of the 六特 rules (content/reviewed/industry-words.json). */
export const industryWords: IndustryWords = parseIndustryWords(industryWordsText);

/** The notes on the source's oddities, each checked against its measure's text (a stale note fails the build). */
export const sourceNotes = (measures: readonly { number: number; paragraphs: readonly string[] }[]): SourceNote[] =>
  parseSourceNotes(sourceNotesText, SOURCE_NOTES_FILE, measures);
