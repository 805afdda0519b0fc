/** "Cite this event": every form is made by citation-js and reads back to the same title, URL and note. */
import { describe, expect, test } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadCorpus } from '../../src/lib/content/load';
import {
  ACCESSED_MARK,
  citationNote,
  eventCitation,
  eventSources,
  toBibtex,
  toRis,
  withoutFinalStop,
} from '../../src/lib/cite';
import type { Edition } from '../../src/lib/edition';
import { formatReference } from '../../src/lib/references';
import { t } from '../../src/i18n';
import type { Lang } from '../../src/lib/dates';
import { MINI_CONTENT } from '../support/paths';

const corpus = loadCorpus(MINI_CONTENT);
const event = corpus.events.find((e) => e.id === '1923-09-22-first-meeting')!;
const SITE = 'https://nisso.example.org';
const url = (lang: Lang) => `${SITE}/${lang}/events/${event.id}/`;
const EDITION: Edition = {
  editors: { ja: '日ソ年表編集委員会', en: 'Nisso Timeline Editorial Board' },
  reportError: null,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  version: '1.2.0',
  updated: '2026-11-29',
};
const UNNAMED: Edition = { ...EDITION, editors: null };

describe.each(['ja', 'en'] as const)('eventCitation(…, %s)', (lang) => {
  const cite = eventCitation(event, corpus, SITE, lang, EDITION);
  const note = citationNote(event, corpus, lang);

  test('the CSL item is a webpage for the permalink in the edition: editors, version, last update; no author', () => {
    expect(cite.item).toEqual({
      id: event.id,
      type: 'webpage',
      title: event.title[lang],
      'container-title': t(lang, 'site.title'),
      editor: [{ literal: EDITION.editors![lang] }],
      version: '1.2.0',
      issued: { 'date-parts': [[2026, 11, 29]] },
      URL: url(lang),
      language: lang,
      note,
    });
    expect(eventCitation(event, corpus, SITE, lang, UNNAMED).item).not.toHaveProperty('editor');
  });
  test('the sources name the paper with the place in it, and every cited work as cited in the paper', () => {
    expect(
      note.startsWith(
        t(lang, 'cite.fromPaper', {
          refs: `${formatReference(corpus.works.get('shimosato')!)}${lang === 'ja' ? '、' : ', '}${event.locator[lang]}`,
        }),
      ),
    ).toBe(true);
    expect(note).toContain(formatReference(corpus.works.get('ozawa-1987')!));
    expect(note).toContain(t(lang, 'cite.primarySources', { refs: '' }));
    const paper = corpus.works.get('shimosato')!;
    const shimosato = paper.label?.[lang] ?? paper.shortForms[0]!;
    expect(note).toContain(lang === 'ja' ? `（${shimosato}による）` : `, cited in ${shimosato}`);
    expect(note).toContain('Соколов');
    expect(note).toContain('芳澤謙吉自伝');
    expect(cite.sources).toBe(note);
  });
  test('BibTeX reads back with the id as key, the note and Japanese and Cyrillic intact', () => {
    expect(cite.bibtex).toMatch(new RegExp(`^@misc\\{${event.id},`));
    expect(cite.bibtex).toContain('date = {2026-11-29}');
    const [back] = new Cite(cite.bibtex).data;
    expect(back!['citation-key']).toBe(event.id);
    expect(back!.title).toBe(event.title[lang]);
    expect(back!.URL).toBe(url(lang));
    expect(back!.note).toBe(note);
  });
  test('RIS reads back to the same title, URL and note, one line per tag', () => {
    for (const line of cite.ris.trimEnd().split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9]  -( |$)/);
    expect(cite.ris).toContain('TY  - ELEC');
    expect(cite.ris).toContain(`T2  - ${t(lang, 'site.title')}`);
    const [back] = new Cite(cite.ris).data;
    expect(back!.type).toBe('webpage');
    expect(back!.title).toBe(event.title[lang]);
    expect(back!.URL).toBe(url(lang));
    expect(back!.note).toBe(note);
  });
  test("CSL-JSON is the item itself, with no access date (that is the reader's)", () => {
    const parsed = JSON.parse(cite.cslJson) as Array<Record<string, unknown>>;
    expect(parsed).toEqual([cite.item]);
    expect(parsed[0]).not.toHaveProperty('author');
    expect(parsed[0]).not.toHaveProperty('accessed');
  });
});

describe('the forms a reader pastes', () => {
  test('Japanese page: 「題」『サイト名』編者、版（更新日）、URL（閲覧日） from the Japanese CSL style', () => {
    const [form, ...rest] = eventCitation(event, corpus, SITE, 'ja', EDITION).forms;
    expect(rest).toEqual([]);
    expect(form!.key).toBe('ja-humanities');
    expect(form!.text).toBe(
      `「${event.title.ja}」『${t('ja', 'site.title')}』日ソ年表編集委員会編、1.2.0版（2026年11月29日更新）、${url('ja')}（${ACCESSED_MARK}閲覧）`,
    );
    const unnamed = eventCitation(event, corpus, SITE, 'ja', UNNAMED).forms[0]!.text;
    expect(unnamed).toBe(
      `「${event.title.ja}」『${t('ja', 'site.title')}』1.2.0版（2026年11月29日更新）、${url('ja')}（${ACCESSED_MARK}閲覧）`,
    );
  });
  test('English page: Chicago note and bibliography entry, with title, site, editors, version and URL', () => {
    const forms = eventCitation(event, corpus, SITE, 'en', EDITION).forms;
    expect(forms.map((f) => f.key)).toEqual(['chicago-note', 'chicago-bibliography']);
    for (const { text } of forms) {
      expect(text).toContain(`“${event.title.en.replace(/\b\w/g, (c) => c.toUpperCase()).slice(0, 5)}`);
      expect(text).toContain('Japan and Soviet Russia, 1917–1925');
      expect(text).toContain('Nisso Timeline Editorial Board');
      expect(text).toContain('1.2.0');
      expect(text).toContain(url('en'));
      expect(text).not.toContain('n.d.');
    }
  });
});

