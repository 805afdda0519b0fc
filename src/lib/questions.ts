/**
 * A question at stake read from both sides: its events in time order with the Japanese-side and Soviet-side
 * accounts set against each other, the figures each side put forward, and the questions an event belongs to.
 */
import type { Party } from '../schemas/question';
import type { ResolvedQuestion } from './content/questions';
import type { Account, SideKind, ResolvedEvent } from './content/types';

/** One event of a question: its accounts in the columns they are read in. */
export interface QuestionRow {
  event: ResolvedEvent;
  japanese: Account[];
  soviet: Account[];
  /** Other labelled sides and context, shown across both columns. */
  others: Account[];
}

type QuestionScope = Pick<ResolvedQuestion, 'themes' | 'accountsOf'>;

/** The accounts of an event that bear on the question (all of them unless the question names some). */
export function accountsFor(question: QuestionScope, event: ResolvedEvent): Account[] {
  const chosen = question.accountsOf[event.id];
  return chosen ? event.accounts.filter((_, i) => chosen.includes(i + 1)) : event.accounts;
}

/** The events of a question, in time order: those carrying any of its themes. */
export function questionRows(question: QuestionScope, events: ResolvedEvent[]): QuestionRow[] {
  return events
    .filter((event) => event.themes.some((theme) => question.themes.includes(theme)))
    .map((event) => {
      const accounts = accountsFor(question, event);
      return {
        event,
        japanese: accounts.filter((a) => a.sideKind === 'japanese'),
        soviet: accounts.filter((a) => a.sideKind === 'soviet'),
        others: accounts.filter((a) => a.sideKind === 'other' || a.sideKind === 'context'),
      };
    });
}

/** How many accounts of each side kind a question shows. */
export function sideCounts(rows: QuestionRow[]): Record<SideKind, number> {
  const counts: Record<SideKind, number> = { japanese: 0, soviet: 0, other: 0, context: 0 };
  for (const row of rows)
    for (const account of [...row.japanese, ...row.soviet, ...row.others]) counts[account.sideKind]++;
  return counts;
}

/** The questions an event bears on, in the order given. */
export function questionsOfEvent<Q extends Pick<ResolvedQuestion, 'themes'>>(
  questions: Iterable<Q>,
  event: Pick<ResolvedEvent, 'themes'>,
): Q[] {
  return [...questions].filter((q) => q.themes.some((theme) => event.themes.includes(theme)));
}

/** A figure one side put forward, with the account that states it. */
export interface ChartedPosition {
  event: ResolvedEvent;
  account: Account;
  /** 1-based number of the account within its event. */
  accountNumber: number;
  party: Party;
  /** Decided inside one government, not put to the other side. */
  internal: boolean;
  low: number;
  high: number;
  label: ResolvedQuestion['title'];
}

/** The question's positions in time order (the validator has checked that every event and account exists). */
export function chartedPositions(
  question: Pick<ResolvedQuestion, 'measure'>,
  events: ResolvedEvent[],
): ChartedPosition[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const positions: ChartedPosition[] = [];
  for (const position of question.measure?.positions ?? []) {
    const event = byId.get(position.event);
    const account = event?.accounts[position.account - 1];
    if (!event || !account)
      throw new Error(`position cites ${position.event} account ${position.account}, which does not exist`);
    const [low, high] = typeof position.value === 'number' ? [position.value, position.value] : position.value;
    positions.push({
      event,
      account,
      accountNumber: position.account,
      party: position.party,
      internal: position.internal,
      low,
      high,
      label: position.label,
    });
  }
  return positions.sort((a, b) => a.event.earliest.localeCompare(b.event.earliest));
}
