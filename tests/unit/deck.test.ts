import { describe, expect, test } from 'vitest';
import {
  buildDeck,
  clampIndex,
  initialIndex,
  keyAction,
  move,
  presentSearch,
  publicUrl,
  slideParam,
  swipeAction,
  timelineHref,
} from '../../src/lib/deck';
import { EMPTY_VIEW, parseViewState } from '../../src/lib/view-state';
import type { TimelineAccount, TimelineData, TimelineDatum } from '../../src/lib/timeline-data';

const account = (kind: TimelineAccount['kind'], work: string, side: string = kind): TimelineAccount => ({
  side,
  kind,
  marker: kind === 'japanese' ? '●' : kind === 'soviet' ? '★' : '',
  text: `${kind} text`,
  paper: 'p',
  citations: [{ work, citedAs: `${work} 1` }],
});

const event = (id: string, accounts: TimelineAccount[], extra: Partial<TimelineDatum> = {}): TimelineDatum => ({
  id,
  start: id.slice(0, 10),
  end: id.slice(0, 10),
  shape: 'point',
  partial: false,
  date: id.slice(0, 10),
  title: `Title ${id}`,
  url: `/en/events/${id}/`,
  sideIds: [...new Set(accounts.map((a) => a.side))],
  sides: [...new Set(accounts.map((a) => a.kind))],
  papers: ['p'],
  works: [...new Set(accounts.flatMap((a) => a.citations.map((c) => c.work)))],
  themes: [],
  people: [],
  text: `title ${id}`,
  accounts,
  notes: [],
  ...extra,
});

const data: TimelineData = {
  lang: 'en',
  aliases: [],
  events: [
    event('1923-09-01-a', [account('japanese', 'nakano'), account('soviet', 'sokolov')]),
    event('1923-09-22-b', [account('soviet', 'sokolov'), account('soviet', 'perepiska'), account('context', 'ctx')]),
    event('1924-01-01-c', [account('japanese', 'nakano'), account('other', 'omsk-work', 'omsk')], {
      themes: ['concessions'],
    }),
  ],
  works: {
    nakano: { short: '中野', reference: 'Nakano, full reference.', paper: false, shortForms: ['中野'] },
    sokolov: {
      short: 'ソコロフ',
      reference: 'Sokolov, full reference.',
      paper: false,
      shortForms: ['ソコロフ'],
      shortEn: { ソコロフ: 'Sokolov' },
    },
    perepiska: { short: 'Perepiska', reference: 'Perepiska, full.', paper: false, shortForms: ['Perepiska'] },
    ctx: { short: 'Ctx', reference: 'Ctx, full.', paper: false, shortForms: ['Ctx'] },
  },
  sides: {},
  papers: {},
};

