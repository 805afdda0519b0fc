/**
 * What a query means, for the site search and the timeline's q= alike: the words of the query (all must
 * match), each standing for itself and for every other spelling of the person, place or theme it names.
 */
import { fold, foldWithOrigin } from './fold';

/** All the spellings of one person, place or theme (names and aliases), folded. */
export type AliasGroup = string[];

export interface QueryTerm {
  /** The term as typed, folded. */
  text: string;
  /** The folded strings any of which satisfies the term: the term and its aliases. */
  variants: string[];
  /** Indexes of the alias groups the term named. */
  groups: number[];
}

export interface Query {
  terms: QueryTerm[];
}

/** The alias groups of named entities: their names in every language and their aliases, folded, without repeats. */
export function aliasGroup(names: Array<string | undefined>): AliasGroup {
  return [...new Set(names.filter((n): n is string => !!n && n.trim() !== '').map((n) => fold(n.trim())))];
}

function term(text: string, groups: AliasGroup[]): QueryTerm {
  const named = groups.flatMap((group, i) => (group.includes(text) ? [i] : []));
  const variants = new Set([text, ...named.flatMap((i) => groups[i]!)]);
  return { text, variants: [...variants], groups: named };
}

/**
 * Parse a query: fold it, keep whole any alias of several words it contains ("lev karakhan"), split the rest at
 * spaces; each term then also matches every spelling in the alias groups it equals.
 * @example parseQuery('Ioffe', [['ヨッフェ', 'joffe', 'ioffe']]).terms[0].variants // ['ioffe', 'ヨッフェ', 'joffe']
 */
export function parseQuery(raw: string, groups: AliasGroup[] = []): Query {
  let rest = ` ${fold(raw).replace(/\s+/g, ' ').trim()} `;
  const terms: QueryTerm[] = [];
  const phrases = [...new Set(groups.flat().filter((v) => v.includes(' ')))].sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    if (!rest.includes(` ${phrase} `)) continue;
    rest = rest.replace(` ${phrase} `, ' ');
    terms.push(term(phrase, groups));
  }
  for (const word of rest.split(' ')) if (word) terms.push(term(word, groups));
  return { terms };
}

/** Latin, Cyrillic and digits: a term starting with one of these must start a word ("oil" is not in "turmoil"). */
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}0-9]/u;

function isWordStart(folded: string, at: number, alphabetic: boolean): boolean {
  return !alphabetic || at === 0 || !WORD_CHAR.test(folded[at - 1]!);
}

/** Start indexes of `variant` in `folded`, word-initial for alphabetic variants. */
export function occurrences(folded: string, variant: string): number[] {
  const found: number[] = [];
  const alphabetic = WORD_CHAR.test(variant[0] ?? '');
  for (let at = folded.indexOf(variant); at !== -1; at = folded.indexOf(variant, at + 1))
    if (isWordStart(folded, at, alphabetic)) found.push(at);
  return found;
}

function hasOccurrence(folded: string, variant: string): boolean {
  const alphabetic = WORD_CHAR.test(variant[0] ?? '');
  for (let at = folded.indexOf(variant); at !== -1; at = folded.indexOf(variant, at + 1))
    if (isWordStart(folded, at, alphabetic)) return true;
  return false;
}

/** Does a folded text satisfy the term (any of its variants)? */
export function matchesTerm(folded: string, t: QueryTerm): boolean {
  return t.variants.some((v) => hasOccurrence(folded, v));
}

/** Does a folded text satisfy every term? An empty query matches everything. */
export function matchesQuery(folded: string, query: Query): boolean {
  return query.terms.every((t) => matchesTerm(folded, t));
}

/** The stretches of an original (unfolded) text that match any term, as sorted, merged [start, end) pairs. */
export function matchRanges(text: string, query: Query): Array<[number, number]> {
  const { folded, origin } = foldWithOrigin(text);
  const ranges: Array<[number, number]> = [];
  for (const t of query.terms) {
    for (const v of t.variants)
      for (const at of occurrences(folded, v)) ranges.push([origin[at]!, origin[at + v.length]!]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
