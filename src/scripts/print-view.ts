/**
 * Prepares the timeline page for paper just before it prints (Ctrl+P, or a print preview): states the view at
 * the top (src/components/PrintView.astro) — what prints, the filters, the window, the day and an address that
 * opens the same view. What prints is the timeline's own: the open event's accounts, or the window's list, which
 * the timeline island completes for paper (src/scripts/timeline/window-list.ts). The rules are in
 * src/lib/print-view.ts; the layout in src/styles/print.css.
 */
import { parseViewState } from '../lib/view-state';
import {
  describeView,
  formatDay,
  printScope,
  printSearch,
  type PrintStrings,
  type PrintWindow,
  type ViewLabels,
} from '../lib/print-view';
import { publicUrl } from '../lib/deck';
import { el } from './dom';

interface PrintData {
  labels: ViewLabels;
  strings: PrintStrings & { selectedEvent: string; viewEvents: string; printed: string };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function prepare(root: HTMLElement, data: PrintData) {
  const lang = root.dataset.lang === 'ja' ? 'ja' : 'en';
  const state = parseViewState(location.search);
  // The timeline writes the days it shows and how many listed events they hold (window-list.ts).
  const app = document.querySelector<HTMLElement>('[data-timeline-app]');
  const { windowFrom, windowTo, inWindow } = app?.dataset ?? {};
  const window: PrintWindow | null = windowFrom && windowTo ? { from: windowFrom, to: windowTo } : null;
  const open = app?.querySelector<HTMLElement>('[data-detail]:not([hidden])')?.dataset.eventId ?? null;
  const scope = printScope(state, open);
  const { strings } = data;

  const rows = describeView(state, window, data.labels, strings, lang).map(({ label, value }) => {
    const row = el('div');
    row.append(el('dt', label), el('dd', value));
    return row;
  });
  root.querySelector('[data-print-filters]')!.replaceChildren(...rows);
  document.documentElement.dataset.printScope = scope;
  root.querySelector('[data-print-scope]')!.textContent =
    scope === 'event' ? strings.selectedEvent : strings.viewEvents.replace('{count}', inWindow ?? '0');
  const address = publicUrl(`${location.pathname}${printSearch(state, window, scope)}`, root.dataset.site!);
  root.querySelector('[data-print-address]')!.textContent = strings.printed
    .replace('{date}', formatDay(localDay(new Date()), lang))
    .replace('{url}', address);
}

const root = document.querySelector<HTMLElement>('[data-print-view]');
if (root) {
  const data = JSON.parse(root.querySelector('script[data-print-data]')!.textContent!) as PrintData;
  // beforeprint for the browser's print command; the media change for print previews and emulated print.
  window.addEventListener('beforeprint', () => prepare(root, data));
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) prepare(root, data);
  });
}
