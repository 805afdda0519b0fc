/**
 * What the timeline draws for a window: each event with its title where titles fit, otherwise one box per
 * period and lane with the number of events. The work is proportional to what is on screen, not to the
 * corpus: a sorted array and binary search find the window, and the number of boxes is bounded by its width.
 */
import type { SideKindParam } from './view-state';
import { inTimeOrder } from './timeline-order';

export interface Drawable {
  id: string;
  start: string;
  end: string | null;
  shape: 'point' | 'span';
  partial: boolean;
  sides: SideKindParam[];
}

export type TimelineItem =
  | {
      type: 'event';
      id: string;
      eventId: string;
      lane: SideKindParam;
      start: string;
      end: string | null;
      shape: 'point' | 'span';
      partial: boolean;
      openEnd: boolean;
      linked: boolean;
    }
  | {
      type: 'bucket';
      id: string;
      lane: SideKindParam;
      /** Epoch ms: a period of the grid, not whole days. */ startMs: number;
      endMs: number;
      count: number;
    };

export const DAY_MS = 86_400_000;
/** An open end (〜) is drawn, and found in windows, as this many days from its start. */
export const OPEN_END_DAYS = 60;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Exclusive end of what is drawn for an event. */
export function endOf(e: Pick<Drawable, 'start' | 'end'>): number {
  return e.end ? dayMs(e.end) + DAY_MS : dayMs(e.start) + OPEN_END_DAYS * DAY_MS;
}

/**
 * The timeline's events looked up by time and by id, built once per set of events (the opening period's, then
 * every event) and shared by the lanes, the window's list and the selection. Sorted by start for window
 * queries; spans are found through the longest span seen.
 */
export interface WindowIndex<T extends Drawable> {
  events: T[];
  starts: number[];
  longestSpanMs: number;
  byId: Map<string, T>;
}

export function buildWindowIndex<T extends Drawable>(events: T[]): WindowIndex<T> {
  const sorted = inTimeOrder(events);
  let longest = 0;
  for (const e of sorted) longest = Math.max(longest, endOf(e) - dayMs(e.start));
  return {
    events: sorted,
    starts: sorted.map((e) => dayMs(e.start)),
    longestSpanMs: longest,
    byId: new Map(sorted.map((e) => [e.id, e])),
  };
}

function lowerBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Events overlapping [fromMs, toMs], among those `keep` accepts. */
export function eventsInWindow<T extends Drawable>(
  index: WindowIndex<T>,
  fromMs: number,
  toMs: number,
  keep: (e: T) => boolean,
): T[] {
  const first = lowerBound(index.starts, fromMs - index.longestSpanMs);
  const last = lowerBound(index.starts, toMs + 1);
  const found: T[] = [];
  for (let i = first; i < last; i++) {
    const e = index.events[i]!;
    if (endOf(e) > fromMs && keep(e)) found.push(e);
  }
  return found;
}

export interface WindowOptions<T> {
  keep: (e: T) => boolean;
  lanes: Set<SideKindParam>;
  /** Width of the drawing area in pixels. */
  widthPx: number;
  /** Width a title needs in pixels: one period of the grid spans this much. */
  titlePx?: number;
  /** At most this many events of one lane in one period are drawn with their titles; more become a count. */
  perCell?: number;
  /** Drawn one by one even inside a count (the selected event). */
  always?: Set<string>;
}

/**
 * The grid of periods across a window, each `titlePx` wide on screen, starting at the window's left edge;
 * a last period narrower than half of one is merged into the one before, so no count box is cut off.
 * Returns the period starts (ms) and the end of the last one.
 */
export function periodGrid(
  fromMs: number,
  toMs: number,
  widthPx: number,
  titlePx: number,
): { starts: number[]; end: number } {
  const cell = Math.max(DAY_MS, ((toMs - fromMs) * titlePx) / Math.max(widthPx, 1));
  const starts: number[] = [];
  for (let t = fromMs; t < toMs; t += cell) starts.push(Math.round(t));
  if (starts.length > 1 && toMs - starts.at(-1)! < cell / 2) starts.pop();
  return { starts, end: toMs };
}

/**
 * The items to draw in a window. The window is cut into periods about one title wide; in each lane and
 * period, the events are drawn one by one with their titles when they fit (at most `perCell`), otherwise as
 * one box with their number, as wide as the period. So titles show wherever there is room, and counts only
 * where there is not.
 */
export function itemsForWindow<T extends Drawable>(
  index: WindowIndex<T>,
  window: { from: string; to: string },
  options: WindowOptions<T>,
): { items: TimelineItem[]; inWindow: number; bucketed: boolean } {
  const fromMs = dayMs(window.from);
  const toMs = dayMs(window.to) + DAY_MS;
  const events = eventsInWindow(index, fromMs, toMs - 1, options.keep);
  const grid = periodGrid(fromMs, toMs, options.widthPx, options.titlePx ?? 200);
  const perCell = options.perCell ?? 3;
  const always = options.always ?? new Set<string>();
  const cells = new Map<string, { lane: SideKindParam; period: number; events: T[] }>();
  for (const e of events) {
    const period = Math.max(0, upperBound(grid.starts, Math.max(dayMs(e.start), fromMs)) - 1);
    for (const lane of e.sides) {
      if (!options.lanes.has(lane)) continue;
      const key = `${lane}:${period}`;
      const cell = cells.get(key);
      if (cell) cell.events.push(e);
      else cells.set(key, { lane, period, events: [e] });
    }
  }
  const items: TimelineItem[] = [];
  let bucketed = false;
  const eventItem = (e: T, lane: SideKindParam): TimelineItem => {
    const lanes = e.sides.filter((s) => options.lanes.has(s));
    return {
      type: 'event',
      id: `${e.id}::${lane}`,
      eventId: e.id,
      lane,
      start: e.start,
      end: e.end,
      shape: e.shape,
      partial: e.partial,
      openEnd: e.end === null,
      linked: lanes.length > 1,
    };
  };
  for (const cell of cells.values()) {
    if (cell.events.length <= perCell) {
      for (const e of cell.events) items.push(eventItem(e, cell.lane));
      continue;
    }
    bucketed = true;
    for (const e of cell.events) if (always.has(e.id)) items.push(eventItem(e, cell.lane));
    const start = grid.starts[cell.period]!;
    const end = grid.starts[cell.period + 1] ?? grid.end;
    items.push({
      type: 'bucket',
      id: `bucket:${cell.lane}:${start}:${end}`,
      lane: cell.lane,
      startMs: start,
      endMs: end,
      count: cell.events.length,
    });
  }
  return { items, inWindow: events.length, bucketed };
}

function upperBound(values: number[], target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
