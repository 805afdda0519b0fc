import type { ResolvedEvent } from './types';

/** Time order of events: earliest day, then latest day (open ends last), then id. */
export function compareEvents(a: Pick<ResolvedEvent, 'earliest' | 'latest' | 'id'>, b: Pick<ResolvedEvent, 'earliest' | 'latest' | 'id'>): number {
  return a.earliest.localeCompare(b.earliest) || (a.latest ?? '9999-99').localeCompare(b.latest ?? '9999-99') || a.id.localeCompare(b.id);
}
