/**
 * 与我有关: the groups of people the plan addresses, which of its sentences speak about each, and what each group
 * receives by the recipient the text names.
 *
 * The groups are REVIEWED data (content/reviewed/resident-groups.json, schema below): each is identified only by words
 * the plan itself uses — `terms` name the people, `benefits` name something only that group receives (粮食直补 is a
 * farmer's; 失业保险 a job seeker's). Code, not hand-picking, decides which sentences belong to a group: every measure
 * paragraph is split into sentences (on 。) and matched against all words of all groups at once, leftmost-longest and
 * without overlap, so 农民工 counts for 农民工 and not also for 农民. The 责任单位 lists are never matched.
 *
 * A standard belongs to a group only when its recipient (as the text names it) holds one of the group's terms, or its
 * benefit holds one of the group's benefit words; a standard in a group's sentences that goes to someone else is shown
 * with its recipient, never as the group's own. Pure: callers pass the file's text (src/site/reviewed.ts loads it).
 */
import { z } from 'zod';
import { parseReviewedArray } from '../reviewed.ts';
import type { TargetKind } from '../model.ts';
import { paragraphSentences, sentenceContains, type Sentence } from '../text/sentences.ts';
import { dictionary, scan } from '../text/scan.ts';

export const RESIDENT_GROUPS_FILE = 'content/reviewed/resident-groups.json';

export const residentGroupSchema = z
  .object({
    /** ASCII slug: the page is /for/<id>/. Never rename one. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an ASCII slug such as rural-workers'),
    /** UI label: a plain name for the group, built from the text's own words. */
    label: z.string().min(1),
    /** Words of the plan that name these people. */
    terms: z.array(z.string().min(1)).min(1),
    /** Words of the plan that name a benefit or service only this group receives. */
    benefits: z.array(z.string().min(1)).optional(),
  })
  .strict();

export type ResidentGroup = z.infer<typeof residentGroupSchema>;

/**
 * The reviewed groups from the file's text: `file:line: what is wrong` for bad JSON, a bad entry (the line of that
 * entry), a duplicate id or a word listed twice.
 */
export function parseResidentGroups(text: string, file: string = RESIDENT_GROUPS_FILE): ResidentGroup[] {
  const ids = new Set<string>();
  const words = new Map<string, string>();
  return parseReviewedArray(text, file, residentGroupSchema, (g) => {
    if (ids.has(g.id)) return `group id ${g.id} is used twice`;
    ids.add(g.id);
    for (const w of [...g.terms, ...(g.benefits ?? [])]) {
      const other = words.get(w);
      if (other) return `word ${w} is listed in both ${other} and ${g.id}`;
      words.set(w, g.id);
    }
    return null;
  });
}

export interface TermHit {
  group: string;
  term: string;
  /** Offsets in the text that was searched. */
  start: number;
  end: number;
}

/** Term → group id, refusing a term listed twice (it would make the matching ambiguous). */
function termIndex(groups: readonly ResidentGroup[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const g of groups) {
    for (const term of [...g.terms, ...(g.benefits ?? [])]) {
      if (!term) throw new Error(`resident group ${g.id}: empty term`);
      const other = index.get(term);
      if (other) throw new Error(`term ${term} is listed in both ${other} and ${g.id}`);
      index.set(term, g.id);
    }
  }
  return index;
}

/** Every occurrence of every term, longest terms first; hits never overlap (the longest-match scanner, scan.ts). */
export function findTermHits(text: string, groups: readonly ResidentGroup[]): TermHit[] {
  return scan(text, dictionary(termIndex(groups))).map(({ value, word, start, end }) => ({
    group: value,
    term: word,
    start,
    end,
  }));
}

export interface MeasureText {
  number: number;
  title: string;
  paragraphs: readonly string[];
}

export interface TargetRef {
  id: string;
  measure: number;
  paragraph: number;
  start: number;
  end: number;
  kind: TargetKind;
  indicator: string;
  recipient: string | null;
}

export interface GroupSentence<T extends TargetRef = TargetRef> {
  measure: number;
  sentence: Sentence;
  /** This group's hits, offsets relative to the sentence text. */
  hits: TermHit[];
  /** The numbers of the text whose clause lies inside the sentence, in text order. */
  targets: T[];
}

export interface GroupMatches<T extends TargetRef = TargetRef> {
  group: ResidentGroup;
  sentences: GroupSentence<T>[];
  /** Numbers of the measures with at least one sentence, ascending. */
  measures: number[];
  /** Standards this group receives: the recipient names one of its terms, or the benefit one of its benefit words. */
  standards: T[];
  /** Conditions that decide whether someone of this group qualifies (kind `eligibility`, recipient names the group). */
  conditions: T[];
  /** Standards in the group's sentences that the text gives to someone else (their `recipient` says whom). */
  others: T[];
  /** The group's words that occur, in list order. */
  termsFound: string[];
}

/** The groups a record is for: by its recipient's words, or by its benefit's words (benefit lists only). */
export function recipientGroups(
  t: Pick<TargetRef, 'recipient' | 'indicator'>,
  groups: readonly ResidentGroup[],
): string[] {
  const byRecipient = t.recipient ? findTermHits(t.recipient, groups).map((h) => h.group) : [];
  const byBenefit = findTermHits(t.indicator, groups)
    .filter((h) => groups.find((g) => g.id === h.group)?.benefits?.includes(h.term))
    .map((h) => h.group);
  return [...new Set([...byRecipient, ...byBenefit])];
}

/** Apply the word lists to every sentence of every measure; one entry per group, in list order. */
export function matchResidentGroups<T extends TargetRef>(
  measures: readonly MeasureText[],
  targets: readonly T[],
  groups: readonly ResidentGroup[],
): GroupMatches<T>[] {
  const byGroup = new Map(groups.map((g) => [g.id, [] as GroupSentence<T>[]]));
  for (const m of [...measures].sort((a, b) => a.number - b.number)) {
    const own = targets
      .filter((t) => t.measure === m.number)
      .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    for (const sentence of paragraphSentences(m.paragraphs)) {
      const hits = findTermHits(sentence.text, groups);
      for (const g of new Set(hits.map((h) => h.group))) {
        byGroup.get(g)!.push({
          measure: m.number,
          sentence,
          hits: hits.filter((h) => h.group === g),
          targets: own.filter((t) => sentenceContains(sentence, t)),
        });
      }
    }
  }
  const textOrder = (a: T, b: T) => a.measure - b.measure || a.paragraph - b.paragraph || a.start - b.start;
  return groups.map((group) => {
    const sentences = byGroup.get(group.id)!;
    const found = new Set(sentences.flatMap((s) => s.hits.map((h) => h.term)));
    const forGroup = (t: T) => recipientGroups(t, groups).includes(group.id);
    const inSentences = sentences.flatMap((s) => s.targets);
    return {
      group,
      sentences,
      measures: [...new Set(sentences.map((s) => s.measure))],
      standards: targets.filter((t) => t.kind === 'standard' && forGroup(t)).sort(textOrder),
      conditions: targets.filter((t) => t.kind === 'eligibility' && forGroup(t)).sort(textOrder),
      others: inSentences.filter((t) => t.kind === 'standard' && !forGroup(t)),
      termsFound: [...group.terms, ...(group.benefits ?? [])].filter((t) => found.has(t)),
    };
  });
}
