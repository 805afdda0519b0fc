import { describe, expect, test } from 'vitest';
import {
  buildWindowIndex,
  eventsInWindow,
  itemsForWindow,
  periodGrid,
  type Drawable,
} from '../../src/lib/timeline-items';

const event = (
  id: string,
  start: string,
  end: string | null,
  sides: Drawable['sides'] = ['soviet'],
  shape: Drawable['shape'] = start === end ? 'point' : 'span',
): Drawable => ({ id, start, end, shape, partial: false, sides });
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('eventsInWindow', () => {
  const index = buildWindowIndex([
    event('long', '1918-01-01', '1922-12-31'),
    event('day', '1923-09-22', '1923-09-22'),
    event('open', '1924-05-14', null),
    event('later', '1930-01-01', '1930-01-01'),
  ]);
  test.each([
    ['1920-01-01', '1920-12-31', ['long']],
    ['1923-09-01', '1923-09-30', ['day']],
    ['1924-06-01', '1924-06-30', ['open']],
    ['1923-01-01', '1924-12-31', ['day', 'open']],
    ['1925-01-01', '1925-12-31', []],
  ])('%s – %s', (from, to, ids) => {
    expect(eventsInWindow(index, ms(from), ms(to), () => true).map((e) => e.id)).toEqual(ids);
  });
  test('finds every event by id too, the same objects it finds by time', () => {
    expect([...index.byId.keys()].sort()).toEqual(['day', 'later', 'long', 'open']);
    for (const e of index.events) expect(index.byId.get(e.id)).toBe(e);
  });
});

const ALL = new Set(['japanese', 'soviet', 'other', 'context'] as const);

describe('itemsForWindow', () => {
  test('one item per event and lane, linked when an event is in two lanes', () => {
    const index = buildWindowIndex([
      event('a', '1923-09-22', '1923-09-22', ['japanese', 'soviet']),
      event('b', '1924-02-21', '1924-02-29', ['context']),
    ]);
    const { items, bucketed } = itemsForWindow(
      index,
      { from: '1923-01-01', to: '1924-12-31' },
      { keep: () => true, lanes: ALL, widthPx: 1000 },
    );
    expect(bucketed).toBe(false);
    expect(items.map((i) => i.id)).toEqual(['a::japanese', 'a::soviet', 'b::context']);
    expect(items.map((i) => i.type === 'event' && i.linked)).toEqual([true, true, false]);
  });
  test('lanes and filters decide what is drawn', () => {
    const index = buildWindowIndex([
      event('a', '1923-09-22', '1923-09-22', ['japanese', 'soviet']),
      event('b', '1923-10-01', '1923-10-01', ['japanese']),
    ]);
    const { items } = itemsForWindow(
      index,
      { from: '1923-01-01', to: '1924-12-31' },
      { keep: (e) => e.id === 'a', lanes: new Set(['soviet']), widthPx: 1000 },
    );
    expect(items.map((i) => i.id)).toEqual(['a::soviet']);
  });
  test('titles where they fit, a count only in the crowded lane and period', () => {
    // 1000 px for 100 days, 200 px a title: periods of 20 days. Five ★ events in the first period, one ● in it.
    const crowded = ['01', '03', '05', '07', '09'].map((d) =>
      event(`s${d}`, `1924-01-${d}`, `1924-01-${d}`, ['soviet']),
    );
    const index = buildWindowIndex([
      ...crowded,
      event('j', '1924-01-02', '1924-01-02', ['japanese']),
      event('late', '1924-03-01', '1924-03-01', ['soviet']),
    ]);
    const { items, bucketed } = itemsForWindow(
      index,
      { from: '1924-01-01', to: '1924-04-09' },
      { keep: () => true, lanes: ALL, widthPx: 1000, titlePx: 200, perCell: 3, always: new Set(['s05']) },
    );
    expect(bucketed).toBe(true);
    expect(
      items
        .filter((i) => i.type === 'event')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['j::japanese', 'late::soviet', 's05::soviet']);
    const [bucket] = items.filter((i) => i.type === 'bucket');
    expect(bucket).toMatchObject({ lane: 'soviet', count: 5, startMs: ms('1924-01-01'), endMs: ms('1924-01-21') });
  });
  test('count boxes are never narrower than half a title, even at the right edge', () => {
    const grid = periodGrid(0, 1000 * 86_400_000, 1050, 200);
    const widths = grid.starts.map((s, i) => (grid.starts[i + 1] ?? grid.end) - s);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual((1000 * 86_400_000 * 200) / 1050 / 2);
    expect(grid.starts[0]).toBe(0);
  });
  test('10,000 events in the window: the boxes are bounded by the width, and every event is counted', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      event(
        `e${i}`,
        new Date(ms('1917-01-01') + (i % 3000) * 86_400_000).toISOString().slice(0, 10),
        null,
        i % 2 ? ['soviet'] : ['japanese'],
      ),
    );
    const index = buildWindowIndex(many);
    const { items, bucketed, inWindow } = itemsForWindow(
      index,
      { from: '1917-01-01', to: '1925-12-31' },
      {
        keep: () => true,
        lanes: new Set(['japanese', 'soviet']),
        widthPx: 1200,
        titlePx: 200,
        always: new Set(['e5']),
      },
    );
    expect(bucketed).toBe(true);
    expect(inWindow).toBe(10_000);
    const buckets = items.filter((i) => i.type === 'bucket');
    expect(buckets.length).toBeLessThanOrEqual(2 * 6);
    expect(buckets.reduce((n, b) => n + (b.type === 'bucket' ? b.count : 0), 0)).toBe(10_000);
    expect(items.filter((i) => i.type === 'event').map((i) => i.id)).toEqual(['e5::soviet']);
  });
});
