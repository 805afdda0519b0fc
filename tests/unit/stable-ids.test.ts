import { describe, expect, test } from 'vitest';
import {
  checkStableIds,
  formatPublishedIds,
  mergePublishedIds,
  parsePublishedIds,
  parseRedirects,
} from '../../src/lib/content/stable-ids';

const LIST = 'content/published-ids.txt';
const REDIRECTS = 'content/redirects.yaml';
const events = (...ids: string[]) => new Map(ids.map((id) => [id, `content/events/${id}.md`]));
const list = (...ids: string[]) => parsePublishedIds(formatPublishedIds(ids), LIST).list;

describe('the published list', () => {
  test('is written sorted, one id per line, without duplicates', () => {
    expect(formatPublishedIds(['1924-b', '1917-a', '1924-b'])).toBe('1917-a\n1924-b\n');
    expect(formatPublishedIds([])).toBe('');
  });
  test('is read with line numbers; blank lines are ignored; junk and duplicates are problems', () => {
    const { list: parsed, problems } = parsePublishedIds('1917-a\n\n1924-b\r\nNot an id\n1917-a\n', LIST);
    expect(parsed.ids).toEqual([
      { id: '1917-a', line: 1 },
      { id: '1924-b', line: 3 },
    ]);
    expect(problems).toEqual([
      { file: LIST, line: 4, field: 'id', message: expect.stringContaining('"Not an id" is not an event id') },
      { file: LIST, line: 5, field: 'id', message: 'duplicate id "1917-a" (also line 1)' },
    ]);
  });
  test('ids:update only ever adds', () => {
    expect(mergePublishedIds(['1917-gone', '1924-b'], ['1924-b', '1923-new'])).toEqual({
      ids: ['1917-gone', '1923-new', '1924-b'],
      added: ['1923-new'],
    });
  });
});

describe('redirects.yaml', () => {
  test('an empty file or only comments means no redirects', () => {
    expect(parseRedirects('', REDIRECTS)).toEqual({ redirects: { file: REDIRECTS, entries: [] }, problems: [] });
    expect(parseRedirects('# none yet\n{}\n', REDIRECTS).redirects.entries).toEqual([]);
  });
  test('maps old id to successor; anything else is a problem naming the entry', () => {
    const { redirects, problems } = parseRedirects(
      '1917-old: 1917-new\nBad Key: 1917-new\n1918-x: [1, 2]\n',
      REDIRECTS,
    );
    expect(redirects.entries).toEqual([{ from: '1917-old', to: '1917-new', line: 1 }]);
    expect(problems.map((p) => `${p.line}: ${p.field}`)).toEqual(['2: Bad Key', '3: 1918-x']);
    expect(parseRedirects('- a\n- b\n', REDIRECTS).problems[0]!.message).toMatch(/expected a mapping/);
  });
});

describe('checkStableIds', () => {
  const redirects = (text: string) => parseRedirects(text, REDIRECTS).redirects;
  test('all well: every listed id is an event or redirected, every event is listed', () => {
    expect(checkStableIds(events('1923-new'), list('1917-old', '1923-new'), redirects('1917-old: 1923-new'))).toEqual(
      [],
    );
  });
  test("a listed id that vanished is named with the list's file and line", () => {
    expect(checkStableIds(events('1923-new'), list('1917-old', '1923-new'), null)).toEqual([
      {
        file: LIST,
        line: 1,
        field: 'id',
        message: expect.stringMatching(/^published event id "1917-old" is neither an event nor redirected/),
      },
    ]);
  });
  test('a new event not in the list', () => {
    expect(checkStableIds(events('1923-new', '1924-newer'), list('1923-new'), null)).toEqual([
      {
        file: 'content/events/1924-newer.md',
        line: 1,
        field: 'id',
        message: `new event id not in ${LIST}: run npm run ids:update`,
      },
    ]);
  });
  test('redirects must lead to a current event', () => {
    const problems = checkStableIds(
      events('1925-c'),
      list('1917-a', '1920-b', '1925-c'),
      redirects('1917-a: 1920-b\n1920-b: 1925-c\n1930-z: 1999-nowhere\n1925-c: 1917-a'),
    );
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '1917-a: redirects to "1920-b", which is itself redirected (to "1925-c"): point it at the current event',
      '1930-z: redirects to unknown event "1999-nowhere"',
      '1925-c: "1925-c" is still an event (content/events/1925-c.md): remove the redirect or the event',
      '1925-c: redirects to "1917-a", which is itself redirected (to "1920-b"): point it at the current event',
    ]);
  });
  test('an id the git history listed but the list no longer has is named, at the line where it belongs', () => {
    const history = {
      ids: new Map([
        ['1917-old', 'abc1234'],
        ['1923-new', 'abc1234'],
        ['1930-z', 'def5678'],
      ]),
    };
    expect(checkStableIds(events('1923-new', '1925-c'), list('1923-new', '1925-c'), null, history)).toEqual([
      {
        file: LIST,
        line: 1,
        field: 'id',
        message: expect.stringMatching(
          /^published event id "1917-old" \(listed in commit abc1234\) was removed from the list/,
        ),
      },
      {
        file: LIST,
        line: 3,
        field: 'id',
        message: expect.stringMatching(/^published event id "1930-z" \(listed in commit def5678\)/),
      },
    ]);
  });
  test('without a list (missing file, reported when reading) only the redirects are checked', () => {
    expect(checkStableIds(events('1923-new'), null, null)).toEqual([]);
  });
});
