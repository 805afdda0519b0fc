/**
 * The interactive timeline island: wires the modules together. Each has one job — state-url (view ⇄ URL),
 * data (loading), filters and filter-form (what passes, counts), lanes (vis-timeline items), navigation
 * (moving the window), selection (the accounts panel), window-list (the chronology of the view).
 */
import { visibleSides } from '../../lib/filter';
import { buildWindowIndex, DAY_MS, endOf } from '../../lib/timeline-items';
import {
  clampWindow,
  fromWindow,
  openingWindow,
  toWindow,
  windowAround,
  withinPeriod,
  dayMs,
  type Window,
} from '../../lib/timeline-view';
import type { TimelineIndex, TimelineIndexEntry } from '../../lib/timeline-data';
import { TimelineSource } from './data';
import { filterView, type FilteredView } from './filters';
import { FilterForm } from './filter-form';
import { Lanes } from './lanes';
import { wireNavigation } from './navigation';
import { Selection } from './selection';
import { ViewStore, type HistoryMode } from './state-url';
import { readStrings } from './strings';
import { loadVis } from './vis';
import { WindowList } from './window-list';
import { nextTask } from '../dom';

const root = document.querySelector<HTMLElement>('[data-timeline-app]');
// Start after the first paint, so the page's own HTML shows before any timeline work; the opening period's
// index is already on its way (preloaded from the page head), vis-timeline is imported from here (not
// preloaded: its compilation delayed the first paint; see docs/benchmarks.md).
if (root) requestAnimationFrame(() => setTimeout(() => void start(root)));

