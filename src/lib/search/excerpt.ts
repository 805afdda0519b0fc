/** Excerpts with the matched words marked: text cut around the first match, as plain segments to render safely. */
import { matchRanges, type Query } from './query';

/** How many letters an excerpt may grow at each end to avoid cutting a word. */
const WORD_SLACK = 15;

export interface Segment {
  text: string;
  mark: boolean;
}

/** A whole text as segments, the matched stretches marked. */
export function highlight(text: string, query: Query): Segment[] {
  return segments(text, matchRanges(text, query), 0, text.length);
}

/**
 * About `width` characters of the text around its first match, cut with "…", matches marked; null when the
 * text does not match.
 */
export function excerpt(text: string, query: Query, width = 120): Segment[] | null {
  const ranges = matchRanges(text, query);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, Math.min(first[0] - Math.floor(width / 3), text.length - width));
  let end = Math.min(text.length, start + width);
  // Never cut a match in two, nor (within a few letters) a word.
  for (const [s, e] of ranges) if (s < end && e > end) end = e;
  for (let n = 0; start > 0 && n < WORD_SLACK && isLetter(text[start - 1]) && isLetter(text[start]); n++) start--;
  for (let n = 0; end < text.length && n < WORD_SLACK && isLetter(text[end - 1]) && isLetter(text[end]); n++) end++;
  const cut = segments(text, ranges, start, end);
  if (start > 0) cut.unshift({ text: '…', mark: false });
  if (end < text.length) cut.push({ text: '…', mark: false });
  return cut;
}

/** Letters of alphabetic scripts: cutting between two of them splits a word. */
function isLetter(char: string | undefined): boolean {
  return char !== undefined && /[\p{Script=Latin}\p{Script=Cyrillic}0-9'’-]/u.test(char);
}

function segments(text: string, ranges: Array<[number, number]>, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) out.push({ text: text.slice(at, end), mark: false });
  return out;
}
