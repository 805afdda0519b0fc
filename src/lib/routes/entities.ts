/**
 * Route data for the people and places pages, computed once per build: one pass over the events files every
 * event under each person and place it names (not one scan of all events per page).
 */
import type { Lang } from '../../domain/vocabulary';
import type { Corpus, ResolvedEvent, WithId } from '../content/types';
import type { Person, Role } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import { byName } from '../names';

type Named = { id: string; name: { ja: string; en: string; ru?: string }; yomi: string };

/** Events by the id of each person (or place) they name, in time order. */
export function eventsByRef(
  events: readonly ResolvedEvent[],
  field: 'people' | 'places',
): Map<string, ResolvedEvent[]> {
  const map = new Map<string, ResolvedEvent[]>();
  for (const event of events) {
    for (const id of new Set(event[field])) {
      const list = map.get(id);
      if (list) list.push(event);
      else map.set(id, [event]);
    }
  }
  return map;
}

/** An index entry: the name in the page's language, the other language's name, the Russian name, the count. */
export interface IndexEntry {
  id: string;
  name: string;
  otherName: string;
  ru?: string;
  count: number;
}

function indexOf(entries: Iterable<Named>, byRef: Map<string, ResolvedEvent[]>, lang: Lang): IndexEntry[] {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  // Japanese pages in the order of the readings (yomi), English pages by the English form.
  return [...entries].sort(byName(lang)).map((e) => ({
    id: e.id,
    name: e.name[lang],
    otherName: e.name[other],
    ru: e.name.ru,
    count: byRef.get(e.id)?.length ?? 0,
  }));
}

export const peopleIndex = (corpus: Corpus, lang: Lang) =>
  indexOf(corpus.people.values(), eventsByRef(corpus.events, 'people'), lang);
export const placesIndex = (corpus: Corpus, lang: Lang) =>
  indexOf(corpus.places.values(), eventsByRef(corpus.events, 'places'), lang);

/** Roles in date order; undated roles last. */
export const rolesInOrder = (roles: readonly Role[]): Role[] =>
  [...roles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));

/** One page per person and language: the person, their roles in date order, their events. */
export function personRoutes(
  corpus: Corpus,
  langs: readonly Lang[],
): Array<{
  params: { lang: Lang; id: string };
  props: { person: WithId<Person>; roles: Role[]; events: ResolvedEvent[] };
}> {
  const byPerson = eventsByRef(corpus.events, 'people');
  return langs.flatMap((lang) =>
    [...corpus.people.values()].map((person) => ({
      params: { lang, id: person.id },
      props: { person, roles: rolesInOrder(person.roles), events: byPerson.get(person.id) ?? [] },
    })),
  );
}

/** One page per place and language: the place and its events. */
export function placeRoutes(
  corpus: Corpus,
  langs: readonly Lang[],
): Array<{ params: { lang: Lang; id: string }; props: { place: WithId<Place>; events: ResolvedEvent[] } }> {
  const byPlace = eventsByRef(corpus.events, 'places');
  return langs.flatMap((lang) =>
    [...corpus.places.values()].map((place) => ({
      params: { lang, id: place.id },
      props: { place, events: byPlace.get(place.id) ?? [] },
    })),
  );
}
