/**
 * The search page in the browser: reads `q` and the filters from the URL, runs them against Pagefind's index
 * (/pagefind/pagefind.js, built by src/integrations/pagefind.ts) and renders the results with DOM nodes only: every
 * string from the URL, the index or the reader goes in as text. Pagefind's excerpt (HTML) is reduced to text and
 * <mark> by excerpt.ts. Submitting or changing a filter searches in place and updates the URL
 * (history.replaceState), so the address is always a shareable link to what is shown.
 */
import { excerptSegments, highlightWords } from './excerpt.ts';
import { searchAll, type PagefindApi, type PagefindResult } from './engine.ts';
import { FILTER_KEYS, type FilterKey } from '../index-fields.ts';
import { PAGEFIND_MODULE, PAGEFIND_OPTIONS } from '../options.ts';
import {
  expandQuery,
  isSearchable,
  type TermGroup,
  type Expansion,
  MAX_QUERY_CHARS,
  normalizeQuery,
  readState,
  stateToSearch,
  type SearchState,
} from './query.ts';
import type { Unit } from '../../domain/model.ts';
import type { Synonym } from '../../domain/search-synonyms.ts';

const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const notes = document.querySelector<HTMLUListElement>('[data-search-notes]');
const selects = [...document.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]');
const tips = document.querySelector<HTMLElement>('[data-search-tips]');

const baseTitle = document.title;
let pagefind: Promise<PagefindApi> | null = null;
/** Each run gets a number; a run that finds a newer one started stops touching the page. */
let latestRun = 0;

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    // A runtime URL, not a module in the bundle: the index is written after the site is built.
    const api = (await import(/* @vite-ignore */ PAGEFIND_MODULE)) as PagefindApi;
    await api.options(PAGEFIND_OPTIONS);
    return api;
  })();
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function readForm(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const select of selects) {
    const key = select.dataset.searchFilter as FilterKey;
    if (select.value) filters[key] = select.value;
  }
  return { q: normalizeQuery(input?.value ?? ''), filters };
}

function writeForm(state: SearchState): void {
  if (input) input.value = state.q;
  for (const select of selects) {
    const value = state.filters[select.dataset.searchFilter as FilterKey] ?? '';
    // A value from the URL that is not an option is ignored rather than added.
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
}

function setStatus(message: string): void {
  if (status) status.textContent = message;
}

/** Notes that say how the query was read: unit short names and everyday words, with the text's own words. */
function showNotes(expansion: Expansion | null): void {
  if (!notes) return;
  if (!expansion) {
    notes.replaceChildren();
    notes.hidden = true;
    return;
  }
  notes.replaceChildren(
    ...expansion.aliases.map((a) => el('li', undefined, `“${a.alias}”即${a.name}。`)),
    ...expansion.synonyms.map((s) =>
      el('li', undefined, `“${s.word}”在方案中写作${s.terms.map((t) => `“${t}”`).join('')}\uFF0C结果一并列出。`),
    ),
  );
  notes.hidden = notes.childElementCount === 0;
}

/** The URL of a result, only if it is a path on this site. */
function safePath(url: string): string | null {
  return /^\/(?!\/)[^\s\\]*$/u.test(url) ? url : null;
}

async function renderResult(
  result: PagefindResult,
  words: string[],
  searched: string[],
): Promise<HTMLLIElement | null> {
  const data = await result.data();
  const href = safePath(data.url);
  if (!href) return null;
  const item = el('li', 'search-result');
  const heading = el('h2', 'search-result__title');
  const link = el('a', undefined, data.meta.title || href);
  link.href = href;
  heading.append(link);
  item.append(heading);
  const facts = [data.filters.type?.[0], data.filters.group?.[0]].filter((f): f is string => Boolean(f));
  if (facts.length > 0) item.append(el('p', 'search-result__meta', facts.join(' · ')));
  const excerpt = el('p', 'search-result__excerpt');
  for (const segment of excerptSegments(data.excerpt, words, searched)) {
    excerpt.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  item.append(excerpt);
  return item;
}

/** Shows the results for `state`; `current()` turns false once a newer search has started, and this one stops. */
async function show(state: SearchState, rawLength: number, current: () => boolean): Promise<void> {
  const filterCount = Object.keys(state.filters).length;
  list?.replaceChildren();
  if (more) more.hidden = true;
  document.title = state.q ? `${state.q} - ${baseTitle}` : baseTitle;
  const expansion = expandQuery(state.q, synonyms, units, groups);
  showNotes(state.q ? expansion : null);
  if (tips) tips.hidden = true;
  if (!state.q && filterCount === 0) return setStatus('');
  if (state.q && !isSearchable(state.q)) return setStatus(`“${state.q}”中没有可以搜索的文字或数字\uFF0C请换一个词。`);
  setStatus('正在搜索…');
  const api = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [FILTER_KEYS[k as FilterKey], v]));
  const results = await searchAll(
    api,
    {
      variants: state.q ? expansion.searches : [],
      namedFilters: expansion.named ? { [FILTER_KEYS.type]: UNIT_TYPE, [FILTER_KEYS.unit]: expansion.named } : null,
      typeKey: FILTER_KEYS.type,
    },
    filters,
  );
  if (!current()) return;
  const subject = state.q ? `与“${state.q}”相关的` : '符合筛选条件的';
  const filtered = filterCount > 0 && state.q ? '\uFF08已按所选条件筛选\uFF09' : '';
  const cut = rawLength > MAX_QUERY_CHARS ? `\uFF08搜索词过长\uFF0C只用了前 ${MAX_QUERY_CHARS} 个字\uFF09` : '';
  const found = results.length === 0 ? `没有找到${subject}结果` : `找到 ${results.length} 个${subject}结果`;
  setStatus(`${found}${filtered}。${cut}`);
  // Nothing found: say what does work here (the examples come from the unit registry and the synonym list).
  if (tips) tips.hidden = results.length > 0;
  const words = highlightWords([...expansion.variants, ...expansion.aliases.flatMap((a) => a.forms)]);
  let shown = 0;
  const showMore = async (moveFocus: boolean) => {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    // Every result's data is fetched at once; each is shown as soon as it and those before it have arrived, so the
    // first result does not wait for the slowest of the ten.
    const pending = batch.map((r) => renderResult(r, words, expansion.variants));
    // A failure is reported once, where it is awaited (run() says search is unavailable), not also as unhandled.
    for (const p of pending) p.catch(() => undefined);
    let first: HTMLLIElement | null = null;
    for (const next of pending) {
      const item = await next;
      if (!current()) return;
      if (!item) continue;
      list?.append(item);
      first ??= item;
    }
    if (more) more.hidden = shown >= results.length;
    // After "more", keyboard and screen reader users land on the first new result.
    if (moveFocus) first?.querySelector('a')?.focus();
  };
  if (more) more.onclick = () => void showMore(true);
  await showMore(false);
}

