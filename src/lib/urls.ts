/**
 * Site paths. Every internal link, asset, script and data fetch goes through these so the sub-path the site is
 * published under (BASE_PATH → Astro `base` → import.meta.env.BASE_URL), the language and the trailing slash
 * are always right.
 */
import type { Lang } from '../domain/vocabulary';

/**
 * The sub-path with both slashes ("/" or "/nisso-timeline/"). Written exactly as `import.meta.env.BASE_URL` so
 * that Vite replaces it with the configured base at build time (an optional chain would be read at run time).
 */
export const BASE: string = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path under the base: withBase('/ja/') → '/nisso-timeline/ja/'. */
export const withBase = (path: string) => `${BASE}${path.replace(/^\//, '')}`;
/** A site path with the base taken off ('/nisso-timeline/ja/' → '/ja/'); other paths unchanged. */
export const withoutBase = (pathname: string) =>
  pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;

export const homePath = (lang: Lang) => withBase(`/${lang}/`);
export const eventPath = (lang: Lang, id: string) => withBase(`/${lang}/events/${id}/`);
export const personPath = (lang: Lang, id: string) => withBase(`/${lang}/people/${id}/`);
export const placePath = (lang: Lang, id: string) => withBase(`/${lang}/places/${id}/`);
export const peoplePath = (lang: Lang) => withBase(`/${lang}/people/`);
export const placesPath = (lang: Lang) => withBase(`/${lang}/places/`);
export const worksPath = (lang: Lang) => withBase(`/${lang}/works/`);
export const workPath = (lang: Lang, id: string) => withBase(`/${lang}/works/#work-${id}`);
export const searchPath = (lang: Lang) => withBase(`/${lang}/search/`);
export const aboutPath = (lang: Lang) => withBase(`/${lang}/about/`);
export const dataPagePath = (lang: Lang) => withBase(`/${lang}/data/`);
export const presentPath = (lang: Lang) => withBase(`/${lang}/present/`);
export const questionsPath = (lang: Lang) => withBase(`/${lang}/questions/`);
export const questionPath = (lang: Lang, id: string) => withBase(`/${lang}/questions/${id}/`);
/** A file of the site's root folder (public/ or a built data file): assetPath('data/events.csv'). */
export const assetPath = (file: string) => withBase(`/${file}`);
/** The complete chronology of one year (every event, every account). */
export const yearPath = (lang: Lang, year: string) => withBase(`/${lang}/chronology/${year}/`);
export const eventAnchor = (id: string) => `event-${id}`;
/** The timeline with one event selected and centred. */
export const timelineEventPath = (lang: Lang, id: string) =>
  withBase(`/${lang}/?event=${encodeURIComponent(id)}#timeline`);
/** The timeline filtered to a work's events: `work=` (cited works) or `paper=` (the five papers). */
export const timelineWorkPath = (lang: Lang, id: string, param: 'work' | 'paper' = 'work') =>
  withBase(`/${lang}/?${param}=${encodeURIComponent(id)}#timeline`);

/** The same page in the other language: /ja/events/x/ ↔ /en/events/x/ (under the base, if any). */
export function switchLanguagePath(pathname: string, to: Lang): string {
  return withBase(withoutBase(pathname).replace(/^\/(ja|en)(?=\/|$)/, `/${to}`));
}
