import { describe, expect, test } from 'vitest';
import {
  describeView,
  formatDay,
  printScope,
  printSearch,
  type PrintStrings,
  type ViewLabels,
} from '../../src/lib/print-view';
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
  both: 'Only events with both ● Japanese-side and ★ Soviet-side accounts',
  text: 'Search text',
  window: 'Time window',
  noFilter: 'none (every event)',
  wholePeriod: 'the whole period',
};

describe('describeView', () => {
  test('no filter and no timeline window says so', () => {
    expect(describeView(EMPTY_VIEW, null, labels, strings, 'en')).toEqual([
      { label: 'Filters', value: 'none (every event)' },
      { label: 'Time window', value: 'the whole period' },
    ]);
  });
  test('no filter, and the window the timeline shows written out as days', () => {
    expect(describeView(EMPTY_VIEW, { from: '1923-09-01', to: '1924-02-10' }, labels, strings, 'en')).toEqual([
      { label: 'Filters', value: 'none (every event)' },
      { label: 'Time window', value: '1 September 1923 – 10 February 1924' },
    ]);
  });
  test('every filter in use by name, unknown ids as they are, both sides, the search text and the window', () => {
    const state = parseViewState(
      '?side=soviet,japanese&both=1&paper=shimosato&work=sokolov-1983&theme=fisheries,zzz&person=karakhan&q=Beijing&from=1923-09-01&to=1925-01-31',
    );
    expect(describeView(state, { from: '1923-09-01', to: '1925-01-31' }, labels, strings, 'en')).toEqual([
      { label: 'Sources', value: '● Japanese sources, ★ Soviet sources' },
      { label: 'Paper', value: 'Shimosato 2004' },
      { label: 'Cited work', value: 'ソコロフ' },
      { label: 'Theme', value: 'Fisheries, zzz' },
      { label: 'Person', value: 'Lev Karakhan' },
      { label: 'Filters', value: 'Only events with both ● Japanese-side and ★ Soviet-side accounts' },
      { label: 'Search text', value: '“Beijing”' },
      { label: 'Time window', value: '1 September 1923 – 31 January 1925' },
    ]);
    // The both-sides filter alone is a filter: "no filter" is not said beside it.
    expect(describeView(parseViewState('?both=1'), null, labels, strings, 'en')[0]).toEqual({
      label: 'Filters',
      value: strings.both,
    });
    // Without the timeline's window, the URL's window.
    expect(
      describeView(parseViewState('?side=soviet&from=1923-09-01&to=1925-01-31'), null, labels, strings, 'ja').at(-1),
    ).toEqual({ label: 'Time window', value: '1923年9月1日 – 1925年1月31日' });
  });
  test('formatDay writes days as the site does', () => {
    expect(formatDay('1925-01-20', 'en')).toBe('20 January 1925');
    expect(formatDay('1925-01-20', 'ja')).toBe('1925年1月20日');
  });
});

describe('what prints, and the address that opens it', () => {
  test('the selected event when its accounts are open, else the view', () => {
    expect(printScope(parseViewState('?event=b'), 'b')).toBe('event');
    // Selected in the URL but not (or not yet) open on the page: the view's list prints.
    expect(printScope(parseViewState('?event=b'), null)).toBe('view');
    expect(printScope(parseViewState('?event=b'), 'a')).toBe('view');
    expect(printScope(EMPTY_VIEW, null)).toBe('view');
  });
  test('a list prints with the window it showed in its address; an event with its own', () => {
    const shown = { from: '1923-09-01', to: '1924-02-10' };
    expect(printSearch(parseViewState('?side=soviet&both=1'), shown, 'view')).toBe(
      '?side=soviet&both=1&from=1923-09-01&to=1924-02-10',
    );
    expect(printSearch(parseViewState('?event=x-1'), shown, 'event')).toBe('?event=x-1');
    expect(printSearch(EMPTY_VIEW, null, 'view')).toBe('');
  });
  test('windows include both days; an open end counts as the stretch the timeline draws', () => {
    expect(inWindow({ start: '1925-01-31', end: '1925-01-31' }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1923-08-31', end: '1923-08-31' }, '1923-09-01', '1925-01-31')).toBe(false);
    expect(inWindow({ start: '1923-08-01', end: '1923-09-01' }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1923-08-01', end: null }, '1923-09-01', '1925-01-31')).toBe(true);
    expect(inWindow({ start: '1920-01-01', end: null }, '1923-09-01', '1925-01-31')).toBe(false);
  });
});
