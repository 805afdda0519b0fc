/** The data files beside events.json and works.json: events.csv and works.bib, read back by real parsers. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { DIST } from '../support/paths';
import type { EventRecord } from '../../src/lib/exports';
import { EVENT_CSV_COLUMNS } from '../../src/lib/csv';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const events = JSON.parse(read('data/events.json')) as EventRecord[];

describe('/data/events.csv', () => {
  const text = read('data/events.csv');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

  test('is UTF-8 CSV with a byte-order mark, CRLF line ends and the documented columns', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(EVENT_CSV_COLUMNS.join(','));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_CSV_COLUMNS]);
  });

  test('has one row per account of events.json, with the same values', () => {
    const expected = events.flatMap((e) =>
      e.accounts.map((a, i) => ({
        id: e.id,
        account: String(i + 1),
        date: e.date,
        earliest: e.earliest,
        latest: e.latest ?? '',
        title_ja: e.title.ja,
        title_en: e.title.en,
        side: a.side,
        marker: a.marker,
        paper: a.paper,
        text_ja: a.text.ja,
        text_en: a.text.en,
        citations: a.citations.map((c) => c.citedAs).join('; '),
        works: a.citations.map((c) => c.work).join('; '),
        url_ja: e.url.ja,
        url_en: e.url.en,
      })),
    );
    expect(expected.length).toBeGreaterThan(300);
    expect(parsed.data).toEqual(expected);
  });

  test('gives back every event and its accounts in order', () => {
    const byEvent = new Map<string, Array<Record<string, string>>>();
    for (const row of parsed.data) byEvent.set(row.id!, [...(byEvent.get(row.id!) ?? []), row]);
    expect([...byEvent.keys()]).toEqual(events.map((e) => e.id));
    const meeting = byEvent.get('1923-09-22-karakhan-yoshizawa-first-meeting')!;
    expect(meeting.find((r) => r.citations.includes('ソコロフ 127'))).toMatchObject({
      side: 'soviet',
      marker: '★',
      works: expect.stringContaining('sokolov-1983'),
    });
  });
});

describe('/data/works.bib', () => {
  const works = JSON.parse(read('data/works.json')) as Array<{
    id: string;
    title: string;
    author?: Array<{ family?: string }>;
  }>;
  const bib = read('data/works.bib');
  const back = new Cite(bib).data as Array<Record<string, unknown>>;

  test('keys are the work ids and every work reads back with its title', () => {
    expect(back.map((w) => w['citation-key'])).toEqual(works.map((w) => w.id));
    expect(back.map((w) => w.title)).toEqual(works.map((w) => w.title));
  });
  test('Japanese and Cyrillic are kept as written', () => {
    expect(bib).toContain('@book{sokolov-1983,');
    expect(bib).toContain('Соколов');
    expect(bib).toMatch(/title = \{芳澤謙吉自伝\}/);
    const sokolov = back.find((w) => w['citation-key'] === 'sokolov-1983')!;
    expect(sokolov.author).toEqual(works.find((w) => w.id === 'sokolov-1983')!.author);
  });
});

describe('the downloads page', () => {
  test.each(['ja', 'en'])(
    '/%s/data/ offers every public export, each with its fields, and each link is a built file',
    (lang) => {
      const html = read(`${lang}/data/index.html`);
      const offered = [...html.matchAll(/<section class="data-file[^"]*" data-file="([^"]+)"/g)].map((m) => m[1]);
      expect(offered).toEqual([
        'data/events.json',
        'data/events.csv',
        'data/questions.json',
        'data/works.json',
        'data/works.bib',
      ]);
      for (const file of offered) expect(read(file!).length).toBeGreaterThan(100);
      const questions = html.slice(html.indexOf('data-file="data/questions.json"'));
      for (const field of ['id', 'title', 'intro', 'events', 'measure', 'url'])
        expect(questions.slice(0, questions.indexOf('</section>'))).toMatch(new RegExp(`<code[^>]*>${field}</code>`));
    },
  );
});
