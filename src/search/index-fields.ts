/**
 * What a page tells the search index about itself, and the pure helpers that compute it. Pages pass a `PageSearch`
 * to PlanLayout (`search` prop); the layout turns it, plus the page's own rendered text, into Pagefind filters and
 * index-only metadata with `indexFields()`, and emits them outside the indexed body so none of it can leak into an
 * excerpt. No Astro, no I/O.
 */
import type { Unit } from '../domain/model.ts';
import type { Synonym } from '../domain/search-synonyms.ts';

/**
 * Page types by the role of the page, in the order the filter lists them. UI labels (a filter value shown to
 * readers), not plan text.
 */
export const SEARCH_PAGE_TYPE = {
  measure: '措施',
  unit: '单位',
  targets: '目标',
  forResidents: '与我有关',
  /** One of the plan's task groups: src/site/labels.ts GROUP_WORD (kept equal by a unit test). */
  group: '方面',
  safeguards: '保障',
  industries: '行业',
  glossary: '术语',
  fullText: '全文',
} as const;
export type SearchPageType = (typeof SEARCH_PAGE_TYPE)[keyof typeof SEARCH_PAGE_TYPE];
/** The page types in filter order. */
export const SEARCH_PAGE_TYPES: readonly SearchPageType[] = Object.values(SEARCH_PAGE_TYPE);

/** Pagefind filter keys (`data-pagefind-filter`), also the /search/ query parameters that select them. */
export const FILTER_KEYS = { type: 'type', group: 'group', unit: 'unit' } as const;
export type FilterKey = keyof typeof FILTER_KEYS;

/**
 * Index-only metadata keys (`data-pagefind-meta`). Pagefind searches metadata but never puts it in an excerpt; the
 * search options weight `aliases` far above `unitAliases`, so a unit's own page outranks the measures that list it.
 */
export const META_KEYS = {
  /** The page's own other names (a unit page: the unit's registry aliases). */
  aliases: 'aliases',
  /** Other names of the units the page lists (a measure: its responsible units). */
  unitAliases: 'unit_aliases',
  /** Everyday words whose plan terms occur in the page's text (content/reviewed/search-synonyms.json). */
  terms: 'terms',
} as const;

/** What a page passes to the layout as `search`. Every field but `type` is optional. */
export interface PageSearch {
  type: SearchPageType;
  /** Task groups the page belongs to: each becomes a `group` filter value (see `groupLabel`). */
  groups?: readonly GroupLike[];
  /** Units the page lists or is about: each unit's `name` becomes a `unit` filter value, its aliases index-only terms. */
  units?: readonly Unit[];
  /** The page's own other names (index-only, ranked strongly). A unit page passes its registry aliases. */
  aliases?: readonly string[];
  /** Pagefind weight of the page's indexed words (0–10, default `DEFAULT_WEIGHTS[type]` or 1). */
  weight?: number;
}

export interface GroupLike {
  marker: string;
  title: string;
}

/**
 * Pages that gather text published on its own page elsewhere (a unit's measures, a group's measures, the targets,
 * the whole text) weigh a tenth (the glossary, which quotes definitions, a third), so the page a passage belongs to — the measure — ranks first for its words. Pages
 * whose text is their own (措施, 保障) weigh 1. A unit page is still found first by its names: those are
 * metadata, which this weight does not touch.
 */
export const DEFAULT_WEIGHTS: Partial<Record<SearchPageType, number>> = {
  单位: 0.1,
  目标: 0.1,
  与我有关: 0.1,
  方面: 0.1,
  行业: 0.1,
  全文: 0.1,
  术语: 0.3,
};

/**
 * Weight of a measure's list of responsible units (the list that ends its text, and the linked list below it): a
 * measure ranks for a topic word by what it says, not by a unit name that contains the word (市财政局 for 财政).
 */
export const UNIT_LIST_WEIGHT = 0.2;

/** The `group` filter value: marker and title as the text writes them, e.g. (一)保持经济稳定增长,夯实居民增收基础. */
export const groupLabel = (g: GroupLike): string => `${g.marker}${g.title}`;

/** The fields the layout emits: filter values by key, metadata values by key, and the body's weight. */
export interface IndexFields {
  filters: { key: string; values: string[] }[];
  meta: { key: string; value: string }[];
  weight: number;
}

