import { en, type UiKey } from './en';
import { ja } from './ja';
import type { Lang } from '../lib/dates';

export const LANGS: Lang[] = ['ja', 'en'];
const strings: Record<Lang, Record<UiKey, string>> = { ja, en };

/**
 * Look up a UI string and fill its {placeholders}.
 * @example t('en', 'chronology.count', { count: 3 }) // '3 events'
 */
export function t(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');
export { strings };
export type { UiKey };
