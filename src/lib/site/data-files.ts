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

const size = (text: string) => Buffer.byteLength(text, 'utf8');

/** A JSON file of records as src/pages/data writes it (one-space indent): fields are every key any record has. */
function jsonFile(file: string, format: string, description: DataFile['description'], records: object[]): DataFile {
  const fields = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return { file, format, description, fields, bytes: size(JSON.stringify(records, null, 1)) };
}

export function dataFiles(corpus: Corpus, site: URL | string): DataFile[] {
  const events = eventsJson(corpus, site);
  const bib = worksBibtex(corpus);
  return [
    jsonFile('data/events.json', 'JSON', 'data.eventsJson', events),
    {
      file: 'data/events.csv',
      format: 'CSV (RFC 4180)',
      description: 'data.eventsCsv',
      fields: [...EVENT_CSV_COLUMNS],
      bytes: size(eventsCsv(events)),
    },
    jsonFile('data/questions.json', 'JSON', 'data.questionsJson', questionsJson(corpus, site)),
    jsonFile('data/works.json', 'CSL-JSON', 'data.worksJson', worksCslJson(corpus)),
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
