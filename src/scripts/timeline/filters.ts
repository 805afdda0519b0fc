/**
 * The filtered view of the index: which events pass, in time order, with the facet counts. A free-text
 * query waits for the texts, so the answer is the same whenever it is given (never a partial one first).
 */
import { filterEvents, type FilterResult } from '../../lib/filter';
import type { TimelineIndex, TimelineIndexEntry } from '../../lib/timeline-data';
import type { ViewState } from '../../lib/view-state';
import type { TimelineSource } from './data';

export interface FilteredView {
  result: FilterResult;
  visible: Set<string>;
  /** Passing events in time order (the index is in time order). */
  ordered: TimelineIndexEntry[];
}

export async function filterView(
  index: TimelineIndex,
  source: TimelineSource,
  state: ViewState,
): Promise<FilteredView> {
  const loaded = state.text.trim() ? await source.texts() : null;
  const result = filterEvents(index.events, state, loaded?.aliases ?? [], (e) => loaded?.texts.get(e.id) ?? '');
  const visible = new Set(result.ids);
  return { result, visible, ordered: index.events.filter((e) => visible.has(e.id)) };
}
