/**
 * The real corpus: it validates, and every row of the Shimosato chronology table (kept as facts in
 * tests/fixtures/shimosato-table/: date as written, marker, short citations) has a matching account.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/content/load';
import { parseEdtf } from '../../src/lib/dates';
import { CONTENT, FIXTURES } from '../support/paths';

interface TableRow {
  dateAsWritten: string;
  date: string;
  marker: string;
  citedAs: string[];
}

const corpus = loadCorpus(CONTENT);
const tableDir = join(FIXTURES, 'shimosato-table');
const rows: TableRow[] = readdirSync(tableDir).sort().flatMap((f) => JSON.parse(readFileSync(join(tableDir, f), 'utf8')) as TableRow[]);

test('the corpus is large and every event has accounts in both languages', () => {
  expect(corpus.events.length).toBeGreaterThan(200);
  for (const event of corpus.events) {
    expect(event.accounts.length, event.id).toBeGreaterThan(0);
    for (const account of event.accounts) {
      expect(account.text.ja.trim(), event.id).not.toBe('');
      expect(account.text.en.trim(), event.id).not.toBe('');
    }
  }
});

test('the chronology table fixture covers the table from 1923-09-01 to 1925-05-07', () => {
  expect(rows.length).toBeGreaterThanOrEqual(90);
  const dates = rows.map((r) => parseEdtf(r.date).earliest).sort();
  expect(dates[0]).toBe('1923-09-01');
  expect(dates.at(-1)! >= '1925-05-07').toBe(true);
});

describe('every table row has a matching account', () => {
  test.each(rows.map((row, i) => [`${i + 1}: ${row.dateAsWritten} ${row.marker || '(context)'} ${row.citedAs.join('; ')}`, row] as const))('%s', (_, row) => {
    const day = parseEdtf(row.date);
    const candidates = corpus.events.filter((e) => e.earliest <= day.earliest && (e.latest === null || e.latest >= (day.latest ?? day.earliest)) && e.paper === 'shimosato');
    const match = candidates.some((e) => e.accounts.some((a) => a.marker === row.marker && a.paper === 'shimosato' && row.citedAs.every((c) => a.citations.some((x) => x.citedAs === c))));
    expect(match, `no shimosato event covering ${row.date} has a ${row.marker || 'context'} account citing ${row.citedAs.join('; ') || '(nothing)'}`).toBe(true);
  });
});

test('the treaty summary dates are all there', () => {
  const ids = corpus.events.map((e) => `${e.date} ${e.id}`);
  for (const date of ['1925-01-20', '1925-02-20', '1925-02-25', '1925-04-15', '1925-05-15', '1945-08-09']) {
    expect(ids.some((s) => s.startsWith(`${date} `)), date).toBe(true);
  }
});

test('Karakhan biography spans 1880 to 1956', () => {
  const karakhan = corpus.events.filter((e) => e.themes.includes('karakhan-career')).map((e) => e.earliest.slice(0, 4));
  expect(karakhan).toContain('1880');
  expect(karakhan).toContain('1956');
});

test('short citations resolve to the works the papers name', () => {
  const cited = new Map<string, string>();
  for (const e of corpus.events) for (const a of e.accounts) for (const c of a.citations) cited.set(c.citedAs.split(/[\s\d:]/)[0]!, c.work);
  expect(cited.get('ソコロフ')).toBe('sokolov-1983');
  expect(cited.get('モスクワ')).toBe('moskva-tokio-2007');
  expect(cited.get('書簡')).toBe('perepiska-2008');
  expect(cited.get('中野')).toBe('nakano-1964');
});
