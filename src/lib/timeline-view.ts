/**
 * The timeline's window arithmetic, kept pure: its bounds from the data, the opening window for a screen
 * width, zooming and panning, and the axis labels in the page's language (never the browser's).
 */
import type { Lang } from './dates';
import { EN_MONTHS, EN_MONTHS_SHORT } from './month-names';
import { DAY_MS, endOf } from './timeline-items';
import { DEFAULT_EXTENT } from './phases';

export interface Window {
  /** Epoch milliseconds, start inclusive, end exclusive. */
  start: number;
  end: number;
}

export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** From an ISO window (inclusive last day) to milliseconds, and back. */
export const toWindow = (from: string, to: string): Window => ({ start: dayMs(from), end: dayMs(to) + DAY_MS });
export const fromWindow = (w: Window): { from: string; to: string } => ({
  from: isoDay(w.start),
  to: isoDay(Math.max(w.start + DAY_MS, w.end) - DAY_MS),
});

/**
 * How far the reader can move: the default extent (1905–1945), widened to whole years around any event
 * outside it so that every event can be shown.
 */
export function timelineBounds(events: Array<{ start: string; end: string | null }>): Window {
  let start = dayMs(DEFAULT_EXTENT.from);
  let end = dayMs(DEFAULT_EXTENT.to) + DAY_MS;
  for (const e of events) {
    start = Math.min(start, Date.UTC(new Date(dayMs(e.start)).getUTCFullYear() - 1, 0, 1));
    end = Math.max(end, Date.UTC(new Date(endOf(e)).getUTCFullYear() + 2, 0, 1));
  }
  return { start, end };
}

/** Where the timeline opens: the Beijing talks begin, at a zoom where titles fit the screen's width. */
export const OPENING_FROM = '1923-09-01';
/** Days shown per pixel of timeline on opening: wide enough to see months, narrow enough for titles. */
const OPENING_DAYS_PER_PX = 0.16;

/** The widest opening window, in days (a wide screen). */
const OPENING_MAX_DAYS = 400;

export function openingWindow(widthPx: number): Window {
  const days = Math.round(Math.min(OPENING_MAX_DAYS, Math.max(45, widthPx * OPENING_DAYS_PER_PX)));
  const start = dayMs(OPENING_FROM);
  return { start, end: start + days * DAY_MS };
}

/**
 * Every opening window, whatever the screen: the events in it are all the first drawing needs, so they are
 * published on their own (`openingIndex`) and the timeline draws before the whole index is loaded.
 */
export function openingPeriod(): Window {
  const start = dayMs(OPENING_FROM);
  return { start, end: start + OPENING_MAX_DAYS * DAY_MS };
}

/** A window the opening period covers entirely. */
export const withinPeriod = (w: Window, period: Window): boolean => w.start >= period.start && w.end <= period.end;

/** A window of `spanMs` centred on an event (a long event: on its first two months). */
export function windowAround(event: { start: string; end: string | null }, spanMs: number): Window {
  const middle = (dayMs(event.start) + Math.min(endOf(event), dayMs(event.start) + 60 * DAY_MS)) / 2;
  return { start: Math.round(middle - spanMs / 2), end: Math.round(middle + spanMs / 2) };
}

/** Keep a window inside the bounds, moving it rather than shrinking it when it fits. */
export function clampWindow(w: Window, bounds: Window, minMs = 7 * DAY_MS): Window {
  let span = Math.max(minMs, Math.min(w.end - w.start, bounds.end - bounds.start));
  let start = Math.max(bounds.start, Math.min(w.start, bounds.end - span));
  return { start, end: start + span };
}

/** Zoom about the centre: factor < 1 zooms in (shows less time), > 1 zooms out. */
export function zoomWindow(w: Window, factor: number, bounds: Window): Window {
  const middle = (w.start + w.end) / 2;
  const half = ((w.end - w.start) * factor) / 2;
  return clampWindow({ start: Math.round(middle - half), end: Math.round(middle + half) }, bounds);
}

/** Move by a fraction of the window's width (negative: earlier). */
export function panWindow(w: Window, fraction: number, bounds: Window): Window {
  const shift = Math.round((w.end - w.start) * fraction);
  return clampWindow({ start: w.start + shift, end: w.end + shift }, bounds);
}

export type AxisScale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * An axis label in the page's language: minor labels under each tick, major labels naming the larger unit.
 * Written out rather than asked of Intl.DateTimeFormat: a page's first formatter with a time zone costs some
 * 40–50 ms of main thread (ICU's zone data), and the axis is drawn with the timeline's first frame (issue 13);
 * the unit tests hold the labels to Intl's en-GB and ja-JP.
 * @example axisLabel(Date.UTC(1923, 8, 1), 'month', 'ja', 'minor') // '9月'
 */
export function axisLabel(ms: number, scale: AxisScale, lang: Lang, kind: 'minor' | 'major'): string {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const ja = lang === 'ja';
  const yearLabel = ja ? `${year}年` : String(year);
  const monthLabel = ja ? `${month + 1}月` : EN_MONTHS_SHORT[month]!;
  if (kind === 'minor') {
    if (scale === 'year') return yearLabel;
    if (scale === 'month' || scale === 'quarter') return monthLabel;
    return ja ? `${date.getUTCDate()}日` : String(date.getUTCDate());
  }
  if (scale === 'year') return '';
  if (scale === 'month' || scale === 'quarter') return yearLabel;
  return ja ? `${year}年${month + 1}月` : `${EN_MONTHS[month]} ${year}`;
}

/**
 * How many titles one lane may stack in one period before they become a count: the lanes grow downwards, so a
 * screen with height to spare stacks more (four on a laptop or projector, more when only one or two lanes are
 * shown) and a phone fewer.
 * @example titlesPerCell({ width: 1366, height: 768 }, 4) // 4
 */
export function titlesPerCell(screen: { width: number; height: number }, lanes: number): number {
  const base = screen.width >= 992 && screen.height >= 700 ? 4 : 3;
  return lanes <= 2 ? base + 2 : base;
}
