/**
 * Route data of the downloads page: every public data file with its fields and size, made by the same export
 * functions as the files themselves (src/pages/data/*), so the page cannot describe a file that differs.
 */
import type { Corpus } from '../content/types';
import { eventsJson, worksBibtex, worksCslJson } from '../exports';
import { EVENT_CSV_COLUMNS, eventsCsv } from '../csv';
import { questionsJson } from '../questions-export';

export interface DataFile {
  /** Path under the site root, e.g. data/events.csv. */
  file: string;
  format: string;
  /** The i18n key of its description. */
  description: 'data.eventsJson' | 'data.eventsCsv' | 'data.questionsJson' | 'data.worksJson' | 'data.worksBib';
  fields: string[];
  bytes: number;
}

const unionOfKeys = (records: Array<Record<string, unknown>>) => [...new Set(records.flatMap((r) => Object.keys(r)))];

export function dataFiles(corpus: Corpus, site: URL | string): DataFile[] {
  const events = eventsJson(corpus, site);
  const works = worksCslJson(corpus);
  const bib = worksBibtex(corpus);
  const questions = questionsJson(corpus, site);
  const size = (text: string) => Buffer.byteLength(text, 'utf8');
  return [
    {
      file: 'data/events.json',
      format: 'JSON',
      description: 'data.eventsJson',
      fields: unionOfKeys(events as unknown as Array<Record<string, unknown>>),
      bytes: size(JSON.stringify(events, null, 1)),
    },
    {
      file: 'data/events.csv',
      format: 'CSV (RFC 4180)',
      description: 'data.eventsCsv',
      fields: [...EVENT_CSV_COLUMNS],
      bytes: size(eventsCsv(events)),
    },
    {
      file: 'data/questions.json',
      format: 'JSON',
      description: 'data.questionsJson',
      fields: unionOfKeys(questions as unknown as Array<Record<string, unknown>>),
      bytes: size(JSON.stringify(questions, null, 1)),
    },
    {
      file: 'data/works.json',
      format: 'CSL-JSON',
      description: 'data.worksJson',
      fields: unionOfKeys(works),
      bytes: size(JSON.stringify(works, null, 1)),
    },
    {
      file: 'data/works.bib',
      format: 'BibTeX',
      description: 'data.worksBib',
      fields: [...new Set([...bib.matchAll(/^\s+([a-z]+) = /gm)].map((m) => m[1]!))],
      bytes: size(bib),
    },
  ];
}

/** 12345 → "12 KB" (kilobytes of 1,024 bytes, at least 1). */
export const formatSize = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en')} KB`;
