/**
 * Which year's chunk (/data/timeline/<lang>/<year>.json) holds an event. Its own module, free of imports, so
 * the timeline island can use it without pulling in the build-side formatting (citations, dates) of
 * timeline-data.ts.
 */
export const chunkYear = (event: { start: string }): string => event.start.slice(0, 4);
