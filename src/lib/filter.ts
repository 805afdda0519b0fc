/**
 * Filtering the timeline by side, paper, cited work, theme, person, "both sides" and free text, with the count
 * of events each option would keep (faceted counts). One pass over the events per change: linear, no
 * per-option loops.
 */
import { SIDE_KINDS, type ViewState, type SideKindParam } from './view-state';
import { fold } from './search/fold';
import { matchesQuery, parseQuery, type AliasGroup } from './search/query';

/** The fields of an event the facet filters look at (the timeline index carries exactly these). */
export interface FacetedEvent {
  id: string;
  sides: SideKindParam[];
  papers: string[];
  works: string[];
  themes: string[];
  people: string[];
}

/** A faceted event with its searchable text (lower-cased title and accounts in both languages). */
export interface FilterableEvent extends FacetedEvent {
  text: string;
}

export type Facet = 'sides' | 'papers' | 'works' | 'themes' | 'people';
export const FACETS: Facet[] = ['sides', 'papers', 'works', 'themes', 'people'];

export interface FilterResult {
  /** Ids of the events that pass every filter, in input order. */
  ids: string[];
  /** For each facet, how many events each option keeps given all the other filters. */
  counts: Record<Facet, Map<string, number>>;
  /** How many events the "both sides" option keeps given all the other filters. */
  bothCount: number;
}

function passesFacet(event: FacetedEvent, facet: Facet, selected: string[]): boolean {
  if (selected.length === 0) return true;
  const values: string[] = event[facet];
  return values.some((v) => selected.includes(v));
}

/** Whether an event has both a ● (Japanese-side) and a ★ (Soviet-side) account. */
export function hasBothSides(event: Pick<FacetedEvent, 'sides'>): boolean {
  return event.sides.includes('japanese') && event.sides.includes('soviet');
}

/** Text folded for matching, as the site search folds it (ＡＢＣ = abc, 芳澤 = 芳沢; see search/fold.ts). */
export function normaliseText(text: string): string {
  return fold(text);
}

/**
 * The one place the free-text filter decides whether an event's text matches, as the site search matches
 * (search/query.ts): every word, in either language, and with `aliases` any spelling of a name.
 * `haystack` is already folded; `query` is as typed.
 */
export function textMatches(haystack: string, query: string, aliases: AliasGroup[] = []): boolean {
  return matchesQuery(haystack, parseQuery(query, aliases));
}

export function selectionOf(state: ViewState): Record<Facet, string[]> {
  return { sides: state.sides, papers: state.papers, works: state.works, themes: state.themes, people: state.people };
}

/**
 * Apply the view's filters; `aliases` are other spellings of names. `textOf` gives an event's folded text; it is needed only when the view has a
 * free-text query (the timeline loads the texts only then).
 * @example filterEvents(events, { ...EMPTY_VIEW, sides: ['soviet'] }).ids // events with a ★ account
 */
export function filterEvents<T extends FacetedEvent>(
  events: T[],
  state: ViewState,
  aliases: AliasGroup[] = [],
  textOf: (e: T) => string = (e) => ('text' in e && typeof e.text === 'string' ? e.text : ''),
): FilterResult {
  const selection = selectionOf(state);
  const query = state.text.trim();
  const parsed = parseQuery(query, aliases);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const ids: string[] = [];
  let bothCount = 0;
  for (const event of events) {
    if (query && !matchesQuery(textOf(event), parsed)) continue;
    // One loop, no arrays per event: at 10,000 events this pass runs on every filter change.
    let failing = 0;
    let failed: Facet | null = null;
    for (const facet of FACETS)
      if (!passesFacet(event, facet, selection[facet])) {
        failing++;
        failed = facet;
      }
    const both = hasBothSides(event);
    if (failing === 0) {
      if (both) bothCount++;
      if (!state.both || both) ids.push(event.id);
    }
    // An option's count: events passing every other filter (facets and "both sides") that have this option.
    if (failing > 1 || (state.both && !both)) continue;
    for (const facet of FACETS) {
      if (failed !== null && failed !== facet) continue;
      const map = counts[facet];
      const values: string[] = event[facet];
      // Each value once per event, even if the data repeats it.
      for (let i = 0; i < values.length; i++)
        if (values.indexOf(values[i]!) === i) map.set(values[i]!, (map.get(values[i]!) ?? 0) + 1);
    }
  }
  return { ids, counts, bothCount };
}

/** Which account sides stay visible: the selected ones, or all when none is selected. */
export function visibleSides(state: ViewState): Set<SideKindParam> {
  return new Set(state.sides.length ? state.sides : SIDE_KINDS);
}
