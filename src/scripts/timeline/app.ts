/**
 * The interactive timeline island: wires the pure modules (view state, filters, window items) to the DOM
 * and to vis-timeline. vis-timeline is imported dynamically (it touches `navigator` at import and is large),
 * after the server-rendered chronology has painted and has already been filtered.
 */
import { parseViewState, serializeViewState, sameFilters, SIDE_KINDS, type SideKindParam, type ViewState } from '../../lib/view-state';
import { filterEvents, visibleSides, FACETS, type Facet, type FilterResult } from '../../lib/filter';
import { buildWindowIndex, endOf, itemsForWindow, DAY_MS, type TimelineItem, type WindowIndex } from '../../lib/timeline-items';
import { DEFAULT_WINDOW, TIMELINE_BOUNDS } from '../../lib/phases';
import type { TimelineData, TimelineDatum } from '../../lib/timeline-data';
import type { DataGroup, DataItem, Timeline } from 'vis-timeline';
import type { DataSet } from 'vis-data';
import type { MomentInput } from 'moment';
import { applyToChronology } from './chronology-filter';
import { renderDetail, type DetailStrings } from './detail-panel';

interface Strings extends DetailStrings {
  lanes: Record<SideKindParam, string>;
  resultCount: string;
  position: string;
  bucket: string;
  bucketOne: string;
  loading: string;
  failed: string;
}

/** Items drawn at most: above this, the window shows counts per period instead (see timeline-items.ts). */
const MAX_ITEMS = 220;
const FACET_PARAM: Record<Facet, string> = { sides: 'side', papers: 'paper', works: 'work', themes: 'theme', people: 'person' };