async function start(root: HTMLElement): Promise<void> {
  // The library and the data load side by side, from the first moment; neither waits for the other.
  const library = loadVis();
  const source = new TimelineSource({
    opening: root.dataset.openingUrl!,
    index: root.dataset.indexUrl!,
    texts: root.dataset.textUrl!,
    chunkBase: root.dataset.chunkBase!,
  });
  // The requests are out; the page's own set-up comes in the next task (every task here is four times longer
  // on a slow phone, and a long one holds up the reader's first tap).
  await nextTask();
  const strings = readStrings(root);
  const canvas = root.querySelector<HTMLElement>('[data-timeline]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;

  const store = new ViewStore(root);
  const form = new FilterForm(root, store, strings);
  const stateWindow = (): Window | null =>
    store.state.from && store.state.to ? toWindow(store.state.from, store.state.to) : null;
  const canvasWidth = () => Math.max(200, canvas.clientWidth - (matchMedia('(max-width: 40rem)').matches ? 40 : 170));
  status.textContent = strings.loading;
  let index: TimelineIndex;
  let bounds: Window;
  let vis;
  // The first drawing needs only the opening period's events when the view is a window inside it with no
  // query and no linked event (which may lie anywhere); the whole index follows it.
  let whole: Promise<TimelineIndex> | null = null;
  try {
    let opening;
    [opening, vis] = await Promise.all([source.opening, library]);
    const w = stateWindow() ?? openingWindow(canvasWidth());
    if (!store.state.event && !store.state.text.trim() && withinPeriod(w, opening.period)) {
      index = opening;
      whole = source.index();
    } else index = await source.index();
    bounds = opening.bounds;
  } catch {
    status.textContent = strings.failed;
    return;
  }
  // Start-up runs as a few short tasks rather than one long one (the library's evaluation is already one), so
  // the page answers input while the timeline starts; what the reader waits for comes first.
  await nextTask();
  // One lookup of the events by time and by id, shared by the lanes, the list and the selection.
  let events = buildWindowIndex(index.events);
  const linked = store.state.event ? events.byId.get(store.state.event) : undefined;
  const initial =
    stateWindow() ??
    (linked
      ? windowAround(linked, openingWindow(canvasWidth()).end - openingWindow(canvasWidth()).start)
      : openingWindow(canvasWidth()));

  let view: FilteredView = await filterView(index, source, store.state);
  await nextTask();
  const go = (w: Window, mode: HistoryMode) => {
    const next = clampWindow(w, bounds);
    lanes.setWindow(next);
    store.set(fromWindow(next), mode);
  };
  const lanes = new Lanes(
    vis,
    canvas,
    strings,
    events,
    bounds,
    clampWindow(initial, bounds),
    visibleSides(store.state),
    {
      select: (id) => selection.choose(id),
      zoomTo: (w) => go(w, 'push'),
      moved: (w, byUser) => {
        if (byUser) store.set(fromWindow(w), 'replace');
        list.render(events, w, view.visible, view.ordered.length, store.state.event);
      },
    },
  );
  // Draw first: the window's items go to vis-timeline now, it draws them in the next frame; the counts, the
  // list and the rest follow in later tasks. (Not in a task of their own after the timeline's creation: a frame
  // between the two shows empty lanes that then grow, a layout shift of everything below.)
  const drawn = new Promise((resolve) => requestAnimationFrame(resolve));
  lanes.show((e) => view.visible.has(e.id), visibleSides(store.state), store.state.event);
  // Bring an event onto the screen when it is not there (keyboard, links, ?event=): same zoom if sensible.
  const reveal = (event: TimelineIndexEntry) => {
    const w = lanes.getWindow();
    if (dayMs(event.start) < w.end && endOf(event) > w.start) return;
    const span = Math.min(w.end - w.start, 365 * DAY_MS);
    go(windowAround(event, span), 'replace');
  };
  const selection = new Selection(root, canvas, store, source, strings, reveal, () => list.ids());
  const list = new WindowList(root, strings, (id) => selection.choose(id));
  wireNavigation(root, canvas, {
    current: () => lanes.getWindow(),
    bounds,
    fit: () => {
      const shown = view.ordered.length ? view.ordered : events.events;
      const start = Math.min(...shown.map((e) => dayMs(e.start)));
      const end = Math.max(...shown.map((e) => endOf(e)));
      const margin = Math.max(DAY_MS, (end - start) * 0.03);
      return { start: start - margin, end: end + margin };
    },
    go,
  });
  root.querySelector('[data-clear-filters]')?.addEventListener('click', () => form.clear());

  let pending = 0;
  const refresh = async (filtersChanged: boolean) => {
    const ticket = ++pending;
    if (filtersChanged) {
      if (store.state.text) status.textContent = strings.searching;
      const next = await filterView(index, source, store.state);
      if (ticket !== pending) return;
      view = next;
      if (store.state.text) status.textContent = '';
    }
    form.write(store.state);
    // Counts over the opening period alone would be wrong: the page's own (the whole corpus's) stay until the
    // whole index is here.
    if (!whole) form.showCounts(view.result);
    selection.setEvents(events, view.ordered);
    lanes.show((e) => view.visible.has(e.id), visibleSides(store.state), store.state.event);
    list.render(events, lanes.getWindow(), view.visible, view.ordered.length, store.state.event);
    await selection.show(store.state);
  };
  store.onChange((state, change) => {
    const w = stateWindow();
    if (change.window && w) {
      const current = lanes.getWindow();
      if (Math.abs(current.start - w.start) > DAY_MS || Math.abs(current.end - w.end) > DAY_MS)
        lanes.setWindow(clampWindow(w, bounds));
    }
    if (change.filters || change.event) void refresh(change.filters);
  });
  canvas.dataset.timelineReady = 'true';
  status.textContent = '';
  await drawn;
  await nextTask();
  const drewOpening = whole !== null;
  if (whole) {
    // The first window is on screen; now every event, for the counts, the filters and the rest of the time.
    try {
      index = await whole;
    } catch {
      status.textContent = strings.failed;
      return;
    }
    whole = null;
    events = buildWindowIndex(index.events);
    lanes.setEvents(events);
    await nextTask();
  }
  await refresh(drewOpening);
  // A linked event opens with its accounts in view and focus on them.
  if (linked) await selection.choose(linked.id, 'replace', true);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  root.dataset.ready = 'true';
}
