import { describe, expect, test } from 'vitest';
import { describeView, formatDay, printedEntries, type PrintStrings, type ViewLabels } from '../../src/lib/print-view';
import { inWindow } from '../../src/lib/view-window';
import { EMPTY_VIEW, parseViewState } from '../../src/lib/view-state';

const labels: ViewLabels = {
  sides: { japanese: '● Japanese sources', soviet: '★ Soviet sources', other: '◆ Other', context: 'Context' },
  papers: { shimosato: 'Shimosato 2004' },
  works: { 'sokolov-1983': 'ソコロフ' },
  themes: { fisheries: 'Fisheries' },
  people: { karakhan: 'Lev Karakhan' },
};
const strings: PrintStrings = {
  facets: { sides: 'Sources', papers: 'Paper', works: 'Cited work', themes: 'Theme', people: 'Person' },
  filters: 'Filters',
  text: 'Search text',
  window: 'Time window',
  noFilter: 'none (every event)',
  wholePeriod: 'the whole period',
};

describe('describeView', () => {
  test('no filter and no window says so', () => {
    expect(describeView(EMPTY_VIEW, labels, strings, 'en')).toEqual([
      { label: 'Filters', value: 'none (every event)' },
      { label: 'Time window', value: 'the whole period' },
    ]);
  });
  test('every filter in use by name, unknown ids as they are, the search text and the window as dates', () => {
    const state = parseViewState(
      '?side=soviet,japanese&paper=shimosato&work=sokolov-1983&theme=fisheries,zzz&person=karakhan&q=Beijing&from=1923-09-01&to=1925-01-31',
    );
    expect(describeView(state, labels, strings, 'en')).toEqual([
      { label: 'Sources', value: '● Japanese sources, ★ Soviet sources' },
      { label: 'Paper', value: 'Shimosato 2004' },
      { label: 'Cited work', value: 'ソコロフ' },
      { label: 'Theme', value: 'Fisheries, zzz' },
      { label: 'Person', value: 'Lev Karakhan' },
      { label: 'Search text', value: '“Beijing”' },
      { label: 'Time window', value: '1 September 1923 – 31 January 1925' },
    ]);
    expect(
      describeView(parseViewState('?side=soviet&from=1923-09-01&to=1925-01-31'), labels, strings, 'ja').at(-1),
    ).toEqual({ label: 'Time window', value: '1923年9月1日 – 1925年1月31日' });
  });
  test('formatDay writes days as the site does', () => {
    expect(formatDay('1925-01-20', 'en')).toBe('20 January 1925');
    expect(formatDay('1925-01-20', 'ja')).toBe('1925年1月20日');
  });
});

describe('what prints', () => {
  const entries = [
    { id: 'a', start: '1918-08-02', end: '1918-08-02', hidden: false },
    { id: 'b', start: '1923-09-22', end: '1923-09-22', hidden: false },
    { id: 'c', start: '1924-05-14', end: null, hidden: true },
    { id: 'd', start: '1925-01-20', end: '1925-01-20', hidden: false },
  ];
  test('the selected event alone, even when a filter hides it', () => {
    expect(printedEntries(entries, parseViewState('?event=b'))).toEqual(new Set(['b']));
    expect(printedEntries(entries, parseViewState('?event=c&side=soviet'))).toEqual(new Set(['c']));
  });
  test('else the entries the filters show, inside the window', () => {
    expect(printedEntries(entries, EMPTY_VIEW)).toEqual(new Set(['a', 'b', 'd']));
    expect(printedEntries(entries, parseViewState('?from=1923-09-01&to=1925-01-31'))).toEqual(new Set(['b', 'd']));
    // An event id that is not on the page prints the view rather than nothing.
    expect(printedEntries(entries, parseViewState('?event=gone&from=1923-09-01&to=1923-12-31'))).toEqual(
      new Set(['b']),
    );
  });
  test('windows include both days; an open end counts as the stretch the timeline draws', () => {
    expect(inWindow({ start: '1925-01-31', end: '1925-01-31' }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1923-08-31', end: '1923-08-31' }, '1923-09-01', '1925-01-31')).toBe(false);
    expect(inWindow({ start: '1923-08-01', end: '1923-09-01' }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1923-08-01', end: null }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1920-01-01', end: null }, '1923-09-01', '1925-01-31')).toBe(false);
  });
});
