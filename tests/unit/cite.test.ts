/** "Cite this event": every form is made by citation-js and reads back to the same title, URL and note. */
import { describe, expect, test } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { loadCorpus } from '../../src/lib/content/load';
import { citationNote, eventCitation, eventSources, toBibtex, toRis, withoutFinalStop } from '../../src/lib/cite';
import { formatReference } from '../../src/lib/references';
import { t } from '../../src/i18n';
import type { Lang } from '../../src/lib/dates';
import { MINI_CONTENT } from '../support/paths';

const corpus = loadCorpus(MINI_CONTENT);
const event = corpus.events.find((e) => e.id === '1923-09-22-first-meeting')!;
const SITE = 'https://nisso.example.org';
const url = (lang: Lang) => `${SITE}/${lang}/events/${event.id}/`;

describe.each(['ja', 'en'] as const)('eventCitation(…, %s)', (lang) => {
  const cite = eventCitation(event, corpus, SITE, lang);
  const note = citationNote(event, corpus, lang);

  test('the CSL item is a webpage for the permalink, with no invented author or date', () => {
    expect(cite.item).toEqual({ id: event.id, type: 'webpage', title: event.title[lang], 'container-title': t(lang, 'site.title'), URL: url(lang), language: lang, note });
  });
  test('the note names the paper (with the place in it) and the primary sources as full references', () => {
    const shimosato = formatReference(corpus.works.get('shimosato')!, lang).replace(/\.$/, '');
    expect(note.startsWith(`${shimosato}, ${event.locator[lang]}`)).toBe(true);
    expect(note).toContain(formatReference(corpus.works.get('ozawa-1987')!, lang).replace(/\.$/, ''));
    expect(note).toContain(t(lang, 'cite.primarySources', { refs: '' }));
    expect(note).toContain('Соколов');
    expect(note).toContain('芳澤謙吉自伝');
  });
  test('Chicago text has the title, the site and the URL', () => {
    expect(cite.chicago).toContain(event.title[lang]);
    expect(cite.chicago).toContain(t(lang, 'site.title'));
    expect(cite.chicago).toContain(url(lang));
    expect(cite.chicago).toContain('Соколов');
  });
  test('BibTeX reads back with the id as key and Japanese and Cyrillic intact', () => {
    expect(cite.bibtex).toMatch(new RegExp(`^@misc\\{${event.id},`));
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
  test('CSL-JSON is the item itself', () => {
    const parsed = JSON.parse(cite.cslJson) as Array<Record<string, unknown>>;
    expect(parsed).toEqual([cite.item]);
    expect(parsed[0]).not.toHaveProperty('author');
    expect(parsed[0]).not.toHaveProperty('issued');
    expect(parsed[0]).not.toHaveProperty('accessed');
  });
});

describe('sources', () => {
  test('papers are not listed as primary sources; scholarship is "also cited"', () => {
    expect(eventSources(event, corpus)).toEqual({
      papers: [{ work: 'shimosato', locator: event.locator }, { work: 'ozawa-1987', locator: event.alsoIn[0]!.locator }],
      primary: ['nakano-1964', 'sokolov-1983'],
      secondary: [],
    });
    const works = new Map(corpus.works);
    works.set('nakano-1964', { ...works.get('nakano-1964')!, side: 'scholarship' });
    const scholarly = { ...corpus, works };
    expect(eventSources(event, scholarly)).toMatchObject({ primary: ['sokolov-1983'], secondary: ['nakano-1964'] });
    expect(citationNote(event, scholarly, 'en')).toMatch(/; primary source: Соколов.*; also cited: .*芳澤謙吉自伝/);
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
  ['小澤治子. 1987. “第一次日ソ国交樹立.” 法學研究 60 (11): 67–88.', '小澤治子. 1987. “第一次日ソ国交樹立.” 法學研究 60 (11): 67–88'],
])('withoutFinalStop(%s)', (text, expected) => {
  expect(withoutFinalStop(text)).toBe(expected);
});

test('BibTeX escapes TeX specials (a "~" is a space to TeX) and reads them back as written', () => {
  const title = 'ロシア革命と日ソ基本条約の締結 (1917~1925): 50% & #1 a_b';
  const bib = toBibtex([{ id: 'fujimoto-1993', type: 'book', title, author: [{ family: '藤本', given: '和貴男' }], URL: 'https://example.org/a_b~c' }]);
  expect(bib).toContain('1917\\textasciitilde{}1925');
  expect(bib).toContain('url = {https://example.org/a_b~c}');
  const [back] = new Cite(bib).data;
  expect(back).toMatchObject({ 'citation-key': 'fujimoto-1993', title, URL: 'https://example.org/a_b~c', author: [{ family: '藤本', given: '和貴男' }] });
});
