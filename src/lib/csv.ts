/**
 * /data/events.csv: the events of events.json flattened to one row per account (an event with three accounts
 * gives three rows that repeat the event's columns), for spreadsheets. Written by papaparse (RFC 4180 quoting,
 * CRLF line ends) after a UTF-8 byte-order mark so that Excel reads the Japanese correctly.
 * Cells a spreadsheet would run as a formula are neutralised as OWASP recommends ("CSV Injection"): a cell that
 * begins with = + - @, a tab or a carriage return gets a leading ' and is quoted (papaparse's escapeFormulae).
 */
import Papa from 'papaparse';
import type { EventRecord } from './exports';

/** Columns in order; documented in the README ("Data files"). */
export const EVENT_CSV_COLUMNS = [
  'id',
  'account',
  'date',
  'earliest',
  'latest',
  'title_ja',
  'title_en',
  'side',
  'marker',
  'paper',
  'text_ja',
  'text_en',
  'citations',
  'works',
  'url_ja',
  'url_en',
] as const;
export type EventCsvRow = Record<(typeof EVENT_CSV_COLUMNS)[number], string>;

/** Several values in one cell (citations, works) are joined with this. */
export const CSV_LIST_SEPARATOR = '; ';

export function eventCsvRows(events: EventRecord[]): EventCsvRow[] {
  return events.flatMap((event) =>
    event.accounts.map((account, i) => ({
      id: event.id,
      account: String(i + 1),
      date: event.date,
      earliest: event.earliest,
      latest: event.latest ?? '',
      title_ja: event.title.ja,
      title_en: event.title.en,
      side: account.side,
      marker: account.marker,
      paper: account.paper,
      text_ja: account.text.ja,
      text_en: account.text.en,
      citations: account.citations.map((c) => c.citedAs).join(CSV_LIST_SEPARATOR),
      works: account.citations.map((c) => c.work).join(CSV_LIST_SEPARATOR),
      url_ja: event.url.ja,
      url_en: event.url.en,
    })),
  );
}

/**
 * The start of a cell that a spreadsheet may read as a formula. Papaparse's default pattern ends in `.*$`, which
 * misses a cell whose formula is followed by a line break, so the test is on the first character only; the
 * full-width forms are included because a Japanese spreadsheet may convert ＝ to = as it reads.
 */
export const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

export function eventsCsv(events: EventRecord[]): string {
  return Papa.BYTE_ORDER_MARK + toCsv(eventCsvRows(events), [...EVENT_CSV_COLUMNS]);
}

/** Rows as CSV: header line, CRLF line ends, RFC 4180 quoting, formula cells neutralised. */
export function toCsv(rows: Array<Record<string, string>>, columns: string[]): string {
  return Papa.unparse(rows, { columns, header: true, newline: '\r\n', escapeFormulae: FORMULA_START }) + '\r\n';
}
