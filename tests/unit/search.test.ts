/** Search folding, query parsing, matching, excerpts and ranking (src/lib/search/), on small hand-made records. */
import { describe, expect, test } from 'vitest';
import { fold, foldWithOrigin } from '../../src/lib/search/fold';
import { aliasGroup, matchRanges, matchesQuery, parseQuery } from '../../src/lib/search/query';
import { excerpt, highlight } from '../../src/lib/search/excerpt';
import { indexRecords, search } from '../../src/lib/search/engine';
import { aliasGroups, searchData, type SearchRecord } from '../../src/lib/search/records';
import { filterEvents } from '../../src/lib/filter';
import { timelineDatum } from '../../src/lib/timeline-data';
import { EMPTY_VIEW } from '../../src/lib/view-state';
import { loadCorpus } from '../../src/lib/content/load';
import { CONTENT } from '../support/paths';

describe('fold', () => {
  test.each([
    ['芳澤', '芳沢'],
    ['國民會議', '国民会議'],
    ['滿洲國', '満洲国'],
    ['東支鐵道', '東支鉄道'],
    ['ＫＡＲＡＫＨＡＮ', 'karakhan'],
    ['Gotō Shinpei', 'goto shinpei'],
    ['Семёнов', 'семенов'],
    ['ｶﾗﾊﾝ', 'カラハン'],
    ['サハリン', 'サハリン'],
    ['ガ', 'ガ'],
  ])('%s → %s', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });

  test('every folded character knows where it came from', () => {
    const text = 'Ｋ芳澤 Gotō';
    const { folded, origin } = foldWithOrigin(text);
    expect(folded).toBe('k芳沢 goto');
    expect(origin).toHaveLength(folded.length + 1);
    expect(text.slice(origin[1]!, origin[3]!)).toBe('芳澤');
    expect(origin.at(-1)).toBe(text.length);
  });
});

const groups = [
  aliasGroup(['レフ・カラハン', 'Lev Karakhan', 'Карахан', 'カラハン', 'Karakhan', 'Karahan']),
  aliasGroup(['ニコラエフスク（尼港）', 'Nikolaevsk-on-Amur', '尼港', 'ニコラエフスク', 'Nikolaevsk', 'Nikolayevsk']),
];

describe('parseQuery and matching', () => {
  test('a term that names an alias stands for all its spellings', () => {
    const [term] = parseQuery('Karahan', groups).terms;
    expect(term!.variants).toEqual(expect.arrayContaining(['karahan', 'カラハン', 'karakhan', 'карахан']));
    expect(term!.groups).toEqual([0]);
  });

  test('words are all required; an alias of several words stays whole', () => {
    expect(parseQuery('芳澤  カラハン', groups).terms.map((t) => t.text)).toEqual(['芳沢', 'カラハン']);
    expect(parseQuery('lev karakhan talks', groups).terms.map((t) => t.text)).toEqual(['lev karakhan', 'talks']);
    const query = parseQuery('Nikolayevsk 1920', groups);
    expect(matchesQuery(fold('1920年、尼港で'), query)).toBe(true);
    expect(matchesQuery(fold('1921年、尼港で'), query)).toBe(false);
  });

  test('Latin words match from the start of a word, Japanese anywhere', () => {
    expect(matchesQuery(fold('the turmoil of 1917'), parseQuery('oil'))).toBe(false);
    expect(matchesQuery(fold('oil concessions'), parseQuery('oil'))).toBe(true);
    expect(matchesQuery(fold("Karakhan's note"), parseQuery('karakhan'))).toBe(true);
    expect(matchesQuery(fold('北サハリンの石油'), parseQuery('サハリン'))).toBe(true);
  });

  test('the empty query matches everything (the timeline without q=)', () => {
    expect(parseQuery('   ').terms).toEqual([]);
    expect(matchesQuery('anything', parseQuery(''))).toBe(true);
  });

  test('match ranges point into the original text, whatever its character forms', () => {
    const text = '芳澤とカラハン';
    const ranges = matchRanges(text, parseQuery('芳沢 Karakhan', groups));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['芳澤', 'カラハン']);
  });
});

describe('excerpts', () => {
  test('the whole title with its matches marked', () => {
    expect(highlight('Karakhan meets Yoshizawa', parseQuery('yoshizawa'))).toEqual([
      { text: 'Karakhan meets ', mark: false },
      { text: 'Yoshizawa', mark: true },
    ]);
  });

  test('a long text is cut around the first match', () => {
    const text = `${'a'.repeat(200)} Sakhalin ${'b'.repeat(200)}`;
    const cut = excerpt(text, parseQuery('sakhalin'), 60)!;
    expect(cut[0]).toEqual({ text: '…', mark: false });
    expect(cut.at(-1)).toEqual({ text: '…', mark: false });
    expect(cut.filter((s) => s.mark).map((s) => s.text)).toEqual(['Sakhalin']);
    expect(cut.map((s) => s.text).join('').length).toBeLessThanOrEqual(60 + 2 * 15 + 2);
  });

  test('no excerpt from a text without a match', () => {
    expect(excerpt('nothing here', parseQuery('sakhalin'))).toBeNull();
  });
});

