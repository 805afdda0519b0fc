/**
 * The domain's closed sets and patterns, in one place: schemas, lib, i18n, pages and browser modules all
 * import them from here (this module imports nothing).
 */

/** The site's two languages, Japanese first. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * What a side is, in reading order: ● Japanese-side sources, ★ Soviet-side sources, other labelled sides
 * ([omsk], FRUS…), and context (no marker). Lanes, columns and filters follow this order.
 */
export const SIDE_KINDS = ['japanese', 'soviet', 'other', 'context'] as const;
export type SideKind = (typeof SIDE_KINDS)[number];

/** The symbol readers see for each kind: the papers' ● and ★, ◆ for any other labelled side, none for context. */
export const SIDE_SYMBOLS: Record<SideKind, string> = { japanese: '●', soviet: '★', other: '◆', context: '' };

/** The two markers the papers print, as authors write them at the start of an account. */
export const PAPER_MARKERS = { japanese: '●', soviet: '★' } as const;

/** Every id (event, work, person, place, theme, side): an ASCII slug, because it is part of permalinks. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What the timeline and the slides can be filtered by, besides free text. */
export const FACETS = ['sides', 'papers', 'works', 'themes', 'people'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The columns an event's accounts are shown in, side by side: ● and ★ always (an empty one says that side
 * is silent), other labelled sides and context only when they have accounts; only the kinds in `shown`.
 * @example sideColumns([{ kind: 'soviet' }], (a) => a.kind) // [{ kind: 'japanese', accounts: [] }, { kind: 'soviet', accounts: [{ kind: 'soviet' }] }]
 */
export function sideColumns<A>(
  accounts: readonly A[],
  kindOf: (account: A) => SideKind,
  shown: ReadonlySet<SideKind> = new Set(SIDE_KINDS),
): Array<{ kind: SideKind; accounts: A[] }> {
  return SIDE_KINDS.filter((kind) => shown.has(kind))
    .map((kind) => ({ kind, accounts: accounts.filter((a) => kindOf(a) === kind) }))
    .filter(({ kind, accounts: list }) => list.length > 0 || kind === 'japanese' || kind === 'soviet');
}
