import type { TimelineEvent } from './types';

/** Time order of events: earliest day, then latest day (open ends last), then id. */
export function compareEvents(a: Pick<TimelineEvent, 'earliest' | 'latest' | 'id'>, b: Pick<TimelineEvent, 'earliest' | 'latest' | 'id'>): number {
  return a.earliest.localeCompare(b.earliest) || (a.latest ?? '9999-99').localeCompare(b.latest ?? '9999-99') || a.id.localeCompare(b.id);
}
