/**
 * Loading the timeline's data: the small index at once (preloaded from the page head), the searchable
 * texts only when a query needs them, and each year's full texts when one of its events is opened.
 * Every request is made once; callers share the promise.
 */
import { chunkYear } from '../../lib/timeline-chunk';
import type { TimelineChunk, TimelineEntry, TimelineIndex } from '../../lib/timeline-data';

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export class TimelineSource {
  readonly index: Promise<TimelineIndex>;
  private textsPromise: Promise<Map<string, string>> | null = null;
  private chunks = new Map<string, Promise<TimelineChunk>>();

  constructor(private urls: { index: string; texts: string; chunkBase: string }) {
    this.index = json<TimelineIndex>(urls.index);
  }

  /** Normalised title and account texts (both languages) by event id. */
  texts(): Promise<Map<string, string>> {
    this.textsPromise ??= json<Record<string, string>>(this.urls.texts).then((t) => new Map(Object.entries(t)));
    return this.textsPromise;
  }

  /** The full texts of an event, with the works and sides of its year. */
  async entry(event: { id: string; start: string }): Promise<{ entry: TimelineEntry; chunk: TimelineChunk }> {
    const year = chunkYear(event);
    let chunk = this.chunks.get(year);
    if (!chunk) this.chunks.set(year, (chunk = json<TimelineChunk>(`${this.urls.chunkBase}${year}.json`)));
    const loaded = await chunk;
    const entry = loaded.events.find((e) => e.id === event.id);
    if (!entry) throw new Error(`${event.id}: not in ${this.urls.chunkBase}${year}.json`);
    return { entry, chunk: loaded };
  }
}
