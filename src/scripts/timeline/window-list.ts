/**
 * The chronology of what the timeline shows: the events of the current window that pass the filters, as a
 * date-ordered list under the lanes (the complete chronology is on the year pages). Bounded: at most
 * LIMIT entries, then a line saying how many more. Also empties or explains the view when nothing matches.
 */
import { eventsInWindow, buildWindowIndex, type WindowIndex } from '../../lib/timeline-items';
import type { TimelineIndexEntry } from '../../lib/timeline-data';
import type { Window } from '../../lib/timeline-view';
import { el } from '../dom';
import { fill, type TimelineStrings } from './strings';

const LIMIT = 120;
const MARKERS: Record<string, string> = { japanese: '●', soviet: '★', other: '◆' };

export class WindowList {
  private list: HTMLOListElement;
  private more: HTMLElement;
  private empty: HTMLElement;
  private index: WindowIndex<TimelineIndexEntry> | null = null;

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
  }

  render(events: TimelineIndexEntry[], w: Window, visible: Set<string>, total: number, selected: string | null): void {
    this.index ??= buildWindowIndex(events);
    const inWindow = eventsInWindow(this.index, w.start, w.end - 1, (e) => visible.has(e.id));
    const rows = inWindow.slice(0, LIMIT).map((e) => {
      const item = el('li', undefined, 'window-entry');
      item.dataset.eventId = e.id;
      item.dataset.side = e.sides.join(' ');
      const button = el('button', undefined, 'window-open');
      button.type = 'button';
      button.dataset.eventId = e.id;
      if (e.id === selected) button.setAttribute('aria-current', 'true');
      const markers = e.sides
        .map((s) => MARKERS[s])
        .filter(Boolean)
        .join('');
      button.append(
        el('span', e.date, 'window-date'),
        el('span', markers, 'window-markers'),
        el('span', e.title, 'window-title'),
      );
      item.append(button);
      return item;
    });
    this.list.replaceChildren(...rows);
    this.more.hidden = inWindow.length <= LIMIT;
    this.more.textContent = fill(this.strings.inViewMore, { count: inWindow.length - LIMIT });
    // Empty states say what happened: nothing matches at all, or nothing in this period.
    const message = this.empty.querySelector<HTMLElement>('[data-empty-message]')!;
    const showAll = this.empty.querySelector<HTMLElement>('[data-nav="fit"]')!;
    this.empty.hidden = inWindow.length > 0;
    message.textContent = total === 0 ? this.strings.empty : fill(this.strings.emptyWindow, { count: total });
    showAll.hidden = total === 0;
    this.root.dataset.inWindow = String(inWindow.length);
  }
}
