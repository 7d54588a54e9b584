/**
 * 与我有关: the groups of people the plan names, and which of its sentences speak about each.
 *
 * `RESIDENT_GROUPS` is a REVIEWED term list: each group is identified only by words the plan itself uses (a unit test
 * proves every term occurs in the seed). Code, not hand-picking, decides which sentences belong to a group:
 * every measure paragraph is split into sentences (on 。) and matched against all terms of all groups at once,
 * leftmost-longest and without overlap, so 农民工 counts for 农民工 and not also for 农民. The 责任单位 lists are not
 * paragraphs and are never matched (退役军人事务局 is a unit, not a veteran). Pure: no Astro, no I/O.
 */
import { paragraphSentences, sentenceContains, type Sentence } from './sentences.ts';

export interface ResidentGroup {
  /** ASCII slug: the page is /for/<id>/. Never rename one. */
  id: string;
  /** UI label (chrome): a plain name for the group, built from the text's own words. */
  label: string;
  /** Words of the plan that name this group. A term may appear in one group only. */
  terms: readonly string[];
}

export const RESIDENT_GROUPS: readonly ResidentGroup[] = [
  { id: 'graduates', label: '高校毕业生', terms: ['高校毕业生', '毕业生', '大学生'] },
  { id: 'rural-workers', label: '农民工和农村劳动力', terms: ['农民工', '农村劳动力', '农村转移劳动力', '务工'] },
  { id: 'veterans', label: '退役军人', terms: ['退役军人'] },
  { id: 'disabled-people', label: '残疾人', terms: ['残疾人', '残疾人员'] },
  {
    id: 'low-income-families',
    label: '低保、特困和困难群众',
    terms: ['低保', '特困', '困难群众', '困难群体', '困难人员', '城市贫困家庭', '零就业家庭', '救助对象'],
  },
  { id: 'farmers', label: '农民', terms: ['农民', '农村居民', '农户'] },
  {
    id: 'entrepreneurs',
    label: '创业者和小微企业',
    terms: ['创业', '小微企业', '小型微型企业', '中小企业', '个体工商户', '小老板'],
  },
  {
    id: 'workers',
    label: '企业职工和劳动者',
    terms: ['职工', '劳动者', '新业态从业人员', '家政服务人员', '劳务派遣人员', '灵活就业', '新就业形态人员'],
  },
  { id: 'retirees', label: '退休人员和养老金领取人员', terms: ['退休人员', '养老金'] },
  { id: 'teachers-medical-staff', label: '教师和医务人员', terms: ['教师', '医务人员'] },
  { id: 'public-employees', label: '公务员和事业单位人员', terms: ['公务员', '事业单位'] },
  { id: 'skilled-talent', label: '技能人才和科研人员', terms: ['人才', '技师', '科研人员', '专业技术人员'] },
  {
    id: 'poverty-alleviation',
    label: '脱贫人口和防返贫监测对象',
    terms: ['脱贫人口', '脱贫群众', '脱贫不稳定', '边缘易致贫', '突发严重困难', '三类群体'],
  },
  { id: 'relocated-residents', label: '易地搬迁移民', terms: ['移民'] },
  { id: 'new-urban-residents', label: '新市民', terms: ['新市民'] },
];

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
    for (const term of g.terms) {
      if (!term) throw new Error(`resident group ${g.id}: empty term`);
      const other = index.get(term);
      if (other) throw new Error(`term ${term} is listed in both ${other} and ${g.id}`);
      index.set(term, g.id);
    }
  }
  return index;
}

/**
 * Every occurrence of every term, scanning left to right and taking the longest term that starts at each position;
 * a match consumes its characters, so hits never overlap.
 */
export function findTermHits(text: string, groups: readonly ResidentGroup[] = RESIDENT_GROUPS): TermHit[] {
  const index = termIndex(groups);
  const terms = [...index.keys()].sort((a, b) => b.length - a.length);
  const hits: TermHit[] = [];
  for (let i = 0; i < text.length;) {
    const term = terms.find((t) => text.startsWith(t, i));
    if (!term) {
      i++;
      continue;
    }
    hits.push({ group: index.get(term)!, term, start: i, end: i + term.length });
    i += term.length;
  }
  return hits;
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
  kind: 'target' | 'standard';
}

export interface GroupSentence<T extends TargetRef = TargetRef> {
  measure: number;
  sentence: Sentence;
  /** This group's hits, offsets relative to the sentence text. */
  hits: TermHit[];
  /** Quantified commitments whose clause lies inside the sentence, in text order. */
  targets: T[];
}

export interface GroupMatches<T extends TargetRef = TargetRef> {
  group: ResidentGroup;
  sentences: GroupSentence<T>[];
  /** Numbers of the measures with at least one sentence, ascending. */
  measures: number[];
  /** The `standard` records (what a person or firm can get) inside the group's sentences. */
  standards: T[];
  /** The group's terms that occur, in list order. */
  termsFound: string[];
}

/** Apply the term list to every sentence of every measure; one entry per group, in list order. */
export function matchResidentGroups<T extends TargetRef>(
  measures: readonly MeasureText[],
  targets: readonly T[],
  groups: readonly ResidentGroup[] = RESIDENT_GROUPS,
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
  return groups.map((group) => {
    const sentences = byGroup.get(group.id)!;
    const found = new Set(sentences.flatMap((s) => s.hits.map((h) => h.term)));
    return {
      group,
      sentences,
      measures: [...new Set(sentences.map((s) => s.measure))],
      standards: sentences.flatMap((s) => s.targets.filter((t) => t.kind === 'standard')),
      termsFound: group.terms.filter((t) => found.has(t)),
    };
  });
}
