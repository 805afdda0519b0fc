import type { ResolvedEvent } from '../content/types';
import { formatDate, type Lang } from '../dates';

/** One line for link previews: date and the first account, cut at a word/character boundary. */
export function eventSummary(event: ResolvedEvent, lang: Lang, max = 160): string {
  const text = `${formatDate(event.date, lang)}${lang === 'ja' ? '。' : '. '}${event.accounts[0]?.text[lang] ?? ''}`;
  if ([...text].length <= max) return text;
  return `${[...text]
    .slice(0, max - 1)
    .join('')
    .replace(/\s+\S*$/, '')}…`;
}
