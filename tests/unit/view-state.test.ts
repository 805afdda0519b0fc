import { describe, expect, test } from 'vitest';
import { EMPTY_VIEW, parseViewState, sameFilters, serializeViewState } from '../../src/lib/view-state';

describe('parseViewState', () => {
  test('reads every parameter', () => {
    expect(
      parseViewState(
        '?side=soviet,japanese&paper=ozawa-1987&work=sokolov-1983,perepiska-2008&theme=concessions&person=karakhan&q=%E8%8A%B3%E6%BE%A4&event=1923-09-22-x&from=1923-09-01&to=1925-01-31',
      ),
    ).toEqual({
      sides: ['japanese', 'soviet'],
      both: false,
      papers: ['ozawa-1987'],
      works: ['sokolov-1983', 'perepiska-2008'],
      themes: ['concessions'],
      people: ['karakhan'],
      text: '芳澤',
      event: '1923-09-22-x',
      from: '1923-09-01',
      to: '1925-01-31',
    });
  });
  test.each([
    ['?side=martian', { sides: [] }],
    ['?both=1', { both: true }],
    ['?both=yes', { both: false }],
    ['?side=soviet&side=context', { sides: ['soviet', 'context'] }],
    ['?paper=<script>', { papers: [] }],
    ['?event=../../etc', { event: null }],
    ['?from=1925-01-01&to=1924-01-01', { from: null, to: null }],
    ['?from=1925-01-01', { from: null, to: null }],
    ['', EMPTY_VIEW],
  ])('drops what is not valid: %s', (search, expected) => {
    expect(parseViewState(search)).toMatchObject(expected);
  });
});

describe('serializeViewState', () => {
  test.each([
    [{ ...EMPTY_VIEW, sides: ['soviet' as const] }, 'side=soviet'],
    [{ ...EMPTY_VIEW, sides: ['japanese' as const, 'soviet' as const, 'other' as const, 'context' as const] }, ''],
    [
      { ...EMPTY_VIEW, works: ['sokolov-1983', 'perepiska-2008'], event: 'x-1' },
      'work=sokolov-1983,perepiska-2008&event=x-1',
    ],
    [{ ...EMPTY_VIEW, both: true, sides: ['soviet' as const] }, 'side=soviet&both=1'],
    [EMPTY_VIEW, ''],
  ])('%j → %s', (state, query) => {
    expect(serializeViewState(state)).toBe(query);
  });
  test('round trip', () => {
    const query = 'side=soviet,other&paper=shulatov&theme=sakhalin&q=oil&event=a-b&from=1920-01-01&to=1921-01-01';
    expect(serializeViewState(parseViewState(query))).toBe(query);
  });
  test('a window change is not a filter change', () => {
    expect(sameFilters({ ...EMPTY_VIEW, from: '1920-01-01', to: '1921-01-01' }, EMPTY_VIEW)).toBe(true);
    expect(sameFilters({ ...EMPTY_VIEW, sides: ['soviet'] }, EMPTY_VIEW)).toBe(false);
  });
});
