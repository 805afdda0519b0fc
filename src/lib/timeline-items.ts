/**
 * What the timeline draws for a window: the events in it when they are few enough, otherwise one bar per
 * time bucket and lane with the number of events. The work is proportional to what is on screen, not to the
 * corpus: a sorted array and binary search find the window, and at most `maxItems` things are drawn.
 */
import type { SideKindParam } from './view-state';

export interface Drawable {
  id: string;
  start: string;
  end: string | null;
  shape: 'point' | 'span';
  partial: boolean;
  sides: SideKindParam[];
}

export type TimelineItem =
  | { type: 'event'; id: string; eventId: string; lane: SideKindParam; start: string; end: string | null; shape: 'point' | 'span'; partial: boolean; openEnd: boolean; linked: boolean }
  | { type: 'bucket'; id: string; lane: SideKindParam; start: string; end: string; count: number };

export const DAY_MS = 86_400_000;
/** An open end (〜) is drawn, and found in windows, as this many days from its start. */
export const OPEN_END_DAYS = 60;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Exclusive end of what is drawn for an event. */
export function endOf(e: Pick<Drawable, 'start' | 'end'>): number {
  return e.end ? dayMs(e.end) + DAY_MS : dayMs(e.start) + OPEN_END_DAYS * DAY_MS;
}

/** Index sorted by start for window queries; spans are found through the longest span seen. */
export interface WindowIndex<T extends Drawable> {
  events: T[];
  starts: number[];
  longestSpanMs: number;
}

export function buildWindowIndex<T extends Drawable>(events: T[]): WindowIndex<T> {
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start));
  let longest = 0;
  for (const e of sorted) longest = Math.max(longest, endOf(e) - dayMs(e.start));
  return { events: sorted, starts: sorted.map((e) => dayMs(e.start)), longestSpanMs: longest };
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
export function eventsInWindow<T extends Drawable>(index: WindowIndex<T>, fromMs: number, toMs: number, keep: (e: T) => boolean): T[] {
  const first = lowerBound(index.starts, fromMs - index.longestSpanMs);
  const last = lowerBound(index.starts, toMs + 1);
  const found: T[] = [];
  for (let i = first; i < last; i++) {
    const e = index.events[i]!;
    if (endOf(e) > fromMs && keep(e)) found.push(e);
  }
  return found;
}

const BUCKET_SIZES = [
  { days: 1 }, { days: 7 }, { months: 1 }, { months: 3 }, { months: 6 }, { months: 12 }, { months: 60 },
] as const;

function bucketStart(ms: number, size: (typeof BUCKET_SIZES)[number]): number {
  const d = new Date(ms);
  if ('days' in size) return Math.floor(ms / (size.days * DAY_MS)) * size.days * DAY_MS;
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
  const start = Math.floor(months / size.months) * size.months;
  return Date.UTC(Math.floor(start / 12), start % 12, 1);
}

function bucketEnd(startMs: number, size: (typeof BUCKET_SIZES)[number]): number {
  if ('days' in size) return startMs + size.days * DAY_MS;
  const d = new Date(startMs);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + size.months, 1);
}

/**
 * The items to draw in a window: one per event and lane when at most `maxItems`, else buckets per lane
 * sized so that there are at most about `maxBuckets` of them across the window.
 */
export function itemsForWindow<T extends Drawable>(
  index: WindowIndex<T>,
  window: { from: string; to: string },
  options: { keep: (e: T) => boolean; lanes: Set<SideKindParam>; maxItems: number; maxBuckets?: number; /** Drawn one by one even among buckets (the selected event). */ always?: Set<string> },
): { items: TimelineItem[]; inWindow: number; bucketed: boolean } {
  const fromMs = dayMs(window.from);
  const toMs = dayMs(window.to);
  const events = eventsInWindow(index, fromMs, toMs, options.keep);
  const laneCount = (e: T) => e.sides.filter((s) => options.lanes.has(s)).length;
  const itemCount = events.reduce((n, e) => n + laneCount(e), 0);
  const single = (list: T[]) => {
    const items: TimelineItem[] = [];
    for (const e of list) {
      const lanes = e.sides.filter((s) => options.lanes.has(s));
      for (const lane of lanes) {
        items.push({ type: 'event', id: `${e.id}::${lane}`, eventId: e.id, lane, start: e.start, end: e.end, shape: e.shape, partial: e.partial, openEnd: e.end === null, linked: lanes.length > 1 });
      }
    }
    return items;
  };
  if (itemCount <= options.maxItems) return { items: single(events), inWindow: events.length, bucketed: false };
  const maxBuckets = options.maxBuckets ?? 60;
  const spanDays = (toMs - fromMs) / DAY_MS;
  const size = BUCKET_SIZES.find((s) => ('days' in s ? s.days : s.months * 30.4) >= spanDays / maxBuckets) ?? BUCKET_SIZES.at(-1)!;
  const buckets = new Map<string, { lane: SideKindParam; start: number; count: number }>();
  for (const e of events) {
    const start = bucketStart(Math.max(dayMs(e.start), fromMs), size);
    for (const lane of e.sides) {
      if (!options.lanes.has(lane)) continue;
      const key = `${lane}:${start}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.count++;
      else buckets.set(key, { lane, start, count: 1 });
    }
  }
  const always = options.always ?? new Set<string>();
  const items: TimelineItem[] = [...single(events.filter((e) => always.has(e.id))), ...[...buckets.values()].map((b): TimelineItem => ({ type: 'bucket', id: `bucket:${b.lane}:${isoDay(b.start)}`, lane: b.lane, start: isoDay(b.start), end: isoDay(bucketEnd(b.start, size)), count: b.count }))];
  return { items, inWindow: events.length, bucketed: true };
}
