/**
 * What the search page loads (/data/search.json): every event with its titles and accounts in both languages
 * (a query in either language finds it from either half of the site), its date as each language writes it,
 * its sides and papers for the filters, and the spellings of the people, places and themes (alias groups).
 */
import type { Corpus, LocalizedText } from '../content/types';
import { formatDate } from '../dates';
import type { SideKindParam } from '../view-state';
import { aliasGroup, type AliasGroup } from './query';

export interface SearchAccount {
  kind: SideKindParam;
  /** The marker as written (●, ★, [omsk]); empty for context. */
  marker: string;
  text: LocalizedText;
}

export interface SearchRecord {
  id: string;
  /** First ISO day the date can mean (for ordering ties). */
  earliest: string;
  date: LocalizedText;
  title: LocalizedText;
  sides: SideKindParam[];
  papers: string[];
  accounts: SearchAccount[];
  /** Indexes into `aliases` of the people, places and themes the event is tagged with. */
  groups: number[];
}

export interface SearchData {
  events: SearchRecord[];
  aliases: AliasGroup[];
}

interface Named {
  id: string;
  name: { ja: string; en: string; ru?: string };
  aliases: string[];
}

/**
 * The spelling groups of every person, place and theme, and where each entity's group is ("person:karakhan" → index).
 * The timeline passes the same groups to filterEvents so that its q= matches as the search does.
 */
export function aliasGroups(corpus: Corpus): { aliases: AliasGroup[]; groupOf: Map<string, number> } {
  const aliases: AliasGroup[] = [];
  const groupOf = new Map<string, number>();
  const add = (kind: string, entity: Named) => {
    groupOf.set(`${kind}:${entity.id}`, aliases.length);
    aliases.push(aliasGroup([entity.name.ja, entity.name.en, entity.name.ru, ...entity.aliases]));
  };
  for (const p of corpus.people.values()) add('person', p);
  for (const p of corpus.places.values()) add('place', p);
  for (const th of corpus.themes.values()) add('theme', th);
  return { aliases, groupOf };
}

export function searchData(corpus: Corpus): SearchData {
  const { aliases, groupOf } = aliasGroups(corpus);
  const events = corpus.events.map((event) => ({
    id: event.id,
    earliest: event.earliest,
    date: { ja: formatDate(event.date, 'ja'), en: formatDate(event.date, 'en') },
    title: event.title,
    sides: [...new Set(event.accounts.map((a) => a.sideKind))],
    papers: [event.paper, ...event.alsoIn.map((a) => a.paper)],
    accounts: event.accounts.map((a) => ({ kind: a.sideKind, marker: a.marker, text: a.text })),
    groups: [
      ...event.people.map((id) => groupOf.get(`person:${id}`)),
      ...event.places.map((id) => groupOf.get(`place:${id}`)),
      ...event.themes.map((id) => groupOf.get(`theme:${id}`)),
    ].filter((g): g is number => g !== undefined),
  }));
  return { events, aliases };
}
