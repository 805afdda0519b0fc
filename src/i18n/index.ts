import { en, type UiKey } from './en';
import { ja } from './ja';
import { LANGS, SIDE_SYMBOLS, type Lang, type SideKind } from '../domain/vocabulary';

export { LANGS };
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

const SIDE_KIND_KEYS: Record<SideKind, UiKey> = {
  japanese: 'side.japanese.short',
  soviet: 'side.soviet.short',
  other: 'timeline.lane.other',
  context: 'side.context.short',
};

/**
 * The one label of a side kind, for lanes, columns and filters: its symbol, then its name.
 * @example sideKindLabel('en', 'soviet') // '★ Soviet-side sources'
 */
export function sideKindLabel(lang: Lang, kind: SideKind): string {
  return `${SIDE_SYMBOLS[kind]} ${t(lang, SIDE_KIND_KEYS[kind])}`.trim();
}
