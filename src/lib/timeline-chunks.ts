/**
 * Which per-year file (/data/timeline/<lang>/<year>.json) holds an event. Its own module because the browser
 * needs it too: the timeline island must not import timeline-data.ts, which pulls in the build's date and
 * citation formatting (edtf, citation-js) and would triple the island's size.
 */

/** The year whose chunk holds an event: the year of its start. */
export const chunkYear = (event: { start: string }): string => event.start.slice(0, 4);