/** What the island hands vis-timeline: its item plus the fields the template and data attributes read. */
interface VisItem extends DataItem {
  id: string;
  side: SideKindParam;
  lane?: SideKindParam;
  label?: string;
  count?: number;
  bucket?: 'true';
  eventId?: string;
  'event-id'?: string;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function start(root: HTMLElement) {
  const strings = JSON.parse(root.querySelector<HTMLScriptElement>('script[data-strings]')!.textContent!) as Strings;
  const form = root.querySelector<HTMLFormElement>('form[data-filters]')!;
  const canvas = root.querySelector<HTMLElement>('[data-timeline]')!;
  const panel = root.querySelector<HTMLElement>('[data-detail]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const resultCount = root.querySelector<HTMLElement>('[data-result-count]')!;
  const chronology = document.querySelector<HTMLElement>('#chronology') ?? document.body;
  const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
  const languageBase = languageSwitch ? languageSwitch.getAttribute('href')!.split('?')[0]! : null;
  const presentLink = root.querySelector<HTMLAnchorElement>('[data-present-link]');
  const presentBase = presentLink ? presentLink.getAttribute('href')!.split('?')[0]! : null;

  let state: ViewState = parseViewState(location.search);
  let data: TimelineData | null = null;
  let byId = new Map<string, TimelineDatum>();
  let index: WindowIndex<TimelineDatum> | null = null;
  let result: FilterResult | null = null;
  let visible = new Set<string>();
  let ordered: TimelineDatum[] = [];
  let timeline: Timeline | null = null;
  let items: DataSet<VisItem> | null = null;
  let groups: DataSet<DataGroup> | null = null;

  root.querySelector<HTMLElement>('.timeline-ui')!.hidden = false;
  root.querySelector<HTMLElement>('[data-timeline-fallback]')!.hidden = true;

  function readForm(): ViewState {
    const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const sides = values('side') as SideKindParam[];
    return {
      ...state,
      sides: sides.length === SIDE_KINDS.length ? [] : sides,
      papers: values('paper'),
      works: values('work'),
      themes: values('theme'),
      people: values('person'),
      text: form.querySelector<HTMLInputElement>('input[name="q"]')!.value.trim(),
    };
  }

  function writeForm() {
    const selected: Record<string, string[]> = { side: state.sides.length ? state.sides : [...SIDE_KINDS], paper: state.papers, work: state.works, theme: state.themes, person: state.people };
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = selected[input.name]?.includes(input.value) ?? false;
    form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.text;
  }

  function updateUrl(mode: 'push' | 'replace') {
    const query = serializeViewState(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}#timeline`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    if (languageSwitch && languageBase) languageSwitch.href = `${languageBase}${query ? `?${query}` : ''}${query ? '#timeline' : ''}`;
    if (presentLink && presentBase) presentLink.setAttribute('href', `${presentBase}${query ? `?${query}` : ''}`);
  }

  function refilter() {
    const sides = visibleSides(state);
    if (data) {
      result = filterEvents(data.events, state);
      visible = new Set(result.ids);
    } else {
      // Before the data arrives, filter the list from its data attributes (the same rules, same module).
      const events = [...chronology.querySelectorAll<HTMLElement>('.chronology-entry')].map((e) => ({
        id: e.dataset.eventId!, sides: [...new Set([...e.querySelectorAll<HTMLElement>('.account')].map((a) => a.dataset.sideKind as SideKindParam))],
        papers: (e.dataset.papers ?? '').split(' ').filter(Boolean), works: (e.dataset.works ?? '').split(' ').filter(Boolean),
        themes: (e.dataset.themes ?? '').split(' ').filter(Boolean), people: (e.dataset.people ?? '').split(' ').filter(Boolean),
        text: (e.textContent ?? '').normalize('NFKC').toLowerCase(),
      }));
      result = filterEvents(events, state);
      visible = new Set(result.ids);
    }
    applyToChronology(chronology, visible, sides);
    for (const facet of FACETS) {
      for (const span of root.querySelectorAll<HTMLElement>(`[data-count^="${FACET_PARAM[facet]}:"]`)) {
        span.textContent = String(result.counts[facet].get(span.dataset.count!.split(':')[1]!) ?? 0);
      }
    }
    resultCount.textContent = strings.resultCount.replace('{count}', String(result.ids.length));
    const counter = document.querySelector('[data-chronology-count]');
    if (counter) counter.textContent = resultCount.textContent;
    ordered = data ? data.events.filter((e) => visible.has(e.id)) : [];
  }

  function laneGroups() {
    const sides = visibleSides(state);
    const present = new Set(data!.events.flatMap((e) => e.sides));
    return SIDE_KINDS.filter((k) => sides.has(k) && present.has(k)).map((k, order) => {
      const content = document.createElement('span');
      content.className = `lane-label lane-${k}`;
      content.textContent = strings.lanes[k];
      return { id: k, content, order, className: `lane lane-${k}` };
    });
  }

  function toVisItem(item: TimelineItem): VisItem {
    if (item.type === 'bucket') {
      return { id: item.id, content: '', group: item.lane, start: new Date(dayMs(item.start)), end: new Date(dayMs(item.end)), type: 'range', className: `bucket lane-${item.lane}`, count: item.count, side: item.lane, bucket: 'true' };
    }
    const event = byId.get(item.eventId)!;
    const classes = ['event-item', `lane-${item.lane}`, item.shape === 'point' ? 'exact' : item.partial ? 'partial' : 'span'];
    if (item.linked) classes.push('linked');
    if (item.openEnd) classes.push('open-end');
    if (item.eventId === state.event) classes.push('is-selected-event');
    const startMs = dayMs(item.start);
    const endMs = endOf(item);
    return item.shape === 'point'
      ? { id: item.id, content: '', group: item.lane, start: new Date(startMs), type: 'point', className: classes.join(' '), eventId: item.eventId, 'event-id': item.eventId, side: item.lane, label: event.title, lane: item.lane }
      : { id: item.id, content: '', group: item.lane, start: new Date(startMs), end: new Date(endMs), type: 'range', className: classes.join(' '), eventId: item.eventId, 'event-id': item.eventId, side: item.lane, label: event.title, lane: item.lane };
  }

  let renderQueued = false;
  function renderWindow() {
    if (!timeline || !index || !items) return;
    renderQueued = false;
    const window = timeline.getWindow();
    const from = isoDay(Math.max(window.start.valueOf(), dayMs(TIMELINE_BOUNDS.from)));
    const to = isoDay(Math.min(window.end.valueOf(), dayMs(TIMELINE_BOUNDS.to)));
    const { items: list, bucketed, inWindow } = itemsForWindow(index, { from, to }, { keep: (e) => visible.has(e.id), lanes: visibleSides(state), maxItems: MAX_ITEMS, always: new Set(state.event ? [state.event] : []) });
    const next = list.map(toVisItem);
    const nextIds = new Set(next.map((i) => i.id));
    items.remove(items.getIds().filter((id) => !nextIds.has(String(id))));
    items.update(next);
    canvas.dataset.bucketed = String(bucketed);
    canvas.dataset.itemsInWindow = String(inWindow);
    if (state.event) timeline.setSelection(next.filter((i) => 'eventId' in i && i.eventId === state.event).map((i) => i.id));
    root.dataset.ready = 'true';
    if (!performance.getEntriesByName('timeline-items').length) performance.mark('timeline-items');
  }
  function queueRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(renderWindow);
  }

  function windowAround(event: TimelineDatum, span: number) {
    const middle = (dayMs(event.start) + Math.min(endOf(event), dayMs(event.start) + 60 * DAY_MS)) / 2;
    return { start: middle - span / 2, end: middle + span / 2 };
  }

  function centreOn(event: TimelineDatum) {
    if (!timeline) return;
    const window = timeline.getWindow();
    let span = window.end.valueOf() - window.start.valueOf();
    // Open close enough to read the event among its neighbours.
    if (span > 365 * DAY_MS) span = 240 * DAY_MS;
    const { start, end } = windowAround(event, span);
    timeline.setWindow(new Date(start), new Date(end), { animation: false });
  }

  function showDetail(id: string | null, focus = false) {
    const event = id ? byId.get(id) : undefined;
    if (!event || !data) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    renderDetail(panel, event, data, visibleSides(state), strings, () => {
      state = { ...state, event: null };
      updateUrl('push');
      showDetail(null);
      timeline?.setSelection([]);
      canvas.focus();
    });
    if (focus) panel.focus();
  }

  function selectEvent(id: string | null, options: { centre?: boolean; focus?: boolean; history?: 'push' | 'replace' } = {}) {
    state = { ...state, event: id };
    if (options.history) updateUrl(options.history);
    const event = id ? byId.get(id) : undefined;
    if (event && options.centre && timeline) centreOn(event);
    showDetail(id, options.focus);
    if (event) {
      const position = ordered.findIndex((e) => e.id === id) + 1;
      status.textContent = strings.position.replace('{n}', String(position)).replace('{total}', String(ordered.length)).replace('{date}', event.date).replace('{title}', event.title);
    }
    queueRender();
  }

  function applyState(next: ViewState, mode: 'push' | 'replace' | 'none') {
    const filtersChanged = !sameFilters(state, next) || next.sides.join() !== state.sides.join();
    state = next;
    writeForm();
    if (mode !== 'none') updateUrl(mode);
    refilter();
    if (timeline && groups) {
      if (filtersChanged) groups.update(laneGroups()), groups.remove(groups.getIds().filter((g) => !laneGroups().some((l) => l.id === g)));
      if (state.from && state.to) timeline.setWindow(new Date(dayMs(state.from)), new Date(dayMs(state.to) + DAY_MS), { animation: false });
      queueRender();
    }
    selectEvent(state.event && visible.has(state.event) ? state.event : state.event, { centre: Boolean(state.event && !state.from) });
  }

  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="q"]')) return;
    applyState(readForm(), 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.querySelector('input[name="q"]')!.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => applyState(readForm(), 'replace'), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    applyState(readForm(), 'push');
  });
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    applyState({ ...parseViewState(''), from: state.from, to: state.to }, 'push');
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-phase-from]')) {
    button.addEventListener('click', () => {
      const from = button.dataset.phaseFrom!;
      const to = button.dataset.phaseTo!;
      state = { ...state, from, to };
      updateUrl('push');
      timeline?.setWindow(new Date(dayMs(from)), new Date(dayMs(to) + DAY_MS), { animation: false });
    });
  }
  window.addEventListener('popstate', () => applyState(parseViewState(location.search), 'none'));

  canvas.addEventListener('keydown', (e) => {
    if (!data) return;
    const current = ordered.findIndex((ev) => ev.id === state.event);
    let target: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') target = Math.min(ordered.length - 1, current + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') target = current < 0 ? 0 : Math.max(0, current - 1);
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = ordered.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && state.event) {
      e.preventDefault();
      showDetail(state.event, true);
      return;
    } else if (e.key === 'Escape' && state.event) {
      selectEvent(null, { history: 'push' });
      return;
    } else if ((e.key === '+' || e.key === '=') && timeline) timeline.zoomIn(0.5);
    else if (e.key === '-' && timeline) timeline.zoomOut(0.5);
    if (target === null || target < 0 || !ordered[target]) return;
    e.preventDefault();
    selectEvent(ordered[target]!.id, { centre: true, history: 'replace' });
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      canvas.focus();
      selectEvent(null, { history: 'push' });
    }
  });

  writeForm();
  refilter();
  if (languageSwitch && languageBase && location.search) languageSwitch.href = `${languageBase}${location.search}#timeline`;
  if (presentLink && presentBase && location.search) presentLink.setAttribute('href', `${presentBase}?${serializeViewState(state)}`);

  (async () => {
    status.textContent = strings.loading;
    // The library and the data load side by side; neither waits for the other.
    const library = Promise.all([import('vis-timeline/standalone'), import('vis-timeline/styles/vis-timeline-graph2d.min.css')]);
    try {
      const response = await fetch(root.dataset.dataUrl!);
      data = (await response.json()) as TimelineData;
    } catch {
      status.textContent = strings.failed;
      return;
    }
    byId = new Map(data.events.map((e) => [e.id, e]));
    index = buildWindowIndex(data.events);
    refilter();
    const [vis] = await library;
    const itemSet = new vis.DataSet<VisItem>([]);
    items = itemSet;
    groups = new vis.DataSet<DataGroup>(laneGroups());
    const linked = state.event ? byId.get(state.event) : undefined;
    const initial = state.from && state.to
      ? { start: dayMs(state.from), end: dayMs(state.to) + DAY_MS }
      : linked
        ? windowAround(linked, 240 * DAY_MS)
        : { start: dayMs(DEFAULT_WINDOW.from), end: dayMs(DEFAULT_WINDOW.to) + DAY_MS };
    const view = new vis.Timeline(canvas, itemSet, groups, {
      start: new Date(initial.start),
      end: new Date(initial.end),
      min: new Date(dayMs(TIMELINE_BOUNDS.from)),
      max: new Date(dayMs(TIMELINE_BOUNDS.to) + DAY_MS),
      zoomMin: 7 * DAY_MS,
      // Day boundaries in UTC: a date never shifts with the reader's time zone.
      moment: (date?: MomentInput) => vis.moment(date).utc(),
      orientation: 'top',
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      groupOrder: 'order',
      verticalScroll: true,
      maxHeight: 520,
      margin: { item: { horizontal: 2, vertical: 3 } },
      // data-event-id and data-side on every item: stable hooks for tests and for anyone scripting the page.
      dataAttributes: ['event-id', 'side', 'bucket'],
      // Items are built from text nodes: nothing from an entry is ever parsed as HTML.
      template: (item: { label?: string; count?: number; lane?: SideKindParam; className?: string }) => {
        const node = document.createElement('span');
        node.className = 'item-label';
        if (item.count !== undefined) node.textContent = item.count === 1 ? strings.bucketOne : strings.bucket.replace('{count}', String(item.count));
        else {
          const marker = item.lane === 'japanese' ? '● ' : item.lane === 'soviet' ? '★ ' : item.lane === 'other' ? '◆ ' : '';
          node.textContent = `${marker}${item.label ?? ''}`;
          if (item.className?.includes('linked')) node.append(' ⇅');
        }
        return node;
      },
    });
    timeline = view;
    view.on('rangechanged', (props: { byUser: boolean; start: Date; end: Date }) => {
      queueRender();
      if (props.byUser) {
        state = { ...state, from: isoDay(props.start.valueOf()), to: isoDay(props.end.valueOf() - DAY_MS) };
        updateUrl('replace');
      }
    });
    view.on('select', (props: { items: string[] }) => {
      const id = props.items[0];
      if (!id) return;
      if (id.startsWith('bucket:')) {
        const bucket = itemSet.get(id);
        if (bucket?.end) view.setWindow(bucket.start, bucket.end);
        return;
      }
      selectEvent(id.split('::')[0]!, { history: 'push' });
    });
    // Hovering one lane's item highlights the same event in the other lanes.
    view.on('itemover', (props: { item: string }) => canvas.querySelectorAll(`.vis-item.linked`).forEach((node) => node.classList.toggle('link-hover', (node as HTMLElement).dataset.eventId === props.item.split('::')[0])));
    view.on('itemout', () => canvas.querySelectorAll('.link-hover').forEach((node) => node.classList.remove('link-hover')));
    canvas.dataset.timelineReady = 'true';
    status.textContent = '';
    if (linked) selectEvent(linked.id);
    renderWindow();
  })();
}

const root = document.querySelector<HTMLElement>('[data-timeline-app]');
// Let the server-rendered chronology paint first: the timeline starts on the frame after the first one.
if (root) requestAnimationFrame(() => setTimeout(() => start(root), 0));
