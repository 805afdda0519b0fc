/**
 * Cross-entry checks of the questions at stake (content/questions/): their themes exist, their introductions'
 * citations resolve like accounts' do, and every charted figure is written in the account it cites.
 */
import type { Question } from '../../schemas/question';
import { resolveCitation, type ResolvedCitation, type ShortFormIndex } from '../citations';
import type { ContentProblem } from './problems';
import type { RawEntry } from './read';
import type { ResolvedEvent, WithId } from './types';

/** A question with its introduction's citations resolved. */
export type ResolvedQuestion = WithId<Question> & { file: string; introCitations: ResolvedCitation[][] };

interface Known {
  themes: Map<string, unknown>;
  events: ResolvedEvent[];
  shortForms: ShortFormIndex;
}

/** Whether `value` is written as a number of its own in `text` ("40 percent", "40%", but not "140"). */
export function statesFigure(text: string, value: number): boolean {
  // Not part of a longer number: no digit, decimal point or thousands separator touching it.
  return new RegExp(`(^|[^\\d.,])${String(value).replace('.', '\\.')}(?!\\d|[.,]\\d)`).test(text);
}

export function resolveQuestions(parsed: Array<{ entry: RawEntry; data: Question }>, known: Known, problems: ContentProblem[]): Map<string, ResolvedQuestion> {
  const events = new Map(known.events.map((e) => [e.id, e]));
  const questions = new Map<string, ResolvedQuestion>();
  for (const { entry, data } of parsed) {
    const file = entry.file;
    data.themes.forEach((theme, i) => {
      if (!known.themes.has(theme)) problems.push({ file, field: `themes[${i}]`, message: `unknown theme "${theme}"` });
    });
    const introCitations = data.intro.map((paragraph, i) =>
      paragraph.cites.flatMap((citedAs) => {
        const result = resolveCitation(citedAs, known.shortForms);
        if (result.ok) return [result.citation];
        problems.push({ file, field: `intro[${i}].cites`, message: result.message });
        return [];
      }),
    );
    for (const [eventId, numbers] of Object.entries(data.accountsOf)) {
      const field = `accountsOf.${eventId}`;
      const event = events.get(eventId);
      if (!event) problems.push({ file, field, message: `unknown event "${eventId}"` });
      else if (!event.themes.some((t) => data.themes.includes(t))) problems.push({ file, field, message: `event "${eventId}" has none of the question's themes (${data.themes.join(', ')})` });
      else {
        const outside = numbers.filter((n) => n > event.accounts.length);
        if (outside.length) problems.push({ file, field, message: `event "${eventId}" has ${event.accounts.length} account(s); there is no account ${outside.join(', ')}` });
      }
    }
    data.measure?.positions.forEach((position, i) => {
      const field = `measure.positions[${i}]`;
      const event = events.get(position.event);
      if (!event) {
        problems.push({ file, field: `${field}.event`, message: `unknown event "${position.event}"` });
        return;
      }
      if (!event.themes.some((t) => data.themes.includes(t))) {
        problems.push({ file, field: `${field}.event`, message: `event "${position.event}" has none of the question's themes (${data.themes.join(', ')})` });
      }
      const account = event.accounts[position.account - 1];
      if (!account) {
        problems.push({ file, field: `${field}.account`, message: `event "${position.event}" has ${event.accounts.length} account(s), not ${position.account}` });
        return;
      }
      const figures = typeof position.value === 'number' ? [position.value] : position.value;
      const missing = figures.filter((figure) => !statesFigure(account.text.en, figure));
      if (missing.length) {
        problems.push({ file, field: `${field}.value`, message: `account ${position.account} of "${position.event}" does not state ${missing.join(' and ')}: a position must be written in the account it cites` });
      }
    });
    questions.set(entry.id, { ...data, id: entry.id, file, introCitations });
  }
  return questions;
}