describe('buildDeck', () => {
  test('every event of an unfiltered view is a slide, in order, with ● and ★ columns and the other sides present', () => {
    const deck = buildDeck(data, EMPTY_VIEW);
    expect(deck.map((s) => s.id)).toEqual(['1923-09-01-a', '1923-09-22-b', '1924-01-01-c']);
    expect(deck[0]!.columns.map((c) => c.kind)).toEqual(['japanese', 'soviet']);
    expect(deck[1]!.columns.map((c) => [c.kind, c.accounts.length])).toEqual([
      ['japanese', 0],
      ['soviet', 2],
      ['context', 1],
    ]);
    expect(deck[2]!.columns.map((c) => c.kind)).toEqual(['japanese', 'soviet', 'other']);
  });
  test('side=soviet keeps only events with ★ accounts, and only the ★ column', () => {
    const deck = buildDeck(data, parseViewState('?side=soviet'));
    expect(deck.map((s) => s.id)).toEqual(['1923-09-01-a', '1923-09-22-b']);
    for (const slide of deck) expect(slide.columns.map((c) => c.kind)).toEqual(['soviet']);
  });
  test('references are the full references of the shown accounts only, in citation order, once each', () => {
    expect(buildDeck(data, EMPTY_VIEW)[1]!.references).toEqual([
      { work: 'sokolov', reference: 'Sokolov, full reference.' },
      { work: 'perepiska', reference: 'Perepiska, full.' },
      { work: 'ctx', reference: 'Ctx, full.' },
    ]);
    expect(buildDeck(data, parseViewState('?side=japanese'))[0]!.references.map((r) => r.work)).toEqual(['nakano']);
    // An unknown work falls back to its id rather than disappearing.
    expect(buildDeck(data, parseViewState('?side=other'))[0]!.references).toEqual([
      { work: 'omsk-work', reference: 'omsk-work' },
    ]);
  });
  test('the other filters apply as on the timeline', () => {
    expect(buildDeck(data, parseViewState('?theme=concessions')).map((s) => s.id)).toEqual(['1924-01-01-c']);
    expect(buildDeck(data, parseViewState('?q=nothing-matches'))).toEqual([]);
  });
  test('q= finds other spellings of a name, as the site search does', () => {
    const withAliases: TimelineData = { ...data, aliases: [['title 1923-09-22-b', 'another spelling']] };
    expect(buildDeck(data, parseViewState('?q=another+spelling'))).toEqual([]);
    expect(buildDeck(withAliases, parseViewState('?q=another+spelling')).map((s) => s.id)).toEqual(['1923-09-22-b']);
  });
  test('the time window of the view applies: only events overlapping from–to, both days included', () => {
    expect(buildDeck(data, parseViewState('?from=1923-09-10&to=1923-12-31')).map((s) => s.id)).toEqual([
      '1923-09-22-b',
    ]);
    expect(buildDeck(data, parseViewState('?from=1923-09-22&to=1924-01-01')).map((s) => s.id)).toEqual([
      '1923-09-22-b',
      '1924-01-01-c',
    ]);
    expect(buildDeck(data, parseViewState('?side=soviet&from=1923-09-02&to=1925-01-31')).map((s) => s.id)).toEqual([
      '1923-09-22-b',
    ]);
    // A window alone (no from or no to) is no window, as on the timeline.
    expect(buildDeck(data, parseViewState('?from=1923-09-10'))).toHaveLength(3);
  });
  test('a short event is one slide, part 1 of 1', () => {
    expect(buildDeck(data, EMPTY_VIEW).map((s) => [s.part, s.parts])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });
  test('a long event runs on over continuation slides: every account once, in order, references per part', () => {
    const long = (kind: TimelineAccount['kind'], n: number, work: string) => ({
      ...account(kind, work),
      text: `${kind} ${n} ${'x'.repeat(500)}`,
    });
    const big: TimelineData = {
      ...data,
      events: [
        event('1925-01-20-z', [
          long('japanese', 1, 'nakano'),
          long('japanese', 2, 'nakano'),
          long('japanese', 3, 'sokolov'),
          long('soviet', 1, 'sokolov'),
          long('context', 1, 'ctx'),
        ]),
      ],
    };
    const deck = buildDeck(big, EMPTY_VIEW, 1800);
    expect(deck.map((s) => `${s.part}/${s.parts}`)).toEqual(['1/2', '2/2']);
    expect(deck.every((s) => s.id === '1925-01-20-z' && s.title === 'Title 1925-01-20-z')).toBe(true);
    // The first part has every column; the continuation only the column that runs on.
    expect(deck[0]!.columns.map((c) => [c.kind, c.accounts.length])).toEqual([
      ['japanese', 1],
      ['soviet', 1],
      ['context', 1],
    ]);
    expect(deck[1]!.columns.map((c) => [c.kind, c.accounts.length])).toEqual([['japanese', 2]]);
    const texts = deck.flatMap((s) =>
      s.columns.flatMap((c) => c.accounts.map((a) => a.text.split(' ').slice(0, 2).join(' '))),
    );
    expect(texts).toEqual(['japanese 1', 'soviet 1', 'context 1', 'japanese 2', 'japanese 3']);
    expect(deck[0]!.references.map((r) => r.work)).toEqual(['nakano', 'sokolov', 'ctx']);
    expect(deck[1]!.references.map((r) => r.work)).toEqual(['nakano', 'sokolov']);
  });
});

describe('where the deck opens', () => {
  const slides = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  test('slide=N is 1-based; junk is ignored', () => {
    expect(slideParam('?slide=3')).toBe(2);
    expect(slideParam('?slide=1')).toBe(0);
    for (const bad of ['?slide=0', '?slide=-1', '?slide=x', '?slide=2.5', '', '?slide='])
      expect(slideParam(bad), bad).toBeNull();
  });
  test('an event opens on its first part unless slide= names one of its parts', () => {
    const parts = [{ id: 'a' }, { id: 'b' }, { id: 'b' }, { id: 'b' }, { id: 'c' }];
    expect(initialIndex(parts, 'b', null)).toBe(1);
    expect(initialIndex(parts, 'b', 3)).toBe(3);
    expect(initialIndex(parts, 'b', 4)).toBe(1);
  });
  test('event wins when it is in the deck; else the slide number, clamped; else the first slide', () => {
    expect(initialIndex(slides, 'b', 2)).toBe(1);
    expect(initialIndex(slides, 'zzz', 2)).toBe(2);
    expect(initialIndex(slides, null, 99)).toBe(2);
    expect(initialIndex(slides, null, null)).toBe(0);
    expect(initialIndex([], 'a', 3)).toBe(0);
  });
  test('clampIndex', () => {
    expect(clampIndex(-4, 3)).toBe(0);
    expect(clampIndex(7, 3)).toBe(2);
    expect(clampIndex(1, 0)).toBe(0);
    expect(clampIndex(Number.NaN, 3)).toBe(0);
  });
});

describe('moving', () => {
  test('clicker, arrow, space and home/end keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => keyAction(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => keyAction(k))).toEqual(['previous', 'previous']);
    expect(keyAction(' ', { shiftKey: true })).toBe('previous');
    expect([keyAction('Home'), keyAction('End'), keyAction('f'), keyAction('F')]).toEqual([
      'first',
      'last',
      'fullscreen',
      'fullscreen',
    ]);
    expect(keyAction('f', { ctrlKey: true })).toBeNull();
    expect(keyAction('ArrowRight', { altKey: true })).toBeNull();
    expect(keyAction('ArrowDown')).toBeNull();
  });
  test('move stays inside the deck', () => {
    expect(move(0, 'previous', 3)).toBe(0);
    expect(move(2, 'next', 3)).toBe(2);
    expect(move(1, 'next', 3)).toBe(2);
    expect(move(1, 'first', 3)).toBe(0);
    expect(move(0, 'last', 3)).toBe(2);
    expect(move(1, 'fullscreen', 3)).toBe(1);
  });
  test('a swipe is long and mostly horizontal; left goes forward', () => {
    expect(swipeAction(-120, 10)).toBe('next');
    expect(swipeAction(120, -20)).toBe('previous');
    expect(swipeAction(-30, 0)).toBeNull();
    expect(swipeAction(-100, 90)).toBeNull();
  });
});

