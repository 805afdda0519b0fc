/**
 * The slice of vis-timeline the island uses, typed locally (its bundled declarations are loose), and the
 * one place that loads it (vis-timeline.ts names the build). The island calls loadVis() once the page's HTML
 * is painted, in parallel with the index; vis-timeline touches `navigator` at import, so it is only ever
 * loaded in the browser.
 */
import { nextTask } from '../dom';

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
    // The libraries vis-timeline stands on are evaluated first, each in a task of its own: evaluating the
    // whole module graph at once was the longest task of the page's start (issue 13, Lighthouse's TBT).
    await import('moment');
    await nextTask();
    await import('vis-data/esnext');
    await nextTask();
    return (await import('./vis-timeline')) as unknown as VisModule;
  })();
  return loading;
}