/** One search: the results list is aria-busy until the newest search has rendered. */
async function run(state: SearchState, rawLength: number): Promise<void> {
  const runId = ++latestRun;
  const current = () => runId === latestRun;
  list?.setAttribute('aria-busy', 'true');
  try {
    await show(state, rawLength, current);
  } catch {
    if (current()) setStatus('搜索暂时无法使用\uFF0C请稍后再试。');
  } finally {
    if (current()) list?.removeAttribute('aria-busy');
  }
}

/** Hides page types, groups and units that no indexed page carries (the index decides, not a list in the code). */
async function pruneFilterOptions(): Promise<void> {
  const available = await (await loadPagefind()).filters();
  for (const select of selects) {
    const counts = available[FILTER_KEYS[select.dataset.searchFilter as FilterKey]] ?? {};
    for (const option of [...select.options]) {
      if (option.value && !counts[option.value] && !option.selected) option.remove();
    }
  }
}

function parseList<T>(json: string | undefined): T[] {
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

const units = parseList<Pick<Unit, 'name' | 'aliases'>>(form?.dataset.units);
const groups = parseList<TermGroup>(form?.dataset.groups);
const synonyms = parseList<Pick<Synonym, 'words' | 'terms'>>(form?.dataset.synonyms);
/** The page type of unit pages (index-fields.ts SEARCH_PAGE_TYPE.unit), read from the form so it is written once. */
const UNIT_TYPE = form?.dataset.unitType ?? '';

if (form && input && status && list) {
  document.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  const params = new URLSearchParams(window.location.search);
  const initial = readState(params);
  writeForm(initial);
  const searchNow = () => {
    const state = readForm();
    history.replaceState(null, '', `${window.location.pathname}${stateToSearch(state)}`);
    void run(state, Array.from(input.value.trim()).length);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  for (const select of selects) select.addEventListener('change', searchNow);
  // Start loading Pagefind (script, WebAssembly, index metadata) as soon as the reader heads for the box, so the
  // first query waits only for its own words' index chunks; preload those while the reader types.
  const warm = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('pointerenter', warm, { once: true });
  let preloadTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloadTimer);
    const q = normalizeQuery(input.value);
    if (!isSearchable(q)) return;
    preloadTimer = setTimeout(() => {
      void loadPagefind()
        .then((api) => api.preload?.(q))
        .catch(() => undefined);
    }, 150);
  });
  // Filters: open on wide screens and whenever one is set; closed on a phone so results start on the first screen.
  if (filterBox && (Object.keys(initial.filters).length > 0 || window.matchMedia('(min-width: 48em)').matches))
    filterBox.open = true;
  // The filter lists are pruned to what the index holds only when the reader looks at them (not on the first query).
  const prune = () => void pruneFilterOptions().catch(() => undefined);
  if (filterBox?.open) window.addEventListener('load', () => setTimeout(prune, 1000), { once: true });
  else filterBox?.addEventListener('toggle', prune, { once: true });
  void run(readForm(), Array.from((params.get('q') ?? '').trim()).length);
}
