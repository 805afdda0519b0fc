import { describe, expect, test } from 'vitest';
import {
  filterEvents,
  hasBothSides,
  normaliseText,
  textMatches,
  visibleSides,
  type FilterableEvent,
} from '../../src/lib/filter';
import { EMPTY_VIEW } from '../../src/lib/view-state';

const events: FilterableEvent[] = [
  {
    id: 'a',
    sides: ['japanese', 'soviet'],
    papers: ['shimosato'],
    works: ['nakano-1964', 'sokolov-1983'],
    themes: ['beijing-talks'],
    people: ['karakhan'],
    text: normaliseText('芳澤とカラハンの初会見 Karakhan meets Yoshizawa'),
  },
  {
    id: 'b',
    sides: ['soviet'],
    papers: ['shimosato', 'ozawa-1987'],
    works: ['perepiska-2008'],
    themes: ['concessions'],
    people: ['stalin'],
    text: normaliseText('スターリンの書簡 Stalin letter'),
  },
  {
    id: 'c',
    sides: ['context'],
    papers: ['web-article'],
    works: [],
    themes: [],
    people: [],
    text: normaliseText('関東大震災 Great Kantō earthquake'),
  },
  {
    id: 'd',
    sides: ['other'],
    papers: ['shulatov'],
    works: ['avp-rf'],
    themes: ['sakhalin'],
    people: ['kolchak'],
    text: normaliseText('オムスク政府 Omsk government'),
  },
];

describe('filterEvents', () => {
  test.each([
    [{}, ['a', 'b', 'c', 'd']],
    [{ sides: ['soviet'] }, ['a', 'b']],
    [{ sides: ['japanese'] }, ['a']],
    [{ sides: ['other', 'context'] }, ['c', 'd']],
    [{ papers: ['ozawa-1987'] }, ['b']],
    [{ works: ['sokolov-1983', 'perepiska-2008'] }, ['a', 'b']],
    [{ themes: ['sakhalin'] }, ['d']],
    [{ people: ['karakhan'] }, ['a']],
    [{ text: '芳澤' }, ['a']],
    [{ text: 'ＳＴＡＬＩＮ' }, ['b']],
    [{ sides: ['soviet'], papers: ['web-article'] }, []],
  ])('%j', (filters, ids) => {
    expect(filterEvents(events, { ...EMPTY_VIEW, ...filters } as typeof EMPTY_VIEW).ids).toEqual(ids);
  });

  test('counts show what each option would keep under the other filters', () => {
    const { counts } = filterEvents(events, { ...EMPTY_VIEW, sides: ['soviet'] });
    expect(counts.sides.get('soviet')).toBe(2);
    expect(counts.sides.get('context')).toBe(1); // choosing context instead would keep c
    expect(counts.papers.get('shimosato')).toBe(2);
    expect(counts.papers.get('web-article')).toBeUndefined();
  });

  test('ten thousand events filter in one linear pass', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ ...events[i % 4]!, id: `e${i}` }));
    const { ids } = filterEvents(many, { ...EMPTY_VIEW, sides: ['soviet'], text: 'stalin' });
    expect(ids).toHaveLength(2_500);
  });
});

describe('events with both sides', () => {
  test('both=1 keeps only events with a ● and a ★ account, and counts them under the other filters', () => {
    expect(events.filter(hasBothSides).map((e) => e.id)).toEqual(['a']);
    expect(filterEvents(events, { ...EMPTY_VIEW, both: true }).ids).toEqual(['a']);
    expect(filterEvents(events, EMPTY_VIEW).bothCount).toBe(1);
    expect(filterEvents(events, { ...EMPTY_VIEW, papers: ['ozawa-1987'] }).bothCount).toBe(0);
    // With both=1, an option counts only events that have both sides.
    expect(filterEvents(events, { ...EMPTY_VIEW, both: true }).counts.papers.get('ozawa-1987')).toBeUndefined();
    expect(filterEvents(events, { ...EMPTY_VIEW, both: true }).counts.papers.get('shimosato')).toBe(1);
  });
});

describe('free text', () => {
  test.each([
    ['カラハン', 'カラハンと芳澤', true],
    ['ｶﾗﾊﾝ', 'カラハンと芳澤', true],
    ['  Karakhan ', 'karakhan meets yoshizawa', true],
    ['Joffe', 'karakhan meets yoshizawa', false],
    ['', 'anything', true],
  ])('%s in %s: %s', (query, text, expected) => {
    expect(textMatches(normaliseText(text), query)).toBe(expected);
  });
  test('the texts can come from elsewhere than the events (the timeline index carries none)', () => {
    const texts = new Map(events.map((e) => [e.id, e.text]));
    const bare = events.map(({ text: _text, ...rest }) => rest);
    expect(filterEvents(bare, { ...EMPTY_VIEW, text: 'stalin' }, [], (e) => texts.get(e.id) ?? '').ids).toEqual(['b']);
  });
});

test('visibleSides is every side when none is chosen', () => {
  expect([...visibleSides(EMPTY_VIEW)]).toEqual(['japanese', 'soviet', 'other', 'context']);
  expect([...visibleSides({ ...EMPTY_VIEW, sides: ['soviet'] })]).toEqual(['soviet']);
});
