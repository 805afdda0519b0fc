/** Pure helpers that shape the corpus for pages: year groups, side columns. */
import type { Account, SideKind, ResolvedEvent } from './content/types';

export const SIDE_KIND_ORDER: SideKind[] = ['japanese', 'soviet', 'other', 'context'];

/** Events grouped by the year they start in, in time order. */
export function groupByYear<T extends Pick<ResolvedEvent, 'earliest'>>(
  events: T[],
): Array<{ year: string; events: T[] }> {
  const groups: Array<{ year: string; events: T[] }> = [];
  for (const event of events) {
    const year = event.earliest.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** Side ids present in an event's accounts, ● first, then ★, other labelled sides, context. */
export function sidesOf(event: Pick<ResolvedEvent, 'accounts'>): string[] {
  const ordered = [...event.accounts].sort(
    (a, b) => SIDE_KIND_ORDER.indexOf(a.sideKind) - SIDE_KIND_ORDER.indexOf(b.sideKind),
  );
  return [...new Set(ordered.map((a) => a.side))];
}

/** Accounts in columns by side kind, for the side-by-side view. */
export function accountColumns(accounts: Account[]): Record<SideKind, Account[]> {
  const columns: Record<SideKind, Account[]> = { japanese: [], soviet: [], other: [], context: [] };
  for (const account of accounts) columns[account.sideKind].push(account);
  return columns;
}
