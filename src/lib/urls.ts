/** Site paths. Every internal link goes through these so the language and trailing slash are always right. */
import type { Lang } from '../domain/vocabulary';

export const homePath = (lang: Lang) => `/${lang}/`;
export const eventPath = (lang: Lang, id: string) => `/${lang}/events/${id}/`;
export const personPath = (lang: Lang, id: string) => `/${lang}/people/${id}/`;
export const placePath = (lang: Lang, id: string) => `/${lang}/places/${id}/`;
export const peoplePath = (lang: Lang) => `/${lang}/people/`;
export const placesPath = (lang: Lang) => `/${lang}/places/`;
export const worksPath = (lang: Lang) => `/${lang}/works/`;
export const workPath = (lang: Lang, id: string) => `/${lang}/works/#work-${id}`;
export const searchPath = (lang: Lang) => `/${lang}/search/`;
export const aboutPath = (lang: Lang) => `/${lang}/about/`;
/** The complete chronology of one year (every event, every account). */
export const yearPath = (lang: Lang, year: string) => `/${lang}/chronology/${year}/`;
export const eventAnchor = (id: string) => `event-${id}`;
/** The timeline with one event selected and centred. */
export const timelineEventPath = (lang: Lang, id: string) => `/${lang}/?event=${encodeURIComponent(id)}#timeline`;

/** The same page in the other language: /ja/events/x/ ↔ /en/events/x/. */
export function switchLanguagePath(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(ja|en)(?=\/|$)/, `/${to}`);
}
export const questionsPath = (lang: Lang) => `/${lang}/questions/`;
export const questionPath = (lang: Lang, id: string) => `/${lang}/questions/${id}/`;
export const presentPath = (lang: Lang) => `/${lang}/present/`;