describe('sources', () => {
  test('papers are not listed as cited works; each cited work knows the papers that cite it', () => {
    const sources = eventSources(event, corpus);
    expect(sources).toMatchObject({
      papers: [
        { work: 'shimosato', locator: event.locator },
        { work: 'ozawa-1987', locator: event.alsoIn[0]!.locator },
      ],
      primary: ['nakano-1964', 'sokolov-1983'],
      secondary: [],
    });
    expect(Object.fromEntries(sources.citedIn)).toEqual({
      'nakano-1964': ['shimosato', 'ozawa-1987'],
      'sokolov-1983': ['shimosato'],
    });
    const works = new Map(corpus.works);
    works.set('nakano-1964', { ...works.get('nakano-1964')!, side: 'scholarship' });
    const scholarly = { ...corpus, works };
    expect(eventSources(event, scholarly)).toMatchObject({ primary: ['sokolov-1983'], secondary: ['nakano-1964'] });
    expect(citationNote(event, scholarly, 'en')).toMatch(
      /\. Primary source: Соколов.*, cited in .*\. Also cited: .*芳澤謙吉自伝.*, cited in /,
    );
  });
});

describe('toBiblatexModel', () => {
  test.each([
    [
      'a full date becomes date, not a month with a day',
      {
        id: 'k',
        type: 'article-journal',
        title: 'T',
        'container-title': 'J',
        issued: { 'date-parts': [[1924, 6, 1]] },
      },
      '@article{k,',
      ['date = {1924-06-01}'],
      ['month =', 'year ='],
    ],
    [
      'an archive is @misc with its organization',
      { id: 'a', type: 'manuscript', title: 'Архив', archive: 'АВП РФ' },
      '@misc{a,',
      ['organization = {АВП РФ}'],
      [],
    ],
    [
      'an edited book without author is @collection',
      { id: 'c', type: 'book', title: 'T', editor: [{ family: 'Degras', given: 'J.' }] },
      '@collection{c,',
      ['editor = {Degras, J.}'],
      [],
    ],
    [
      'a newspaper cited as a whole is @periodical',
      { id: 'n', type: 'article-newspaper', title: '東京朝日新聞', 'container-title': '東京朝日新聞' },
      '@periodical{n,',
      ['title = {東京朝日新聞}'],
      ['journal ='],
    ],
    [
      'a conference handout without proceedings is @unpublished',
      {
        id: 'h',
        type: 'paper-conference',
        title: 'T',
        genre: '大会報告ペーパー',
        author: [{ family: '原', given: '暉之' }],
      },
      '@unpublished{h,',
      ['howpublished = {大会報告ペーパー}'],
      ['type ='],
    ],
    [
      'an article has no publisher',
      { id: 'p', type: 'article-journal', title: 'T', 'container-title': 'J', publisher: 'P' },
      '@article{p,',
      ['journal = {J}'],
      ['publisher ='],
    ],
  ])('%s', (_, item, head, present, absent) => {
    const bib = toBibtex([item]);
    expect(bib.startsWith(head)).toBe(true);
    for (const p of present) expect(bib).toContain(p);
    for (const a of absent) expect(bib).not.toContain(a);
  });
});

test('BibTeX export keeps the shared citation-js config as it was', () => {
  const format = plugins.config.get('@bibtex').format;
  const before = { ...format };
  toBibtex([{ id: 'x-1', type: 'book', title: 'Б' }]);
  expect({ ...format }).toEqual(before);
});

test('RIS keeps long values on one line', () => {
  const long = `https://example.org/${'a'.repeat(150)}/`;
  const ris = toRis([{ id: 'x', type: 'webpage', title: 'T', URL: long }]);
  expect(ris).toContain(`UR  - ${long}\n`);
});

test.each([
  ['中野敬士. 1964. 芳澤謙吉自伝. 時事通信社出版局.', '中野敬士. 1964. 芳澤謙吉自伝. 時事通信社出版局'],
  ['Соколов, В. В. 1983. На боевых постах. М.', 'Соколов, В. В. 1983. На боевых постах. М.'],
  ['日本外交文書. n.d.', '日本外交文書. n.d.'],
  [
    '小澤治子. 1987. “第一次日ソ国交樹立.” 法學研究 60 (11): 67–88.',
    '小澤治子. 1987. “第一次日ソ国交樹立.” 法學研究 60 (11): 67–88',
  ],
])('withoutFinalStop(%s)', (text, expected) => {
  expect(withoutFinalStop(text)).toBe(expected);
});

test('BibTeX escapes TeX specials (a "~" is a space to TeX) and reads them back as written', () => {
  const title = 'ロシア革命と日ソ基本条約の締結 (1917~1925): 50% & #1 a_b';
  const bib = toBibtex([
    {
      id: 'fujimoto-1993',
      type: 'book',
      title,
      author: [{ family: '藤本', given: '和貴男' }],
      URL: 'https://example.org/a_b~c',
    },
  ]);
  expect(bib).toContain('1917\\textasciitilde{}1925');
  expect(bib).toContain('url = {https://example.org/a_b~c}');
  const [back] = new Cite(bib).data;
  expect(back).toMatchObject({
    'citation-key': 'fujimoto-1993',
    title,
    URL: 'https://example.org/a_b~c',
    author: [{ family: '藤本', given: '和貴男' }],
  });
});
