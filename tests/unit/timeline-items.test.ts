import { describe, expect, test } from 'vitest';
import { buildWindowIndex, eventsInWindow, itemsForWindow, type Drawable } from '../../src/lib/timeline-items';

const event = (id: string, start: string, end: string | null, sides: Drawable['sides'] = ['soviet'], shape: Drawable['shape'] = start === end ? 'point' : 'span'): Drawable => ({ id, start, end, shape, partial: false, sides });
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
});

describe('itemsForWindow', () => {
  test('one item per event and lane, linked when an event is in two lanes', () => {
    const index = buildWindowIndex([event('a', '1923-09-22', '1923-09-22', ['japanese', 'soviet']), event('b', '1924-02-21', '1924-02-29', ['context'])]);
    const { items, bucketed } = itemsForWindow(index, { from: '1923-01-01', to: '1924-12-31' }, { keep: () => true, lanes: new Set(['japanese', 'soviet', 'other', 'context']), maxItems: 100 });
    expect(bucketed).toBe(false);
    expect(items.map((i) => i.id)).toEqual(['a::japanese', 'a::soviet', 'b::context']);
    expect(items.map((i) => i.type === 'event' && i.linked)).toEqual([true, true, false]);
  });
  test('lanes and filters decide what is drawn', () => {
    const index = buildWindowIndex([event('a', '1923-09-22', '1923-09-22', ['japanese', 'soviet']), event('b', '1923-10-01', '1923-10-01', ['japanese'])]);
    const { items } = itemsForWindow(index, { from: '1923-01-01', to: '1924-12-31' }, { keep: (e) => e.id === 'a', lanes: new Set(['soviet']), maxItems: 100 });
    expect(items.map((i) => i.id)).toEqual(['a::soviet']);
  });
  test('too many for the screen: counts per period and lane, never more than about maxBuckets per lane', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => event(`e${i}`, new Date(ms('1917-01-01') + (i % 3000) * 86_400_000).toISOString().slice(0, 10), null, i % 2 ? ['soviet'] : ['japanese']));
    const index = buildWindowIndex(many);
    const { items, bucketed, inWindow } = itemsForWindow(index, { from: '1917-01-01', to: '1925-12-31' }, { keep: () => true, lanes: new Set(['japanese', 'soviet']), maxItems: 200, maxBuckets: 60, always: new Set(['e5']) });
    expect(bucketed).toBe(true);
    expect(inWindow).toBe(10_000);
    const buckets = items.filter((i) => i.type === 'bucket');
    expect(buckets.length).toBeLessThanOrEqual(2 * 120);
    expect(buckets.reduce((n, b) => n + (b.type === 'bucket' ? b.count : 0), 0)).toBe(10_000);
    expect(items.filter((i) => i.type === 'event').map((i) => i.id)).toEqual(['e5::soviet']);
  });
});
