/**
 * The order of names in lists: Japanese pages follow the reading (yomi) in gojūon order, as a Japanese index does
 * (加藤高明 under か, not by the code point of 加); English pages follow the English form.
 */
import type { Lang } from './dates';

export interface Named {
  name: { ja: string; en: string };
  yomi: string;
}

const collators: Record<Lang, Intl.Collator> = {
  ja: new Intl.Collator('ja', { ignorePunctuation: true }),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

/**
 * A comparator for sorting people or places on a page in `lang`.
 * @example [goto, inukai].sort(byName('ja')) // [inukai, goto]: いぬかい before ごとう
 */
export function byName(lang: Lang): (a: Named, b: Named) => number {
  const collator = collators[lang];
  return lang === 'ja'
    ? (a, b) => collator.compare(a.yomi, b.yomi) || collator.compare(a.name.ja, b.name.ja)
    : (a, b) => collator.compare(a.name.en, b.name.en);
}
