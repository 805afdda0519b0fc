import { describe, expect, test } from 'vitest';
import {
  axisLabel,
  clampWindow,
  dayMs,
  fromWindow,
  openingWindow,
  panWindow,
  timelineBounds,
  titlesPerCell,
  toWindow,
  windowAround,
  zoomWindow,
} from '../../src/lib/timeline-view';

const DAY = 86_400_000;

describe('timelineBounds', () => {
  test('the 1905–1945 extent when every event is inside it', () => {
    expect(timelineBounds([{ start: '1923-09-22', end: '1923-09-22' }])).toEqual(toWindow('1905-01-01', '1945-12-31'));
  });
  test('widened to whole years around events outside it (1880, 1956)', () => {
    const b = timelineBounds([
      { start: '1880-01-01', end: '1880-12-31' },
      { start: '1956-01-01', end: '1956-12-31' },
    ]);
    expect(b.start).toBeLessThanOrEqual(dayMs('1880-01-01'));
    expect(b.end).toBeGreaterThan(dayMs('1956-12-31'));
  });
});

describe('windows', () => {
  const bounds = toWindow('1905-01-01', '1945-12-31');
  test('the opening window starts with the Beijing talks and widens with the screen', () => {
    expect(fromWindow(openingWindow(1000)).from).toBe('1923-09-01');
    expect(openingWindow(1000).end - openingWindow(1000).start).toBeGreaterThan(
      openingWindow(330).end - openingWindow(330).start,
    );
  });
  test('zoom keeps the centre; pan moves by a fraction; both stay inside the bounds', () => {
    const w = toWindow('1924-01-01', '1924-12-31');
    const z = zoomWindow(w, 0.5, bounds);
    expect((z.start + z.end) / 2).toBeCloseTo((w.start + w.end) / 2, -3);
    expect(z.end - z.start).toBeCloseTo((w.end - w.start) / 2, -3);
    expect(panWindow(w, 0.5, bounds).start).toBeGreaterThan(w.start);
    expect(panWindow(toWindow('1905-01-01', '1906-01-01'), -1, bounds).start).toBe(bounds.start);
    expect(zoomWindow(bounds, 4, bounds)).toEqual(bounds);
    expect(clampWindow({ start: 0, end: DAY }, bounds).end - clampWindow({ start: 0, end: DAY }, bounds).start).toBe(
      7 * DAY,
    );
  });
  test('a window around an event contains it', () => {
    const w = windowAround({ start: '1956-02-01', end: '1956-02-01' }, 240 * DAY);
    expect(w.start).toBeLessThan(dayMs('1956-02-01'));
    expect(w.end).toBeGreaterThan(dayMs('1956-02-02'));
  });
  test('ISO round trip', () => {
    expect(fromWindow(toWindow('1923-09-01', '1925-01-31'))).toEqual({ from: '1923-09-01', to: '1925-01-31' });
  });
});

describe("axis labels speak the page's language", () => {
  const sept = Date.UTC(1923, 8, 1);
  test.each([
    [sept, 'month', 'ja', 'minor', '9月'],
    [sept, 'month', 'en', 'minor', 'Sept'],
    [sept, 'month', 'ja', 'major', '1923年'],
    [sept, 'day', 'ja', 'major', '1923年9月'],
    [sept, 'day', 'en', 'major', 'September 1923'],
    [sept, 'year', 'ja', 'minor', '1923年'],
    [Date.UTC(1923, 8, 22), 'day', 'ja', 'minor', '22日'],
  ] as const)('%s %s %s %s → %s', (ms, scale, lang, kind, expected) => {
    expect(axisLabel(ms, scale, lang, kind)).toBe(expected);
  });
  test('every month, day and year reads as Intl prints it in en-GB and ja-JP', () => {
    const intl = (lang: 'ja' | 'en', options: Intl.DateTimeFormatOptions, ms: number) =>
      new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { ...options, timeZone: 'UTC' }).format(ms);
    for (const lang of ['ja', 'en'] as const)
      for (let month = 0; month < 12; month++)
        for (const day of [1, 9, 28]) {
          const ms = Date.UTC(1924, month, day);
          expect(axisLabel(ms, 'month', lang, 'minor')).toBe(intl(lang, { month: 'short' }, ms));
          expect(axisLabel(ms, 'day', lang, 'minor')).toBe(intl(lang, { day: 'numeric' }, ms));
          expect(axisLabel(ms, 'year', lang, 'minor')).toBe(intl(lang, { year: 'numeric' }, ms));
          expect(axisLabel(ms, 'month', lang, 'major')).toBe(intl(lang, { year: 'numeric' }, ms));
          expect(axisLabel(ms, 'day', lang, 'major')).toBe(intl(lang, { year: 'numeric', month: 'long' }, ms));
        }
  });
});

describe('titlesPerCell', () => {
  test('a laptop or projector stacks four titles per lane and period, a phone three, one or two lanes more', () => {
    expect(titlesPerCell({ width: 1440, height: 900 }, 4)).toBe(4);
    expect(titlesPerCell({ width: 1366, height: 768 }, 4)).toBe(4);
    expect(titlesPerCell({ width: 390, height: 844 }, 4)).toBe(3);
    expect(titlesPerCell({ width: 1024, height: 600 }, 4)).toBe(3);
    expect(titlesPerCell({ width: 1440, height: 900 }, 1)).toBe(6);
    expect(titlesPerCell({ width: 390, height: 844 }, 2)).toBe(5);
  });
});
