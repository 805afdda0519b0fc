/**
 * Loading the timeline's data: the opening period's index at once (preloaded from the page head), the whole
 * index when asked (after the first drawing), the searchable texts only when a query needs them, and each
 * year's full texts when one of its events is opened. Every request is made once; callers share the promise.
 */
import type { AliasGroup } from '../../lib/search/query';
import type {
  TimelineChunk,
  TimelineEntry,
  TimelineIndex,
  TimelineOpening,
  TimelineTexts,
} from '../../lib/timeline-data';
import { chunkYear } from '../../lib/timeline-chunks';
import { fetchJson as json } from '../fetch-json';

/** The searchable texts by event id, and the spellings of names a query expands to. */
export interface LoadedTexts {
  texts: Map<string, string>;
  aliases: AliasGroup[];
}

export class TimelineSource {
  /** Requested at once: the head preloads it, and an unused preload would be a wasted download. */
  readonly opening: Promise<TimelineOpening>;
  private indexPromise: Promise<TimelineIndex> | null = null;
  private textsPromise: Promise<LoadedTexts> | null = null;
  private chunks = new Map<string, Promise<TimelineChunk>>();

  constructor(private urls: { opening: string; index: string; texts: string; chunkBase: string }) {
    this.opening = json<TimelineOpening>(urls.opening);
  }

  /** Every event's index entry: what filters, counts and windows outside the opening period need. */
  index(): Promise<TimelineIndex> {
    this.indexPromise ??= json<TimelineIndex>(this.urls.index);
    return this.indexPromise;
  }

  /** Normalised title and account texts (both languages) by event id, with the alias groups. */
  texts(): Promise<LoadedTexts> {
    this.textsPromise ??= json<TimelineTexts>(this.urls.texts).then((t) => ({
      texts: new Map(Object.entries(t.texts)),
      aliases: t.aliases,
    }));
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
