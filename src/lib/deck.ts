/**
 * Presentation mode (/<lang>/present/): the events of a timeline view as a deck of slides, one per event (a long
 * event runs on over continuation slides), and the small rules of moving through it (keys, swipes, the slide
 * number in the URL). Pure: no DOM, no globals.
 */
import type { TimelineAccount, TimelineData } from './timeline-data';
import { filterEvents, visibleSides } from './filter';
import { homePath } from './urls';
import { ACCOUNT_OVERHEAD, SLIDE_BUDGET, splitColumns, textUnits } from './slide-parts';
import { inWindow } from './view-window';
import { serializeViewState, type SideKindParam, type ViewState } from './view-state';
import { sideColumns } from '../domain/vocabulary';

export interface SlideColumn {
  kind: SideKindParam;
  accounts: TimelineAccount[];
}

export interface Slide {
  id: string;
  date: string;
  title: string;
  /** Site-relative permalink (/en/events/<id>/). */
  url: string;
  /** Which part of its event this slide is (1-based), and of how many: a long event runs on over several. */
  part: number;
  parts: number;
  /** One column per side the view keeps: ● and ★ always on the first part (possibly empty), other sides and
   * context when present; a continuation part has only the columns that run on. */
  columns: SlideColumn[];
  /** Full references of the works this part's accounts cite, in order of first citation. */
  references: Array<{ work: string; reference: string }>;
}

/**
 * The view's slides, in time order: the same filters as the timeline, only the events in its window (from/to)
 * and only the sides it keeps; an event too long for one screen becomes several parts (src/lib/slide-parts.ts).
 * @example buildDeck(data, parseViewState('?side=soviet')) // every slide has only a ★ column
 */
export function buildDeck(data: TimelineData, state: ViewState, budget: number = SLIDE_BUDGET): Slide[] {
  const keep = new Set(filterEvents(data.events, state, data.aliases).ids);
  const sides = visibleSides(state);
  const { from, to } = state;
  const events = data.events.filter((e) => keep.has(e.id) && (!from || !to || inWindow(e, from, to)));
  return events.flatMap((event) => {
    const columns: SlideColumn[] = sideColumns(event.accounts, (a) => a.kind, sides);
    const parts = splitColumns(columns, (a) => textUnits(a.text) + ACCOUNT_OVERHEAD, budget);
    return parts.map((part, i) => {
      const partColumns = part.map((c) => ({ kind: c.kind as SideKindParam, accounts: c.accounts }));
      const works = [...new Set(partColumns.flatMap((c) => c.accounts.flatMap((a) => a.citations.map((x) => x.work))))];
      return {
        id: event.id,
        date: event.date,
        title: event.title,
        url: event.url,
        part: i + 1,
        parts: parts.length,
        columns: partColumns,
        references: works.map((work) => ({ work, reference: data.works[work]?.reference ?? work })),
      };
    });
  });
}

/** Keep an index inside a deck of `length` slides (0 for an empty deck). */
export function clampIndex(index: number, length: number): number {
  if (length <= 0 || !Number.isFinite(index)) return 0;
  return Math.min(length - 1, Math.max(0, Math.trunc(index)));
}

/**
 * The `slide` URL parameter (1-based) as a 0-based index, or null when absent or not a positive whole number.
 * @example slideParam('?slide=3') // 2
 */
export function slideParam(search: string | URLSearchParams): number | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get('slide');
  if (!value || !/^\d{1,6}$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= 1 ? n - 1 : null;
}

/**
 * Where the deck opens: the `event` when it is in the deck (an id survives new events being added) — its first
 * part, or the part `slide` names when that slide is one of the event's — else the `slide` number (clamped),
 * else the first slide.
 */
export function initialIndex(slides: Array<{ id: string }>, event: string | null, slide: number | null): number {
  if (event) {
    if (slide !== null && slides[slide]?.id === event) return slide;
    const at = slides.findIndex((s) => s.id === event);
    if (at >= 0) return at;
  }
  return clampIndex(slide ?? 0, slides.length);
}

/**
 * The query string (with "?") for the deck showing slide `index`: the view, the current event and slide=N.
 * @example presentSearch({ ...EMPTY_VIEW, sides: ['soviet'] }, 'x-1', 2) // '?side=soviet&event=x-1&slide=3'
 */
export function presentSearch(state: ViewState, eventId: string | null, index: number): string {
  const query = serializeViewState({ ...state, event: eventId ?? state.event });
  return `?${query ? `${query}&` : ''}slide=${index + 1}`;
}

/** The timeline page showing the same view (without the slide number). */
export function timelineHref(lang: 'ja' | 'en', state: ViewState): string {
  const query = serializeViewState(state);
  return `${homePath(lang)}${query ? `?${query}` : ''}#timeline`;
}

export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen';

/**
 * What a key does in the deck. Presentation clickers send PageDown/PageUp (some send arrows or Space).
 * Keys with Ctrl, Alt or Meta are left to the browser.
 */
export function keyAction(
  key: string,
  modifiers: { shiftKey?: boolean; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {},
): DeckAction | null {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey) return null;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      return modifiers.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

/**
 * A finished pointer gesture as a slide move: mostly horizontal and at least `minDistance` px long.
 * Swiping to the left (dx < 0) moves forward, as on a phone.
 */
export function swipeAction(dx: number, dy: number, minDistance = 50): 'next' | 'previous' | null {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** The slide index an action leads to (unchanged for fullscreen). */
export function move(index: number, action: DeckAction, length: number): number {
  if (action === 'next') return clampIndex(index + 1, length);
  if (action === 'previous') return clampIndex(index - 1, length);
  if (action === 'first') return 0;
  if (action === 'last') return clampIndex(length - 1, length);
  return index;
}

/**
 * The public address of a site path: the configured site (SITE_URL, Astro.site), not the address the slides were
 * loaded from (a lecturer's laptop or a local copy must still show students the published permalink).
 * @example publicUrl('/en/events/x/', 'https://example.org/') // 'https://example.org/en/events/x/'
 */
export function publicUrl(sitePath: string, site: string): string {
  return new URL(sitePath, site).href;
}
