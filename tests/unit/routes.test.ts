/** Route data for the people and places pages, on the small fixture corpus. */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load';
import { eventsByRef, peopleIndex, personRoutes, placeRoutes, placesIndex } from '../../src/lib/routes/entities';
import { MINI_CONTENT } from '../support/paths';

const corpus = loadCorpus(MINI_CONTENT);

describe('events by person and place', () => {
  test('each person and place lists exactly the events naming them, in time order', () => {
    for (const field of ['people', 'places'] as const) {
      const byRef = eventsByRef(corpus.events, field);
      const ids = field === 'people' ? [...corpus.people.keys()] : [...corpus.places.keys()];
      for (const id of ids) {
        const expected = corpus.events.filter((e) => e[field].includes(id)).map((e) => e.id);
        expect(
          (byRef.get(id) ?? []).map((e) => e.id),
          `${field}: ${id}`,
        ).toEqual(expected);
      }
      expect([...byRef.values()].flat().length).toBeGreaterThan(0);
    }
  });
  test('a page per person and language, with roles in date order', () => {
    const routes = personRoutes(corpus, ['ja', 'en']);
    expect(routes).toHaveLength(corpus.people.size * 2);
    const karakhan = routes.find((r) => r.params.lang === 'en' && r.params.id === 'karakhan')!;
    expect(karakhan.props.events.map((e) => e.id)).toContain('1923-09-22-first-meeting');
    const dates = karakhan.props.roles.map((r) => r.date ?? '9999');
    expect([...dates].sort()).toEqual(dates);
    expect(placeRoutes(corpus, ['ja'])).toHaveLength(corpus.places.size);
  });
  test('the index pages sort by the name in the page language and carry the counts', () => {
    const en = peopleIndex(corpus, 'en');
    expect(en.map((p) => p.name)).toEqual([...en.map((p) => p.name)].sort((a, b) => a.localeCompare(b, 'en')));
    const karakhan = en.find((p) => p.id === 'karakhan')!;
    expect(karakhan.otherName).toBe(corpus.people.get('karakhan')!.name.ja);
    expect(karakhan.count).toBe(corpus.events.filter((e) => e.people.includes('karakhan')).length);
    expect(
      placesIndex(corpus, 'ja')
        .map((p) => p.id)
        .sort(),
    ).toEqual([...corpus.places.keys()].sort());
  });
});
