import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatJapaneseEra,
  formatOldStyle,
  julianToGregorian,
  monthThird,
  parseEdtf,
} from '../../src/lib/dates';

describe('parseEdtf', () => {
  test.each([
    ['1924-05-14', '1924-05-14', '1924-05-14', 'point'],
    ['1924-04', '1924-04-01', '1924-04-30', 'span'],
    ['1918', '1918-01-01', '1918-12-31', 'span'],
    ['1924-02-21/1924-02-29', '1924-02-21', '1924-02-29', 'span'],
    ['1925-01-19/1925-01-20', '1925-01-19', '1925-01-20', 'span'],
    ['1923-09/1926-08', '1923-09-01', '1926-08-31', 'span'],
    ['1924-05-14/..', '1924-05-14', null, 'span'],
    ['1918-06?', '1918-06-01', '1918-06-30', 'span'],
  ])('%s → %s … %s', (text, earliest, latest, kind) => {
    expect(parseEdtf(text)).toMatchObject({ earliest, latest, kind });
  });

  test.each([
    ['1925-02-30', /valid|Syntax|Unexpected/i],
    ['1924-13-01', /Unexpected|Syntax/i],
    ['1925-02-01/1924-01-01', /upper bound|ends before/i],
    ['1924年5月', /Syntax|Unexpected/i],
    ['1924-21', /Season/],
    ['', /./],
  ])('rejects %j', (text, message) => {
    expect(() => parseEdtf(text)).toThrow(message);
  });

  test('days do not depend on the time zone of the machine', () => {
    expect(parseEdtf('1925-01-20').earliest).toBe('1925-01-20');
    expect(parseEdtf('1925-01').latest).toBe('1925-01-31');
  });
});

describe('formatDate keeps the precision the source gives', () => {
  test.each([
    ['1924-05-14', '1924年5月14日', '14 May 1924'],
    ['1924-04', '1924年4月', 'April 1924'],
    ['1918', '1918年', '1918'],
    ['1924-02-21/1924-02-29', '1924年2月下旬', 'late February 1924'],
    ['1924-03-11/1924-03-20', '1924年3月中旬', 'mid-March 1924'],
    ['1924-03-01/1924-03-10', '1924年3月上旬', 'early March 1924'],
    ['1925-01-19/1925-01-20', '1925年1月19日〜20日', '19–20 January 1925'],
    ['1924-05-14/..', '1924年5月14日〜', 'from 14 May 1924'],
    ['1921/1922', '1921年〜1922年', '1921 – 1922'],
    ['1920-03~', '1920年3月頃', 'c. March 1920'],
    ['1918-06?', '1918年6月（推定）', 'June 1918 (uncertain)'],
  ])('%s', (text, ja, en) => {
    expect(formatDate(text, 'ja')).toBe(ja);
    expect(formatDate(text, 'en')).toBe(en);
  });
});

describe('Japanese era', () => {
  test.each([
    ['1924-05-14', '大正13年5月14日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1926-12-25', '昭和元年12月25日'],
    ['1924-04', '大正13年4月'],
    ['1918', '大正7年'],
    ['1924-02-21/1924-02-29', '大正13年2月下旬'],
    ['1905-09-05', '明治38年9月5日'],
    // Change years and days either side of the change day (Taishō from 30 July 1912, Shōwa from 25 December 1926).
    ['1912', '明治45年／大正元年'],
    ['1912-07', '明治45年7月／大正元年7月'],
    ['1912-07-29', '明治45年7月29日'],
    ['1912-08', '大正元年8月'],
    ['1912-06', '明治45年6月'],
    ['1926', '大正15年／昭和元年'],
    ['1926-12-24', '大正15年12月24日'],
    ['1926-12', '大正15年12月／昭和元年12月'],
    ['1911/1913', '明治44年〜大正2年'],
    ['1912/1913', '明治45年／大正元年〜大正2年'],
  ])('%s → %s', (text, era) => {
    expect(formatJapaneseEra(text)).toBe(era);
  });
  test('no era before the Gregorian calendar reached Japan', () => {
    expect(formatJapaneseEra('1860')).toBeNull();
  });
});

describe('Old Style (Julian) dates', () => {
  test.each([
    ['1917-10-25', '1917-11-07'],
    ['1917-07-07', '1917-07-20'],
    ['1918-01-31', '1918-02-13'],
    ['1899-12-31', '1900-01-12'],
  ])('%s O.S. = %s N.S.', (julian, gregorian) => {
    expect(julianToGregorian(julian)).toBe(gregorian);
  });
  test('formatted in both languages', () => {
    expect(formatOldStyle('1917-10-25', 'ja')).toBe('旧暦1917年10月25日');
    expect(formatOldStyle('1917-10-25', 'en')).toBe('25 October 1917 (Old Style)');
  });
});

test('monthThird knows the leap day', () => {
  expect(monthThird({ start: '1924-02-21', end: '1924-02-29' })).toBe('late');
  expect(monthThird({ start: '1925-02-21', end: '1925-02-28' })).toBe('late');
  expect(monthThird({ start: '1924-02-21', end: '1924-02-28' })).toBeNull();
});

describe('dates the site can show honestly', () => {
  test.each([
    ['1923-02-29', /1923 is not a leap year/],
    ['1900-02-29', /1900 is not a leap year in the Gregorian calendar/],
    ['1924-02-21/1925-02-29', /1925-02 has no day 29/],
    ['1923-09-XX', /unspecified digits/],
    ['192X', /unspecified digits/],
    ['1923-XX-22', /unspecified digits/],
    ['1923-?09-22', /qualifies only part/],
    ['?1923-09-22', /qualifies only part/],
    ['1923-09-22T10:00', /time of day/],
  ])('%s is refused', (text, message) => {
    expect(() => parseEdtf(text)).toThrow(message);
  });
  test.each(['1924-02-29', '2000-02-29', '1923-09-22?', '1923-09~', '1923%', '1921/..'])('%s is accepted', (text) => {
    expect(() => parseEdtf(text)).not.toThrow();
  });
  test('the Julian calendar has 29 February 1900, which is 13 March 1900 New Style', () => {
    const os = parseEdtf('1900-02-29', 'julian');
    expect(os.earliest).toBe('1900-02-29');
    expect(julianToGregorian(os.earliest)).toBe('1900-03-13');
    expect(julianToGregorian('1900-02-28')).toBe('1900-03-12');
    expect(julianToGregorian('1900-03-01')).toBe('1900-03-14');
    expect(parseEdtf('1900-02', 'julian').latest).toBe('1900-02-29');
    expect(() => parseEdtf('1901-02-29', 'julian')).toThrow(/1901 is not a leap year in the Julian calendar/);
    expect(formatOldStyle('1900-02-29', 'en')).toBe('29 February 1900 (Old Style)');
  });
});
