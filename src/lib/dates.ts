/**
 * Event dates: parsed in src/domain/edtf.ts (re-exported here) and formatted the way the source gives them
 * (partial dates stay partial, 下旬 stays 下旬). All arithmetic is in UTC so a day never shifts with the reader's
 * time zone.
 */
import type { Lang } from '../domain/vocabulary';

// Lang lives in the vocabulary; re-exported for the modules that take it with the date formatters.
export type { Lang };

import { parseEdtf, type Calendar, type DateBound, type Precision } from '../domain/edtf';

export { daysInMonth, parseEdtf, type Calendar, type DateBound, type ParsedDate, type Precision } from '../domain/edtf';

import { EN_MONTHS } from './month-names';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 上旬 / 中旬 / 下旬 (first, middle, last third of a month) when a range is exactly one of them. */
export function monthThird(range: { start: string; end: string }): 'early' | 'mid' | 'late' | null {
  const [y1, m1, d1] = parts(range.start);
  const [y2, m2, d2] = parts(range.end);
  if (y1 !== y2 || m1 !== m2) return null;
  if (d1 === 1 && d2 === 10) return 'early';
  if (d1 === 11 && d2 === 20) return 'mid';
  if (d1 === 21 && d2 === lastDayOfMonth(y1, m1)) return 'late';
  return null;
}

const THIRD_LABEL = {
  ja: { early: '上旬', mid: '中旬', late: '下旬' },
  en: { early: 'early', mid: 'mid-', late: 'late' },
} as const;

function formatBound(bound: DateBound, lang: Lang): string {
  const [y, m, d] = parts(bound.start);
  let text: string;
  if (lang === 'ja') {
    text = bound.precision === 'year' ? `${y}年` : bound.precision === 'month' ? `${y}年${m}月` : `${y}年${m}月${d}日`;
    if (bound.approximate) text += '頃';
    if (bound.uncertain) text += '（推定）';
  } else {
    text =
      bound.precision === 'year'
        ? `${y}`
        : bound.precision === 'month'
          ? `${EN_MONTHS[m - 1]} ${y}`
          : `${d} ${EN_MONTHS[m - 1]} ${y}`;
    if (bound.approximate) text = `c. ${text}`;
    if (bound.uncertain) text += ' (uncertain)';
  }
  return text;
}

/**
 * Format an event date as the source gives it.
 * @example formatDate('1924-02-21/1924-02-29', 'ja') // '1924年2月下旬'
 * @example formatDate('1925-01-19/1925-01-20', 'en') // '19–20 January 1925'
 */
export function formatDate(text: string, lang: Lang, calendar: Calendar = 'gregorian'): string {
  const date = parseEdtf(text, calendar);
  const { lower, upper } = date;
  if (upper === undefined) return formatBound(lower, lang);
  if (upper === null) return lang === 'ja' ? `${formatBound(lower, 'ja')}〜` : `from ${formatBound(lower, 'en')}`;
  const plain = !lower.uncertain && !lower.approximate && !upper.uncertain && !upper.approximate;
  if (plain && lower.precision === 'day' && upper.precision === 'day') {
    const third = monthThird({ start: lower.start, end: upper.end });
    const [y, m, d1] = parts(lower.start);
    const [y2, m2, d2] = parts(upper.end);
    if (third)
      return lang === 'ja'
        ? `${y}年${m}月${THIRD_LABEL.ja[third]}`
        : `${THIRD_LABEL.en[third]}${third === 'mid' ? '' : ' '}${EN_MONTHS[m - 1]} ${y}`;
    if (y === y2 && m === m2)
      return lang === 'ja' ? `${y}年${m}月${d1}日〜${d2}日` : `${d1}–${d2} ${EN_MONTHS[m - 1]} ${y}`;
  }
  return lang === 'ja'
    ? `${formatBound(lower, 'ja')}〜${formatBound(upper, 'ja')}`
    : `${formatBound(lower, 'en')} – ${formatBound(upper, 'en')}`;
}

const ERA_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The Japanese era year of a day (大正13年), from the ICU calendar data; null before Meiji. */
function eraParts(iso: string): { era: string; year: string; month: string; day: string } | null {
  if (iso < '1873-01-01') return null; // the Gregorian calendar (and so this mapping) starts in Japan in 1873
  const found: Record<string, string> = {};
  for (const part of ERA_FORMAT.formatToParts(new Date(`${iso}T00:00:00Z`))) found[part.type] = part.value;
  // ICU builds differ on writing the first year of an era as 元 or 1; the Japanese convention is 元年.
  const year = found.year === '1' ? '元' : (found.year ?? '');
  return { era: found.era ?? '', year, month: found.month ?? '', day: found.day ?? '' };
}

function formatEraDay(p: { era: string; year: string; month: string; day: string }, precision: Precision): string {
  const year = `${p.era}${p.year}年`;
  return precision === 'year' ? year : precision === 'month' ? `${year}${p.month}月` : `${year}${p.month}月${p.day}日`;
}

/**
 * A year or month in which a new era began is written with both eras, as Japanese chronologies do
 * (1912 → 明治45年／大正元年); a day is in exactly one era, on either side of the change day.
 */
function formatEraBound(bound: DateBound): string | null {
  const first = eraParts(bound.start);
  if (!first) return null;
  const last = eraParts(bound.end);
  const from = formatEraDay(first, bound.precision);
  const to = last ? formatEraDay(last, bound.precision) : from;
  return from === to ? from : `${from}／${to}`;
}

/**
 * The same date in the Japanese era calendar, for Japanese pages.
 * @example formatJapaneseEra('1924-05-14') // '大正13年5月14日'
 * @example formatJapaneseEra('1912') // '明治45年／大正元年'
 */
export function formatJapaneseEra(text: string): string | null {
  const { lower, upper } = parseEdtf(text);
  const first = formatEraBound(lower);
  if (!first) return null;
  if (upper === undefined) return first;
  if (upper === null) return `${first}〜`;
  const third =
    lower.precision === 'day' && upper.precision === 'day' ? monthThird({ start: lower.start, end: upper.end }) : null;
  if (third) return `${first.replace(/\d+日$/, '')}${THIRD_LABEL.ja[third]}`;
  const last = formatEraBound(upper);
  return last ? `${first}〜${last}` : first;
}

/** Days between the Julian and the Gregorian calendar on a given Julian date (13 in 1900–2099). */
export function julianOffsetDays(julianIso: string): number {
  const [y, m] = parts(julianIso);
  const year = m <= 2 ? y - 1 : y; // the Julian leap day falls at the end of February
  return Math.floor(year / 100) - Math.floor(year / 400) - 2;
}

/**
 * Convert a Julian (Old Style) day to the Gregorian (New Style) day.
 * @example julianToGregorian('1917-10-25') // '1917-11-07'
 */
export function julianToGregorian(julianIso: string): string {
  const [y, m, d] = parts(julianIso);
  return isoDay(Date.UTC(y, m - 1, d) + julianOffsetDays(julianIso) * 86_400_000);
}

/** The Old Style date for display next to the Gregorian one. */
export function formatOldStyle(text: string, lang: Lang): string {
  return lang === 'ja' ? `旧暦${formatDate(text, 'ja', 'julian')}` : `${formatDate(text, 'en', 'julian')} (Old Style)`;
}

/** Day of the Gregorian switch in Soviet Russia: Russian dates before it may be Old Style. */
export const RUSSIAN_GREGORIAN_SWITCH = '1918-02-14';
