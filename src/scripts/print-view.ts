/**
 * Prepares the timeline page for paper just before it prints (Ctrl+P, or a print preview): states the view at
 * the top (src/components/PrintView.astro), and marks what prints — the selected event alone, or the view's
 * events in its time window — with the references they cite. The rules are in src/lib/print-view.ts.
 */
import { parseViewState } from '../lib/view-state';
import { describeView, formatDay, printedEntries, type PrintStrings, type ViewLabels } from '../lib/print-view';
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
  const rows = describeView(state, data.labels, data.strings, lang).map(({ label, value }) => {
    const row = el('div');
    row.append(el('dt', label), el('dd', value));
    return row;
  });
  root.querySelector('[data-print-filters]')!.replaceChildren(...rows);

  const entries = [...document.querySelectorAll<HTMLElement>('.chronology-entry[data-event-id]')];
  const keep = printedEntries(
    entries.map((e) => ({
      id: e.dataset.eventId!,
      start: e.dataset.earliest!,
      end: e.dataset.latest || null,
      hidden: e.hidden !== false,
    })),
    state,
  );
  const single = Boolean(state.event && keep.has(state.event));
  const cited = new Set<string>();
  for (const entry of entries) {
    const kept = keep.has(entry.dataset.eventId!);
    entry.classList.toggle('print-omit', !kept);
    entry.classList.toggle('print-keep', kept);
    if (kept)
      for (const work of `${entry.dataset.works ?? ''} ${entry.dataset.papers ?? ''}`.split(' '))
        if (work) cited.add(work);
  }
  for (const year of document.querySelectorAll<HTMLElement>('section.year')) {
    const kept = Boolean(year.querySelector('.chronology-entry.print-keep'));
    year.classList.toggle('print-omit', !kept);
    year.classList.toggle('print-keep', kept);
  }
  for (const reference of document.querySelectorAll<HTMLElement>('.print-references .reference[data-work]')) {
    const kept = cited.has(reference.dataset.work!);
    reference.classList.toggle('print-omit', !kept);
    reference.classList.toggle('print-keep', kept);
  }
  document.documentElement.dataset.printScope = single ? 'event' : 'view';
  const { strings } = data;
  root.querySelector('[data-print-scope]')!.textContent = single
    ? strings.selectedEvent
    : strings.viewEvents.replace('{count}', String(keep.size));
  const address = publicUrl(`${location.pathname}${location.search}`, root.dataset.site!);
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