const unique = (items: Iterable<string>): string[] => [...new Set([...items].filter((s) => s.length > 0))];

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * An index-only word as the index must hold it to be found. Pagefind splits the page's text with its own Chinese
 * segmenter when indexing, but the reader's query with the browser's `Intl.Segmenter` (人社局 → 人 社 局), and a
 * query word must match an indexed word. A short name like 人社局 is in neither dictionary, so the two splits
 * differ and it would not be found: the word is indexed as written and also split as `Intl.Segmenter` splits it
 * (the same ICU data as the browser's).
 */
export function indexForms(word: string): string {
  const split = [...wordSegmenter.segment(word)].filter((s) => s.isWordLike).map((s) => s.segment);
  return split.length > 1 ? `${word} ${split.join(' ')}` : word;
}

/** A unit's other names (its registry aliases; its `name` is already on the page). */
export const unitAliases = (units: readonly Unit[]): string[] => unique(units.flatMap((u) => u.aliases));

/** The everyday words whose plan terms occur in `text`. */
export function synonymWords(text: string, synonyms: readonly Synonym[]): string[] {
  return unique(synonyms.filter((s) => s.terms.some((t) => text.includes(t))).flatMap((s) => s.words));
}

/**
 * The filters and index-only metadata for a page. `text` is the page's indexed text, `synonyms` the reviewed list
 * (the page is found by the everyday words whose plan terms its text holds). Names are
 * indexed even where the text has them: Pagefind's split of the text can hide a name inside it (市民政局 splits as
 * 市民 + 政局, so 民政局 would not be found).
 */
export function indexFields(search: PageSearch | undefined, text: string, synonyms: readonly Synonym[]): IndexFields {
  if (!search) return { filters: [], meta: synonymMeta(text, synonyms), weight: 1 };
  const groups = unique((search.groups ?? []).map(groupLabel));
  const units = unique((search.units ?? []).map((u) => u.name));
  const own = unique(search.aliases ?? []);
  const ofUnits = unitAliases(search.units ?? []).filter((a) => !own.includes(a));
  const meta = [
    { key: META_KEYS.aliases, value: own.map(indexForms).join(' ') },
    { key: META_KEYS.unitAliases, value: ofUnits.map(indexForms).join(' ') },
  ].filter((m) => m.value.length > 0);
  const weight = search.weight ?? DEFAULT_WEIGHTS[search.type] ?? 1;
  if (!(weight >= 0 && weight <= 10)) throw new Error(`search weight must be within 0–10, got ${weight}`);
  return {
    filters: [
      { key: FILTER_KEYS.type, values: [search.type] },
      { key: FILTER_KEYS.group, values: groups },
      { key: FILTER_KEYS.unit, values: units },
    ].filter((f) => f.values.length > 0),
    meta: [...meta, ...synonymMeta(text, synonyms)],
    weight,
  };
}

function synonymMeta(text: string, synonyms: readonly Synonym[]): IndexFields['meta'] {
  const words = synonymWords(text, synonyms).map(indexForms);
  return words.length > 0 ? [{ key: META_KEYS.terms, value: words.join(' ') }] : [];
}

// ---- What each kind of page passes (one-liners for the pages) --------------------------------------------------

interface MeasureLike {
  group: number;
  units: readonly { id: string }[];
}

const byIds = (ids: readonly string[], registry: readonly Unit[]): Unit[] =>
  ids.map((id) => {
    const unit = registry.find((u) => u.id === id);
    if (!unit) throw new Error(`search: unit id "${id}" is not in the registry`);
    return unit;
  });

/** /measures/N/: type 措施, its task group, its responsible units (so 人社局 finds every measure 人社局 is named on). */
export function measureSearch(
  measure: MeasureLike,
  groups: readonly (GroupLike & { number: number })[],
  registry: readonly Unit[],
): PageSearch {
  const group = groups.find((g) => g.number === measure.group);
  if (!group) throw new Error(`search: task group ${measure.group} not found`);
  return {
    type: SEARCH_PAGE_TYPE.measure,
    groups: [group],
    units: byIds(unique(measure.units.map((u) => u.id)), registry),
  };
}

/** /departments/<id>/: type 单位, the unit as filter value, its registry aliases as its own other names. */
export function unitSearch(unit: Unit): PageSearch {
  return { type: SEARCH_PAGE_TYPE.unit, units: [unit], aliases: unit.aliases };
}

/** /groups/N/: type 方面 and the group as filter value. */
export function groupSearch(group: GroupLike): PageSearch {
  return { type: SEARCH_PAGE_TYPE.group, groups: [group] };
}
