import { describe, expect, test } from 'vitest';
import { compareTimeOrder, inTimeOrder, stepTarget } from '../../src/lib/timeline-order';
import { buildWindowIndex, eventsInWindow } from '../../src/lib/timeline-items';

const ev = (id: string, start: string, end: string | null = start) => ({
  id,
  start,
  end,
  shape: 'point' as const,
  partial: false,
  sides: ['soviet' as const],
});

describe('the one time order', () => {
  test('by first day; the same day keeps the order given', () => {
    const events = [
      ev('c', '1923-09-22'),
      ev('a', '1922-06-01', '1923-12-31'),
      ev('b1', '1923-09-01'),
      ev('b2', '1923-09-01'),
    ];
    expect(inTimeOrder(events).map((e) => e.id)).toEqual(['a', 'b1', 'b2', 'c']);
    expect(compareTimeOrder({ start: '1923-09-01' }, { start: '1923-09-01' })).toBe(0);
  });
  test('the window index lists a window in that order', () => {
    const events = [
      ev('c', '1923-09-22'),
      ev('a', '1922-06-01', '1923-12-31'),
      ev('b', '1923-01-05'),
      ev('d', '1924-03-01'),
    ];
    const index = buildWindowIndex(events);
    const listed = eventsInWindow(index, Date.UTC(1923, 8, 1), Date.UTC(1923, 11, 31), () => true).map((e) => e.id);
    expect(listed).toEqual(['a', 'c']);
    expect(index.events.map((e) => e.id)).toEqual(inTimeOrder(events).map((e) => e.id));
  });
});

describe('stepTarget: the arrow keys walk the window list, then on in time order', () => {
  // a began in 1922 and runs into the window; b lies before the window; c, e in it; d, f after it.
  const all = ['a', 'b', 'c', 'e', 'd', 'f'];
  const window = ['a', 'c', 'e'];
  test('with nothing selected, → and ← start at the first event of the window', () => {
    expect(stepTarget(all, window, null, 'next')).toBe('a');
    expect(stepTarget(all, window, null, 'previous')).toBe('a');
    expect(stepTarget(all, [], null, 'next')).toBe('a');
  });
  test('→ steps down the window list, ← back up it, even past an event outside the window', () => {
    expect(stepTarget(all, window, 'a', 'next')).toBe('c');
    expect(stepTarget(all, window, 'c', 'next')).toBe('e');
    expect(stepTarget(all, window, 'e', 'previous')).toBe('c');
    expect(stepTarget(all, window, 'c', 'previous')).toBe('a');
  });
  test('past either end of the list: the nearest event beyond it in time order', () => {
    expect(stepTarget(all, window, 'e', 'next')).toBe('d');
    expect(stepTarget(['x', 'a', 'b', 'c'], window, 'a', 'previous')).toBe('x');
    // Nothing before: stay.
    expect(stepTarget(all, window, 'a', 'previous')).toBe('a');
  });
  test('outside the window (the window has not followed yet): time order; Home and End: the ends', () => {
    expect(stepTarget(all, window, 'd', 'next')).toBe('f');
    expect(stepTarget(all, window, 'f', 'next')).toBe('f');
    expect(stepTarget(all, window, 'd', 'previous')).toBe('e');
    expect(stepTarget(all, window, 'c', 'first')).toBe('a');
    expect(stepTarget(all, window, 'c', 'last')).toBe('f');
    expect(stepTarget([], [], null, 'next')).toBe(null);
  });
});
