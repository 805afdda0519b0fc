/** The time window of a view (from/to in the URL): which events it shows. One rule for the slides and the print. */
import { endOf } from './timeline-items';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Whether an event overlaps the window [from, to] (ISO days, both included), as the timeline draws it: an open
 * end (〜) counts as the short stretch the timeline shows.
 * @example inWindow({ start: '1925-01-20', end: '1925-01-20' }, '1923-09-01', '1925-01-31') // true
 */
export function inWindow(event: { start: string; end: string | null }, from: string, to: string): boolean {
  return day(event.start) <= day(to) && endOf(event) > day(from);
}
