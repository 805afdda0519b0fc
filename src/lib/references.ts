/**
 * Full references for works, formatted by citation-js (citeproc) with CSL styles (src/csl/), so no reference
 * is assembled by hand. The form follows the language of the work, as a reference list in each tradition does:
 * Japanese works in the Japanese humanities form (src/csl/ja-humanities-nisso.csl), Russian works by
 * GOST R 7.0.5-2008 with the Russian locale, everything else in Chicago notes-and-bibliography (18th ed.).
 * Fields the papers do not state are listed separately and shown as "not stated".
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import jaStyle from '../csl/ja-humanities-nisso.csl?raw';
import chicagoStyle from '../csl/chicago-notes-bibliography.csl?raw';
import gostStyle from '../csl/gost-r-7-0-5-2008.csl?raw';
import jaLocale from '../csl/locales-ja-JP.xml?raw';
import ruLocale from '../csl/locales-ru-RU.xml?raw';
import enLocale from '../csl/locales-en-US.xml?raw';
import type { Work } from '../schemas/work';
import type { WithId } from './content/types';

/** The languages a reference can be written in, each with its style and CSL locale. */
export type RefLang = 'ja' | 'ru' | 'en';
export const STYLES: Record<RefLang, { template: string; locale: string }> = {
  ja: { template: 'nisso-ja-humanities', locale: 'ja-JP' },
  ru: { template: 'gost-r-7-0-5-2008', locale: 'ru-RU' },
  en: { template: 'chicago-notes-bibliography', locale: 'en-US' },
};

let registered = false;
/** Register the styles and locales once per process (citation-js keeps them in global registries). */
export function registerStyles(): void {
  if (registered) return;
  const csl = plugins.config.get('@csl');
  csl.templates.add(STYLES.ja.template, jaStyle);
  csl.templates.add(STYLES.ru.template, gostStyle);
  csl.templates.add(STYLES.en.template, chicagoStyle);
  csl.locales.add('ja-JP', jaLocale);
  csl.locales.add('ru-RU', ruLocale);
  csl.locales.add('en-US', enLocale);
  registered = true;
}

export type CslItem = Record<string, unknown>;

/**
 * The language a work is written in: its CSL `language` when given, else the script of its title
 * (Cyrillic → Russian, kana or kanji → Japanese, otherwise English).
 * @example refLanguage({ title: 'Воспоминания' }) // 'ru'
 */
export function refLanguage(item: CslItem): RefLang {
  const declared = typeof item.language === 'string' ? item.language.slice(0, 2).toLowerCase() : '';
  if (declared === 'ja' || declared === 'ru' || declared === 'en') return declared;
  const title = String(item.title ?? '');
  if (/\p{Script=Cyrillic}/u.test(title)) return 'ru';
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(title)) return 'ja';
  return 'en';
}

const KATAKANA = /^[\p{Script=Katakana}ー]+$/u;
const NAME_FIELDS = ['author', 'editor', 'translator', 'container-author'];

/**
 * Japanese writes a name in katakana with 「・」 between its parts (シュラトフ・ヤロスラブ); citeproc joins the
 * parts of any CJK name without a space, which suits kanji names only. Katakana names become literals here.
 */
export function withKatakanaSeparators(item: CslItem): CslItem {
  const copy: CslItem = { ...item };
  for (const field of NAME_FIELDS) {
    const names = item[field];
    if (!Array.isArray(names)) continue;
    copy[field] = names.map((name: { family?: string; given?: string }) =>
      name.family && name.given && KATAKANA.test(name.family) && KATAKANA.test(name.given)
        ? { literal: `${name.family}・${name.given}` }
        : name,
    );
  }
  return copy;
}

/** One item formatted (plain text) in the given language's style: a bibliography entry, or a note with `mode: 'citation'`. */
export function formatItem(
  item: CslItem,
  lang: RefLang = refLanguage(item),
  mode: 'bibliography' | 'citation' = 'bibliography',
): string {
  registerStyles();
  const { template, locale } = STYLES[lang];
  const prepared = lang === 'ja' ? withKatakanaSeparators(item) : item;
  return String(new Cite(prepared).format(mode, { format: 'text', template, lang: locale })).trim();
}

/** The CSL-JSON item of a work, with its id. */
export function toCslItem(work: WithId<Work>): CslItem {
  return { id: work.id, ...work.csl };
}

/**
 * A work's full reference as plain text (rendered as text, never as HTML), in the form of the work's own
 * language whatever the page's language.
 * @example formatReference(ozawa1987) // '小澤治子「第一次日ソ国交樹立とソ連の交渉ストラテジー」『法學研究』60巻11号（1987年11月）67–88頁'
 */
export function formatReference(work: WithId<Work>): string {
  // Every page and citation that names a work asks again: format each work once per build.
  const key = JSON.stringify(work.csl) + work.id;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = formatItem(toCslItem(work))));
  return text;
}
const formatted = new Map<string, string>();
