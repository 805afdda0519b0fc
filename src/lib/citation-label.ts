/**
 * The short citation a reader sees. Japanese pages show it exactly as the paper wrote it (ソコロフ 127); English
 * pages show the work's English short form for the paper's form (Sokolov 127), with the common Japanese locator
 * words put into English. The data files keep the paper's form (`citedAs`) untouched.
 */
import type { Lang } from './dates';
import type { ResolvedCitation } from './citations';

export interface ShortFormSource {
  shortForms: string[];
  /** Paper's short form → English short form. */
  shortEn?: Record<string, string>;
}

const pad = (n: string) => n.padStart(2, '0');
const LOCATOR_WORDS: Array<[RegExp, (...m: string[]) => string]> = [
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/gu, (_, y, m, d) => `${y}-${pad(m!)}-${pad(d!)}`],
  [/大正(\d+)年第(\d+)冊/gu, (_, y, p) => `Taishō ${y}, pt ${p}`],
  [/下巻/gu, () => ' (lower vol.)'],
  [/\s*(\d+)文書/gu, (_, n) => `, doc. ${n}`],
  [/付記一/gu, () => ', annex 1'],
  [/第([一二三四五六七八九])巻/gu, (_, n) => `, vol. ${'一二三四五六七八九'.indexOf(n!) + 1}`],
];

/** Japanese locator words in English: 大正12年第1冊 309文書 → Taishō 12, pt 1, doc. 309. */
export function englishLocator(rest: string): string {
  return LOCATOR_WORDS.reduce((s, [re, to]) => s.replace(re, to), rest);
}

/**
 * The English form of a paper's short citation, or the citation as written when the work has no English form
 * for it (Cyrillic and Latin forms are kept).
 * @example englishCitedAs('ソコロフ 127', { shortForms: ['ソコロフ'], shortEn: { ソコロフ: 'Sokolov' } }) // 'Sokolov 127'
 * @example englishCitedAs('書簡93', { shortForms: ['書簡'], shortEn: { 書簡: 'Correspondence' } }) // 'Correspondence 93'
 */
export function englishCitedAs(citedAs: string, work: ShortFormSource): string {
  const form = [...work.shortForms]
    .sort((a, b) => b.length - a.length)
    .find((f) => citedAs.startsWith(f) && work.shortEn?.[f]);
  if (!form) return citedAs;
  const rest = englishLocator(citedAs.slice(form.length)).trim();
  // Pages follow with a space (Sokolov 127), a colon stays tight (Yoshizawa 1961:77), words take a comma.
  const gap = rest === '' || rest.startsWith(':') ? '' : /^[0-9]/u.test(rest) ? ' ' : ', ';
  return `${work.shortEn![form]}${gap}${rest}`;
}

/** What a citation link shows in `lang`. */
export function citationLabel(
  citation: Pick<ResolvedCitation, 'citedAs'>,
  work: ShortFormSource | undefined,
  lang: Lang,
): string {
  return lang === 'en' && work ? englishCitedAs(citation.citedAs, work) : citation.citedAs;
}
