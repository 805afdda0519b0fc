/**
 * The slice of vis-timeline the island uses, typed locally (its bundled declarations are loose), and the
 * one place that imports it. The import starts as soon as this module is evaluated, in parallel with the
 * data; vis-timeline touches `navigator` at import, so it is only ever loaded in the browser.
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
  loading ??= import('vis-timeline/standalone').then((m) => m as unknown as VisModule);
  return loading;
}
