/**
 * The search page in the browser: reads q, side and paper from the URL, loads /data/search.json once, and
 * lists every matching event PAGE at a time ("show more" until the count is exhausted). Filter changes and
 * new queries are written back to the URL, so a search can be linked and Back steps through searches.
 */
import { indexRecords, search, type IndexedRecord } from '../../lib/search/engine';
import { parseQuery, type AliasGroup } from '../../lib/search/query';
import type { SearchData, SearchRecord } from '../../lib/search/records';
import {
  EMPTY_VIEW,
  SIDE_KINDS,
  parseViewState,
  serializeViewState,
  type SideKindParam,
  type ViewState,
} from '../../lib/view-state';
import { renderResult, type SearchStrings } from './render';
import { assetPath } from '../../lib/urls';
import { fetchJson } from '../fetch-json';

const PAGE = 20;

interface Loaded {
  index: IndexedRecord[];
  aliases: AliasGroup[];
}

function start(root: HTMLElement) {
  const strings = JSON.parse(root.querySelector('[data-search-strings]')!.textContent!) as SearchStrings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const shownNote = root.querySelector<HTMLElement>('[data-search-shown]')!;
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  root.querySelector('[data-search-noscript]')?.setAttribute('hidden', '');
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];

  let loading: Promise<Loaded> | null = null;
  const load = () =>
    (loading ??= fetchJson<SearchData>(assetPath('data/search.json')).then((data) => {
      const started = performance.now();
      const index = indexRecords(data.events);
      // Exposed for the benchmark and the tests: how long folding every event took.
      root.dataset.indexMs = (performance.now() - started).toFixed(1);
      return { index, aliases: data.aliases };
    }));

  let hits: SearchRecord[] = [];
  let shown = 0;
  let query = parseQuery('');

  function stateFromForm(): ViewState {
    const sides = boxes('side')
      .filter((b) => b.checked)
      .map((b) => b.value as SideKindParam);
    return {
      ...EMPTY_VIEW,
      text: input.value.trim(),
      sides: sides.length === SIDE_KINDS.length ? [] : sides,
      papers: boxes('paper')
        .filter((b) => b.checked)
        .map((b) => b.value),
    };
  }

  function showState(state: ViewState) {
    input.value = state.text;
    for (const box of boxes('side'))
      box.checked = state.sides.length === 0 || state.sides.includes(box.value as SideKindParam);
    for (const box of boxes('paper')) box.checked = state.papers.includes(box.value);
  }

  function showMore() {
    const next = hits.slice(shown, shown + PAGE);
    list.append(...next.map((record) => renderResult(record, query, strings)));
    shown += next.length;
    const left = hits.length - shown;
    more.hidden = left === 0;
    more.textContent = strings.more.replace('{count}', String(Math.min(PAGE, left))).replace('{left}', String(left));
    shownNote.textContent =
      hits.length > PAGE ? strings.shown.replace('{shown}', String(shown)).replace('{count}', String(hits.length)) : '';
    return next.length;
  }

  async function run(state: ViewState) {
    list.replaceChildren();
    more.hidden = true;
    shownNote.textContent = '';
    delete list.dataset.done;
    for (const count of form.querySelectorAll<HTMLElement>('[data-count]')) count.textContent = '';
    if (!state.text) {
      status.textContent = '';
      list.dataset.done = 'true';
      return;
    }
    status.textContent = strings.loading;
    let loaded: Loaded;
    try {
      loaded = await load();
    } catch {
      loading = null;
      status.textContent = strings.failed;
      return;
    }
    const started = performance.now();
    query = parseQuery(state.text, loaded.aliases);
    const result = search(loaded.index, query, { sides: state.sides, papers: state.papers });
    list.dataset.queryMs = (performance.now() - started).toFixed(1);
    for (const count of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [facet, value] = count.dataset.count!.split(':') as ['sides' | 'papers', string];
      count.textContent = `(${result.counts[facet].get(value) ?? 0})`;
    }
    hits = result.hits;
    shown = 0;
    const counted = (hits.length ? strings.results : strings.none)
      .replace('{count}', String(hits.length))
      .replace('{query}', state.text);
    status.textContent =
      hits.length < result.matched
        ? `${counted} ${strings.beforeFilters.replace('{count}', String(hits.length)).replace('{matched}', String(result.matched))}`
        : counted;
    status.dataset.count = String(hits.length);
    showMore();
    list.dataset.done = 'true';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = stateFromForm();
    history.pushState(null, '', `?${serializeViewState(state)}`);
    void run(state);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    const state = stateFromForm();
    history.replaceState(null, '', `?${serializeViewState(state)}`);
    void run(state);
  });
  more.addEventListener('click', () => {
    const first = shown;
    if (showMore() > 0) list.children[first]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    const state = parseViewState(location.search);
    showState(state);
    void run(state);
  });

  const initial = parseViewState(location.search);
  showState(initial);
  // The filters work only with this script: shown now; open beside the results on wide screens, or when the link sets one.
  filters.hidden = false;
  if (matchMedia('(min-width: 62rem)').matches || initial.sides.length || initial.papers.length) filters.open = true;
  void run(initial);
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) start(root);