describe('URLs', () => {
  test('the deck URL keeps the view, names the event and the slide', () => {
    expect(presentSearch({ ...EMPTY_VIEW, sides: ['soviet'] }, 'x-1', 2)).toBe('?side=soviet&event=x-1&slide=3');
    expect(presentSearch(EMPTY_VIEW, null, 0)).toBe('?slide=1');
    expect(presentSearch(parseViewState('?event=old&q=芳澤'), 'new', 4)).toBe(
      `?q=${encodeURIComponent('芳澤')}&event=new&slide=5`,
    );
  });
  test('the way back to the timeline keeps the view', () => {
    expect(timelineHref('ja', parseViewState('?side=soviet&slide=4'))).toBe('/ja/?side=soviet#timeline');
    expect(timelineHref('en', EMPTY_VIEW)).toBe('/en/#timeline');
  });
  test('permalinks use the public address, under its sub-path if any', () => {
    expect(publicUrl('/en/events/x/', 'https://example.org/')).toBe('https://example.org/en/events/x/');
    expect(publicUrl('/nisso/ja/events/y/', 'https://example.org/nisso/')).toBe(
      'https://example.org/nisso/ja/events/y/',
    );
    expect(publicUrl('/ja/?side=soviet&from=1923-09-01&to=1925-01-31', 'http://127.0.0.1:4321')).toBe(
      'http://127.0.0.1:4321/ja/?side=soviet&from=1923-09-01&to=1925-01-31',
    );
  });
});
