/**
 * Folding text for matching: one form for what readers type and what the papers write. Applied to the event
 * text and to the query alike, by the site search and by the timeline's q= filter.
 *
 * - width and compatibility forms (ＡＢＣ = ABC, ｶﾀｶﾅ = カタカナ): Unicode NFKC;
 * - case and Latin/Cyrillic diacritics (Gotō = Goto, Семёнов = Семенов);
 * - old character forms to the new ones (芳澤 = 芳沢, 國 = 国, 會 = 会) with OpenCC's Japanese
 *   shinjitai table (opencc-js), not a hand-made list.
 *
 * foldWithOrigin folds one code point at a time, so that every folded character knows where it came from (for
 * <mark>); fold does the same with whole-string operations, for speed.
 */
import shinjitaiTable from 'opencc-js/dict/JPShinjitaiCharactersRev';

/** OpenCC table "舊 旧|國 国|…": kyujitai → shinjitai, one character each. */
const SHINJITAI = new Map(
  shinjitaiTable.split('|').map((pair) => {
    const [from, to] = pair.split(' ');
    return [from!, to!] as const;
  }),
);

/** Combining marks of Latin and Cyrillic letters; kana voicing marks (U+3099, U+309A) are not among them. */
const DIACRITICS = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();

function foldCodePoint(char: string): string {
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = [...char.normalize('NFKC').toLowerCase().normalize('NFD').replace(DIACRITICS, '').normalize('NFC')]
      .map((c) => SHINJITAI.get(c) ?? c)
      .join('');
    cache.set(char, folded);
  }
  return folded;
}

/** Any old character form of the table. */
const OLD_FORMS = new RegExp(`[${[...SHINJITAI.keys()].join('')}]`, 'gu');

/**
 * The folded form of a text: the same as foldWithOrigin(text).folded, but with whole-string operations (fast
 * enough to fold ten thousand events in the browser).
 * @example fold('芳澤 ＫＡＲＡＫＨＡＮ Gotō') // '芳沢 karakhan goto'
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(OLD_FORMS, (c) => SHINJITAI.get(c)!);
}

/** A folded text and, for each of its UTF-16 units, the index in the original text it came from. */
export interface FoldedText {
  folded: string;
  /** origin[i] = index in the original of folded[i]; origin[folded.length] = original length. */
  origin: number[];
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldCodePoint(char);
    folded += f;
    for (let i = 0; i < f.length; i++) origin.push(index);
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}
