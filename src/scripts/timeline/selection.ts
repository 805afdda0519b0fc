/**
 * The selected event: its accounts side by side where the reader is looking (a panel beside the timeline
 * on a wide screen, a bottom sheet on a phone, both fixed to the viewport), focus moved into it when the
 * reader opened it, and back to where they were on Escape or Close. Arrow keys on the timeline step
 * through the window's list of events, then on in time order (src/lib/timeline-order.ts decides).
 */
import { visibleSides } from '../../lib/filter';
import type { TimelineIndexEntry } from '../../lib/timeline-data';
import type { WindowIndex } from '../../lib/timeline-items';
import type { ViewState } from '../../lib/view-state';
import type { TimelineSource } from './data';
import { renderDetail } from './detail-panel';
import type { ViewStore } from './state-url';
import { fill, type TimelineStrings } from './strings';
import { inTimeOrder, stepTarget, type StepKey } from '../../lib/timeline-order';

/** Where the panel is a bottom sheet (timeline.css): below 62rem. */
const SHEET_MEDIA = '(max-width: 61.99rem)';

export class Selection {
  private panel: HTMLElement;
  private status: HTMLElement;
  private ordered: TimelineIndexEntry[] = [];
  private byId = new Map<string, TimelineIndexEntry>();
  private focusNext = false;
  private returnTo: HTMLElement | null = null;
  private shown: string | null = null;

  constructor(
    private root: HTMLElement,
    private canvas: HTMLElement,
    private store: ViewStore,
    private source: TimelineSource,
    private strings: TimelineStrings,
    private reveal: (event: TimelineIndexEntry) => void,
    /** The ids of the window's list of events, in its order. */
    private windowIds: () => string[],
  ) {
    this.panel = root.querySelector<HTMLElement>('[data-detail]')!;
    this.status = root.querySelector<HTMLElement>('[data-status]')!;
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    canvas.addEventListener('keydown', (e) => this.onKey(e));
  }

  setEvents(all: WindowIndex<TimelineIndexEntry>, ordered: TimelineIndexEntry[]): void {
    this.byId = all.byId;
    this.ordered = inTimeOrder(ordered);
  }

  /** The reader opened an event (click, tap, Enter, a link): show it and move focus to its accounts. */
  choose(id: string, mode: 'push' | 'replace' = 'push', focus = true): Promise<void> {
    if (!this.panel.contains(document.activeElement))
      this.returnTo =
        document.activeElement instanceof HTMLElement && document.activeElement !== document.body
          ? document.activeElement
          : this.canvas;
    this.focusNext = focus;
    if (this.store.state.event === id) return this.show(this.store.state);
    this.store.set({ event: id }, mode);
    return Promise.resolve();
  }

  close(): void {
    this.store.set({ event: null }, 'push');
    const back = this.returnTo && document.contains(this.returnTo) ? this.returnTo : this.canvas;
    back.focus({ preventScroll: true });
  }

  /** Show the state's event (or nothing); called on every change of the event or the filters. */
  async show(state: ViewState): Promise<void> {
    const event = state.event ? this.byId.get(state.event) : undefined;
    this.showPosition(event);
    if (!event) {
      this.shown = null;
      this.panel.hidden = true;
      this.panel.replaceChildren();
      this.root.classList.remove('has-detail');
      return;
    }
    this.reveal(event);
    const focus = this.focusNext;
    this.focusNext = false;
    if (this.shown !== event.id || this.panel.hidden) {
      this.panel.setAttribute('aria-busy', 'true');
      this.panel.hidden = false;
      this.root.classList.add('has-detail');
      this.shown = event.id;
      let loaded;
      try {
        loaded = await this.source.entry(event);
      } catch {
        this.status.textContent = this.strings.failed;
        return;
      }
      if (this.store.state.event !== event.id) return;
      renderDetail(this.panel, loaded.entry, loaded.chunk, visibleSides(state), this.strings, () => this.close());
      this.panel.removeAttribute('aria-busy');
    } else {
      // Same event, other filters: re-render with the sides now visible.
      const loaded = await this.source.entry(event);
      renderDetail(this.panel, loaded.entry, loaded.chunk, visibleSides(state), this.strings, () => this.close());
    }
    if (focus) this.panel.focus({ preventScroll: true });
    await this.keepItemAboveSheet(event.id);
  }

  /**
   * On a narrow screen the panel is a bottom sheet: scroll the page so that the selected item stays in sight
   * above it (the reader tapped it, or the keys reached it), once the lanes have drawn it.
   */
  private async keepItemAboveSheet(id: string): Promise<void> {
    if (!matchMedia(SHEET_MEDIA).matches) return;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    if (this.store.state.event !== id || this.panel.hidden) return;
    const items = [...this.canvas.querySelectorAll<HTMLElement>('.vis-item.vis-selected')].filter(
      (n) => n.dataset.eventId === id,
    );
    const item = items[0];
    if (!item) return;
    const box = (item.querySelector('.item-label') ?? item).getBoundingClientRect();
    const sheetTop = this.panel.getBoundingClientRect().top;
    const margin = 12;
    if (box.top >= margin && box.bottom <= sheetTop - margin) return;
    // Just above the sheet when it fits there, else at the top of the screen.
    const shift = Math.min(box.bottom - (sheetTop - margin), box.top - margin);
    window.scrollBy({ top: shift, behavior: 'instant' });
  }

  private showPosition(event: TimelineIndexEntry | undefined): void {
    if (!event) return;
    const n = this.ordered.findIndex((e) => e.id === event.id) + 1;
    this.status.textContent =
      n === 0
        ? this.strings.positionHidden
        : fill(this.strings.position, { n, total: this.ordered.length, date: event.date, title: event.title });
  }

  private onKey(e: KeyboardEvent): void {
    const keys: Record<string, StepKey> = {
      ArrowRight: 'next',
      ArrowDown: 'next',
      ArrowLeft: 'previous',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
    };
    const step = keys[e.key];
    if (step) {
      const all = this.ordered.map((ev) => ev.id);
      const target = stepTarget(all, this.windowIds(), this.store.state.event, step);
      if (!target) return;
      e.preventDefault();
      void this.choose(target, 'replace', false);
    } else if (e.key === 'Enter' && this.store.state.event) {
      e.preventDefault();
      void this.choose(this.store.state.event);
    } else if (e.key === 'Escape' && this.store.state.event) {
      this.close();
    }
  }
}
