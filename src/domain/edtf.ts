/**
 * EDTF dates as events and works give them, parsed with the `edtf` library into the earliest/latest ISO days
 * they can mean, checked against the calendar. Here (not in src/lib/) because the schemas validate with it and
 * everything else builds on them: dependencies run one way, schemas → lib.
 */
import edtf from 'edtf';

export type Precision = 'year' | 'month' | 'day';

export interface DateBound {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
}

export interface ParsedDate {
  edtf: string;
  /** Earliest ISO day the date can mean. */
  earliest: string;
  /** Latest ISO day, or null for an open end (〜). */
  latest: string | null;
  /** A single day drawn as a point; anything longer is a span. */
  kind: 'point' | 'span';
  lower: DateBound;
  /** Upper bound of an interval; undefined for a single date, null for an open end. */
  upper?: DateBound | null;
}

export type Calendar = 'gregorian' | 'julian';

/** One end of a date as the site can draw it: a year, a month or a day, qualified as a whole or not at all. */
const DATE_PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const isLeapYear = (year: number, calendar: Calendar) =>
  calendar === 'julian' ? year % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of either calendar (they differ only in which years are leap years). */
export function daysInMonth(year: number, month: number, calendar: Calendar = 'gregorian'): number {
  return month === 2
    ? isLeapYear(year, calendar)
      ? 29
      : 28
    : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Why one end of a date cannot be shown as written; the edtf grammar has already accepted it. */
function unsupportedPart(part: string, text: string): string {
  if (/[Xu]/.test(part))
    return `"${text}" has unspecified digits (X): the timeline would draw it as a precise day or year it is not; give the range instead (1923-09 for a month, 1920/1929 for the 1920s)`;
  if (/^[?~%]|-[?~%]/.test(part))
    return `"${text}" qualifies only part of the date: put ?, ~ or % at the end, for the whole date (the site shows a date as uncertain or approximate as a whole)`;
  if (/T|:/.test(part)) return `"${text}" has a time of day: give the day only`;
  return `unsupported precision in "${text}" (use a year, month or day: 1923, 1923-09, 1923-09-22)`;
}

function toBound(part: string, text: string, calendar: Calendar): DateBound {
  const match = DATE_PART.exec(part);
  if (!match) throw new Error(unsupportedPart(part, text));
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : null;
  const day = match[3] ? Number(match[3]) : null;
  if (month !== null && (month < 1 || month > 12)) throw new Error(`"${text}": there is no month ${month}`);
  if (month !== null && day !== null) {
    const last = daysInMonth(year, month, calendar);
    if (day < 1 || day > last) {
      const leap =
        month === 2 && day === 29
          ? ` (${year} is not a leap year in the ${calendar === 'julian' ? 'Julian' : 'Gregorian'} calendar)`
          : '';
      throw new Error(`"${text}": ${year}-${pad(month)} has no day ${day}${leap}`);
    }
  }
  const qualifier = match[4] ?? '';
  return {
    start: `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`,
    end: `${pad(year, 4)}-${pad(month ?? 12)}-${pad(day ?? daysInMonth(year, month ?? 12, calendar))}`,
    precision: day !== null ? 'day' : month !== null ? 'month' : 'year',
    uncertain: qualifier === '?' || qualifier === '%',
    approximate: qualifier === '~' || qualifier === '%',
  };
}

/**
 * Parse an EDTF date as used by events: a year, month or day (optionally qualified as a whole with ?, ~ or %),
 * or an interval of them, possibly open-ended. Days are checked against the calendar: 1923-02-29 does not exist
 * in the Gregorian calendar, 1900-02-29 does in the Julian (Old Style) one.
 * @example parseEdtf('1924-02-21/1924-02-29') // { earliest: '1924-02-21', latest: '1924-02-29', kind: 'span', … }
 * @throws when the string is not EDTF, is a season/set/list, has unspecified digits, is an impossible day, or is
 *   a reversed range.
 */
export function parseEdtf(text: string, calendar: Calendar = 'gregorian'): ParsedDate {
  const value = edtf(text);
  if (value.type === 'Date') {
    const lower = toBound(text, text, calendar);
    return {
      edtf: text,
      earliest: lower.start,
      latest: lower.end,
      kind: lower.precision === 'day' ? 'point' : 'span',
      lower,
    };
  }
  if (value.type === 'Interval') {
    const [from = '', to = ''] = text.split('/');
    if (from === '' || from === '..') throw new Error(`"${text}": an interval needs a known start`);
    const lower = toBound(from, text, calendar);
    // '/..' (open end) and '/' (unknown end) both have no last day.
    const upper = to === '' || to === '..' ? null : toBound(to, text, calendar);
    if (upper && upper.end < lower.start) throw new Error(`"${text}": the range ends before it starts`);
    return { edtf: text, earliest: lower.start, latest: upper ? upper.end : null, kind: 'span', lower, upper };
  }
  throw new Error(`"${text}" is an EDTF ${value.type}; events take a date or an interval`);
}
