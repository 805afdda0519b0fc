/**
 * The one order of the timeline's events, and where the arrow keys lead in it. The list of the window
 * ("Events in this view") and the keyboard follow the same order, so stepping with → walks down that list.
 */

/**
 * Time order: by first day; events of the same first day keep the order they came in (the corpus order).
 * @example [{ start: '1923-09-22' }, { start: '1922-06-01' }].sort(compareTimeOrder) // 1922 first
 */
export function compareTimeOrder(a: { start: string }, b: { start: string }): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/** The events in time order (a sorted copy; the sort is stable). */
export function inTimeOrder<T extends { start: string }>(events: readonly T[]): T[] {
  return [...events].sort(compareTimeOrder);
}

export type StepKey = 'next' | 'previous' | 'first' | 'last';

/**
 * The event an arrow key selects. `all`: the ids of every event the filters keep, in time order; `window`: the
 * ids of the window's list, in the same order. Inside the window the keys walk its list (an event that began
 * before the window comes first, as in the list); past either end they go on in time order, and the window
 * follows. With nothing selected, → and ← start at the first event of the window.
 * @example stepTarget(['a', 'b', 'c', 'd'], ['a', 'c'], 'a', 'next') // 'c' (b lies outside the window)
 * @example stepTarget(['a', 'b', 'c', 'd'], ['a', 'c'], 'c', 'next') // 'd'
 */
export function stepTarget(
  all: readonly string[],
  window: readonly string[],
  current: string | null,
  key: StepKey,
): string | null {
  if (all.length === 0) return null;
  if (key === 'first') return all[0]!;
  if (key === 'last') return all.at(-1)!;
  const step = key === 'next' ? 1 : -1;
  const inWindow = current === null ? -1 : window.indexOf(current);
  const at = current === null ? -1 : all.indexOf(current);
  if (at < 0 && inWindow < 0) return window[0] ?? all[0]!;
  if (inWindow >= 0) {
    const next = window[inWindow + step];
    if (next !== undefined) return next;
    // Past the end of the window's list: the nearest event beyond it in time order.
    const inside = new Set(window);
    for (let i = at + step; i >= 0 && i < all.length; i += step) if (!inside.has(all[i]!)) return all[i]!;
    return current;
  }
  return all[Math.min(all.length - 1, Math.max(0, at + step))]!;
}
