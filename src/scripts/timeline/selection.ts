/**
 * The selected event: its accounts side by side where the reader is looking (a panel beside the timeline
 * on a wide screen, a bottom sheet on a phone, both fixed to the viewport), focus moved into it when the
 * reader opened it, and back to where they were on Escape or Close. Arrow keys on the timeline step
 * through the events shown, in time order.
 */
import { visibleSides } from '../../lib/filter';
import type { TimelineIndexEntry } from '../../lib/timeline-data';
import type { ViewState } from '../../lib/view-state';
import type { TimelineSource } from './data';
import { renderDetail } from './detail-panel';
import type { ViewStore } from './state-url';
import { fill, type TimelineStrings } from './strings';

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
    private firstInView: () => string | null,
  ) {
    this.panel = root.querySelector<HTMLElement>('[data-detail]')!;
    this.status = root.querySelector<HTMLElement>('[data-status]')!;
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    canvas.addEventListener('keydown', (e) => this.onKey(e));
  }

  setEvents(all: TimelineIndexEntry[], ordered: TimelineIndexEntry[]): void {
    if (this.byId.size === 0) this.byId = new Map(all.map((e) => [e.id, e]));
    this.ordered = ordered;
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
    const current = this.ordered.findIndex((ev) => ev.id === this.store.state.event);
    let target: number | null = null;
    // With nothing selected, the arrows start from the first event on the screen, not from the first of all.
    const first =
      current < 0
        ? Math.max(
            0,
            this.ordered.findIndex((ev) => ev.id === this.firstInView()),
          )
        : current;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
      target = current < 0 ? first : Math.min(this.ordered.length - 1, current + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') target = current < 0 ? first : Math.max(0, current - 1);
    else if (e.key === 'Home') target = 0;
    else if (e.key === 'End') target = this.ordered.length - 1;
    else if (e.key === 'Enter' && this.store.state.event) {
      e.preventDefault();
      this.choose(this.store.state.event);
      return;
    } else if (e.key === 'Escape' && this.store.state.event) {
      this.close();
      return;
    }
    if (target === null || !this.ordered[target]) return;
    e.preventDefault();
    this.choose(this.ordered[target]!.id, 'replace', false);
  }
}
