/**
 * The opening index the timeline draws from first (issue 13): as built, it holds exactly the entries of the
 * whole index that overlap the opening period, the whole timeline's bounds, and a period every opening
 * window fits in, whatever the screen.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/paths';
import { LANGS } from '../../src/i18n';
import type { TimelineIndex, TimelineOpening } from '../../src/lib/timeline-data';
import { dayMs, openingPeriod, openingWindow, timelineBounds, withinPeriod } from '../../src/lib/timeline-view';
import { endOf } from '../../src/lib/timeline-items';

const read = <T>(path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;

describe.each(LANGS)('/data/timeline-opening.%s.json', (lang) => {
  const opening = read<TimelineOpening>(`data/timeline-opening.${lang}.json`);
  const index = read<TimelineIndex>(`data/timeline-index.${lang}.json`);

  test('holds the whole index’s entries that overlap the opening period, unchanged and in the same order', () => {
    const { start, end } = opening.period;
    const overlapping = index.events.filter((e) => dayMs(e.start) < end && endOf(e) > start);
    expect(overlapping.length).toBeGreaterThan(20);
    expect(overlapping.length).toBeLessThan(index.events.length);
    expect(opening.events).toEqual(overlapping);
    expect(opening.lang).toBe(lang);
  });

  test('carries the bounds of the whole timeline and the period every opening window fits in', () => {
    expect(opening.bounds).toEqual(timelineBounds(index.events));
    expect(opening.period).toEqual(openingPeriod());
    for (const width of [200, 390, 800, 1366, 1440, 2560, 5000])
      expect(withinPeriod(openingWindow(width), opening.period), `${width}px`).toBe(true);
  });
});
