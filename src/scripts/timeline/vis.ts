/**
 * The slice of vis-timeline the island uses, typed locally (its bundled declarations are loose), and the
 * one place that loads it (vis-timeline.ts names the build). The island calls loadVis() once the page's HTML
 * is painted, in parallel with the index; vis-timeline touches `navigator` at import, so it is only ever
 * loaded in the browser.
 */
export interface VisDataSet<T> {
  get(id: string): T | null;
  getIds(): string[];
  add(items: T[]): void;
  update(items: T[]): void;
  remove(ids: string[]): void;
  clear(): void;
}

export interface VisTimeline {
  getWindow(): { start: Date; end: Date };
  setWindow(start: Date, end: Date, options?: { animation: boolean }): void;
  setSelection(ids: string[]): void;
  setOptions(options: Record<string, unknown>): void;
  on(event: string, handler: (props: never) => void): void;
  emit(event: string, props: unknown): void;
  redraw(): void;
}

export interface VisModule {
  DataSet: new <T>(items: T[]) => VisDataSet<T>;
  Timeline: new (
    container: HTMLElement,
    items: VisDataSet<unknown>,
    groups: VisDataSet<unknown>,
    options: Record<string, unknown>,
  ) => VisTimeline;
  moment: (date: unknown) => { utc(): unknown };
}

let loading: Promise<VisModule> | null = null;

export function loadVis(): Promise<VisModule> {
  loading ??= (async () => {
    // The three chunks are requested at once and each is evaluated as it arrives, moment and vis-data (smaller)
    // usually first, in tasks of their own: evaluating the whole graph in one task was the longest task of the
    // page's start (Lighthouse's TBT), and importing them one after the other delayed vis-timeline by up to a
    // second at 10,000 events, when the main thread is busy with the index (docs/benchmarks.md).
    const [, , timeline] = await Promise.all([import('moment'), import('vis-data/esnext'), import('./vis-timeline')]);
    return timeline as unknown as VisModule;
  })();
  return loading;
}
