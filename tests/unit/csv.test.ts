/** events.csv is safe to open in a spreadsheet: cells that would run as a formula are neutralised (OWASP). */
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { FORMULA_START, toCsv } from '../../src/lib/csv';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('toCsv neutralises formula cells', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ["+1+cmd|' /C calc'!A0"],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['=1+1\nsecond line'],
    ['＝1+1'],
  ])('%j is written with a leading apostrophe and read back as text', (value) => {
    const csv = toCsv([{ text: value }], ['text']);
    const [row] = parse(csv);
    expect(row!.text).toBe(`'${value}`);
    // Quoted, so the apostrophe and the value stay one cell whatever the separators inside.
    expect(csv.split('\r\n')[1]!.startsWith(`"'`)).toBe(true);
  });

  test.each([['芳澤とカラハンが会談した。'], ['1923-09-22'], ['ソコロフ 127; 書簡93'], ['a = b']])(
    '%j is written as it is',
    (value) => {
      const [row] = parse(toCsv([{ text: value }], ['text']));
      expect(row!.text).toBe(value);
      expect(FORMULA_START.test(value)).toBe(false);
    },
  );
});
