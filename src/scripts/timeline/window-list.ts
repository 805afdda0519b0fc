/**
 * The chronology of what the timeline shows: the events of the current window that pass the filters, as a
 * date-ordered list under the lanes (the complete chronology is on the year pages). Bounded on screen: at most
 * LIMIT entries, then a line saying how many more; on paper every entry of the window (what a printed view
 * lists). Also empties or explains the view when nothing matches. The arrow keys walk the same list (ids()).
 */
import { eventsInWindow, type WindowIndex } from '../../lib/timeline-items';
import type { TimelineIndexEntry } from '../../lib/timeline-data';
import { fromWindow, type Window } from '../../lib/timeline-view';
import { el } from '../dom';
import { SIDE_KINDS, SIDE_SYMBOLS } from '../../domain/vocabulary';
import { fill, type TimelineStrings } from './strings';

const LIMIT = 120;

export class WindowList {
  private list: HTMLOListElement;
  private more: HTMLElement;
  private empty: HTMLElement;
  private inWindow: TimelineIndexEntry[] = [];
  private last: Parameters<WindowList['render']> | null = null;
  private printing = false;
  /** The entries on screen by event id: kept across renders, so a change touches only the rows that change. */
  private rows = new Map<string, HTMLLIElement>();

  constructor(
    private root: HTMLElement,
    private strings: TimelineStrings,
    private open: (id: string) => void,
  ) {
    this.list = root.querySelector<HTMLOListElement>('[data-window-list]')!;
    this.more = root.querySelector<HTMLElement>('[data-window-more]')!;
    this.empty = root.querySelector<HTMLElement>('[data-empty]')!;
    this.list.addEventListener('click', (e) => {
      const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('button[data-event-id]') : null;
      if (button) this.open(button.dataset.eventId!);
    });
    // Paper gets the whole list: beforeprint for the print command, the media change for previews.
    const paper = (on: boolean) => {
      if (this.printing === on) return;
      this.printing = on;
      if (this.last) this.render(...this.last);
    };
    addEventListener('beforeprint', () => paper(true));
    addEventListener('afterprint', () => paper(matchMedia('print').matches));
    matchMedia('print').addEventListener('change', (e) => paper(e.matches));
  }

  /** The ids of the window's events that pass the filters, in the list's order (not only the first LIMIT). */
  ids(): string[] {
    return this.inWindow.map((e) => e.id);
  }

  render(
    events: WindowIndex<TimelineIndexEntry>,
    w: Window,
    visible: Set<string>,
    total: number,
    selected: string | null,
  ): void {
    this.last = [events, w, visible, total, selected];
    const inWindow = eventsInWindow(events, w.start, w.end - 1, (e) => visible.has(e.id));
    this.inWindow = inWindow;
    const limit = this.printing ? Infinity : LIMIT;
    const shown = inWindow.slice(0, limit);
    // Rows that leave go, rows that stay stay where they are, new rows go in their place in time order: a
    // filter change or a pan at 10,000 events restyles only what changed, not all LIMIT rows.
    const keep = new Set(shown.map((e) => e.id));
    for (const [id, row] of this.rows)
      if (!keep.has(id)) {
        row.remove();
        this.rows.delete(id);
      }
    let cursor = this.list.firstElementChild;
    for (const e of shown) {
      let row = this.rows.get(e.id);
      if (!row) this.rows.set(e.id, (row = this.row(e)));
      const button = row.firstElementChild as HTMLButtonElement;
      if (button.hasAttribute('aria-current') !== (e.id === selected))
        if (e.id === selected) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      if (row === cursor) cursor = cursor.nextElementSibling;
      else this.list.insertBefore(row, cursor);
    }
    this.more.hidden = inWindow.length <= limit;
    this.more.textContent = fill(this.strings.inViewMore, { count: inWindow.length - LIMIT });
    // Empty states say what happened: nothing matches at all, or nothing in this period.
    const message = this.empty.querySelector<HTMLElement>('[data-empty-message]')!;
    const showAll = this.empty.querySelector<HTMLElement>('[data-nav="fit"]')!;
    this.empty.hidden = inWindow.length > 0;
    message.textContent = total === 0 ? this.strings.empty : fill(this.strings.emptyWindow, { count: total });
    showAll.hidden = total === 0;
    this.root.dataset.inWindow = String(inWindow.length);
    const days = fromWindow(w);
    this.root.dataset.windowFrom = days.from;
    this.root.dataset.windowTo = days.to;
  }

  private row(e: TimelineIndexEntry): HTMLLIElement {
    const item = el('li', undefined, 'window-entry');
    item.dataset.eventId = e.id;
    item.dataset.side = e.sides.join(' ');
    const button = el('button', undefined, 'window-open');
    button.type = 'button';
    button.dataset.eventId = e.id;
    // The sides' markers in reading order (● before ★), each in its side's colour.
    const markers = el('span', undefined, 'window-markers');
    for (const side of SIDE_KINDS)
      if (e.sides.includes(side) && SIDE_SYMBOLS[side])
        markers.append(el('span', SIDE_SYMBOLS[side], `marker-${side}`));
    button.append(el('span', e.date, 'window-date'), markers, el('span', e.title, 'window-title'));
    item.append(button);
    return item;
  }
}
