/**
 * Splitting a long event over continuation slides ("1/3", "2/3") so that no slide has to be scrolled in class.
 * The split is estimated from the text, not measured, so that slide numbers are the same on every screen; the
 * browser then scales the type of each part to fill its screen (src/scripts/present/fit.ts).
 */

/**
 * How much room a text takes, in units of one Latin letter: CJK characters, kana and full-width forms count 2
 * (they are about twice as wide at the same font size), everything else 1.
 * @example textUnits('Karakhan') // 8
 * @example textUnits('カラハン') // 8
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text)
    units +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return units;
}

/** What one account costs beyond its text: the side badge, the citation and the gap to the next one. */
export const ACCOUNT_OVERHEAD = 60;

/**
 * The text one slide holds, in units (all columns together). Calibrated in Chromium at 1366×768, the smallest
 * projector we support: a part of this size fits at a readable type size (the Basic Convention test checks it).
 */
export const SLIDE_BUDGET = 2800;

export interface Column<T> {
  kind: string;
  accounts: T[];
}

/**
 * The columns of one event as parts of at most `budget` units. Every part shares the budget among the columns
 * still running; the first part keeps every column (an empty ● or ★ column says so), later parts only those
 * with accounts left. An account is never cut: one longer than its share gets a part of its own (its type is
 * scaled down on screen).
 * @example splitColumns([{ kind: 'japanese', accounts: ['a', 'b'] }], () => 1500, 2000) // two parts of one account each
 */
export function splitColumns<T>(
  columns: Array<Column<T>>,
  size: (account: T) => number,
  budget: number = SLIDE_BUDGET,
): Array<Array<Column<T>>> {
  const queues = columns.map((c) => ({ kind: c.kind, rest: [...c.accounts] }));
  const parts: Array<Array<Column<T>>> = [];
  for (let first = true; first || queues.some((q) => q.rest.length > 0); first = false) {
    const running = first ? queues : queues.filter((q) => q.rest.length > 0);
    const share = budget / Math.max(1, running.length);
    parts.push(
      running.map((q) => {
        const taken: T[] = [];
        let used = 0;
        while (q.rest.length > 0) {
          const cost = size(q.rest[0]!);
          if (taken.length > 0 && used + cost > share) break;
          taken.push(q.rest.shift()!);
          used += cost;
        }
        return { kind: q.kind, accounts: taken };
      }),
    );
  }
  return parts;
}

/**
 * The largest type scale in [min, max] at which a slide does not overflow, found by bisection (`steps` layouts
 * at most, after the two bounds), or null when even `min` overflows. `overflowsAt` lays the slide out at a scale
 * and says whether it overflows; larger scales never overflow less.
 * @example fitScale((s) => s > 1.2, 0.7, 1.6) // ≈ 1.2
 */
export function fitScale(overflowsAt: (scale: number) => boolean, min: number, max: number, steps = 7): number | null {
  if (!overflowsAt(max)) return max;
  if (overflowsAt(min)) return null;
  let fits = min;
  let overflows = max;
  for (let i = 0; i < steps; i++) {
    const middle = (fits + overflows) / 2;
    if (overflowsAt(middle)) overflows = middle;
    else fits = middle;
  }
  return fits;
}