function record(id: string, title: string, accounts: string[], extra: Partial<SearchRecord> = {}): SearchRecord {
  return {
    id,
    earliest: id,
    date: { ja: id, en: id },
    title: { ja: title, en: title },
    sides: ['japanese'],
    papers: ['shimosato'],
    accounts: accounts.map((text) => ({ kind: 'japanese', marker: '●', text: { ja: text, en: text } })),
    groups: [],
    ...extra,
  };
}

describe('search', () => {
  const index = indexRecords([
    record('1919', 'Karakhan marries', ['He married.']),
    record('1923', 'Karakhan and Yoshizawa meet', ['Karakhan proposed talks.', 'カラハンは交渉を提案した。'], {
      groups: [0],
    }),
    record('1924', 'Talks continue', ['Karakhan insisted.'], { sides: ['soviet'], papers: ['ozawa-1987'] }),
    record('1925', 'Convention signed', ['No names.']),
  ]);

  test('events about the query first: title and accounts outweigh a passing mention', () => {
    const result = search(index, parseQuery('カラハン', groups), { sides: [], papers: [] });
    expect(result.hits.map((h) => h.id)).toEqual(['1923', '1919', '1924']);
    expect(result.matched).toBe(3);
  });

  test('filters by side and paper, with the counts each option would keep', () => {
    const result = search(index, parseQuery('karakhan', groups), { sides: ['soviet'], papers: [] });
    expect(result.hits.map((h) => h.id)).toEqual(['1924']);
    expect(result.matched).toBe(3);
    expect(result.counts.sides.get('japanese')).toBe(2);
    expect(result.counts.papers.get('ozawa-1987')).toBe(1);
  });

  test('an empty query finds nothing on the search page', () => {
    expect(search(index, parseQuery(''), { sides: [], papers: [] }).hits).toEqual([]);
  });
});

test('an excerpt never cuts a match in two', () => {
  const text = `${'a'.repeat(100)} カラハン ${'b'.repeat(100)}`;
  for (let width = 10; width < 130; width += 7) {
    const cut = excerpt(text, parseQuery('カラハン'), width)!;
    expect(cut.filter((s) => s.mark).map((s) => s.text)).toEqual(['カラハン']);
  }
});

test('fold and foldWithOrigin agree on every title and account of the corpus (so every match can be marked)', () => {
  const corpus = loadCorpus(CONTENT);
  const texts = corpus.events.flatMap((e) => [
    e.title.ja,
    e.title.en,
    ...e.accounts.flatMap((a) => [a.text.ja, a.text.en]),
  ]);
  expect(texts.length).toBeGreaterThan(1000);
  for (const text of texts) expect(foldWithOrigin(text).folded).toBe(fold(text));
});

test('an excerpt does not cut English words in two', () => {
  const text =
    'Japan declared a guarantee occupation of the points in Sakhalin oblast it deemed necessary until a legitimate government was established in Russia and the incident settled.';
  const words = new Set(text.split(/\s+/));
  const cut = excerpt(text, parseQuery('sakhalin'), 60)!;
  const inner = cut
    .map((s) => s.text)
    .join('')
    .replace(/^…|…$/g, '')
    .trim()
    .split(/\s+/);
  for (const word of inner) expect(words.has(word)).toBe(true);
});

describe('on the real corpus', () => {
  const corpus = loadCorpus(CONTENT);
  const data = searchData(corpus);
  const index = indexRecords(data.events);
  const count = (q: string) => search(index, parseQuery(q, data.aliases), { sides: [], papers: [] }).hits.length;

  test('the timeline q= (filterEvents with the same alias groups) and the search find the same events', () => {
    const timeline = corpus.events.map((e) => timelineDatum(e, 'en'));
    const { aliases } = aliasGroups(corpus);
    for (const q of [
      'Karakhan',
      'サハリン',
      '芳沢',
      'Nikolayevsk',
      '浦塩',
      'oil',
      'カラハン 芳澤',
      'Ioffe',
      'ＳＴＡＬＩＮ',
    ]) {
      const fromTimeline = filterEvents(timeline, { ...EMPTY_VIEW, text: q }, aliases).ids.sort();
      const fromSearch = search(index, parseQuery(q, data.aliases), { sides: [], papers: [] })
        .hits.map((h) => h.id)
        .sort();
      expect(fromSearch.length, q).toBeGreaterThan(0);
      expect(fromTimeline, q).toEqual(fromSearch);
    }
  });

  test.each([
    ['芳沢', '芳澤'],
    ['Nikolayevsk', 'Nikolaevsk'],
    ['樺太', 'サハリン'],
    ['Ioffe', 'Joffe'],
    ['Tchitcherin', 'Chicherin'],
    ['Dalny', '大連'],
    ['長春', 'Changchun'],
  ])('%s finds what %s finds', (variant, usual) => {
    expect(count(usual)).toBeGreaterThan(0);
    expect(count(variant)).toBe(count(usual));
  });
});
