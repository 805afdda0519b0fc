/** "Cite this event" on the built event pages: every page has it, and what it shows reads back as that page. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { DIST } from '../support/paths';
import type { EventRecord } from '../../src/lib/exports';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const events = JSON.parse(read('data/events.json')) as EventRecord[];
const FORMATS = ['chicago-ja', 'chicago-en', 'bibtex', 'ris', 'csl-json'];

const unescape = (html: string) => html.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!);
/** The text of each <pre id="cite-…"> on a page (Astro escapes text; nothing in them is markup). */
function citeBlocks(html: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const m of html.matchAll(/<pre class="cite-text" id="cite-([a-z-]+)"[^>]*>([^<]*)<\/pre>/g)) blocks[m[1]!] = unescape(m[2]!);
  return blocks;
}

test('every event page, in both languages, has the five forms and hidden copy buttons', () => {
  for (const event of events) {
    for (const lang of ['ja', 'en'] as const) {
      const html = read(`${lang}/events/${event.id}/index.html`);
      const blocks = citeBlocks(html);
      expect(Object.keys(blocks), `${lang} ${event.id}`).toEqual(FORMATS);
      expect(blocks['chicago-ja'], event.id).toContain(event.url.ja);
      expect(blocks['chicago-en'], event.id).toContain(event.url.en);
      expect(html.match(/<button type="button" class="cite-copy" data-copy="cite-[a-z-]+" hidden/g)).toHaveLength(5);
    }
  }
});

describe.each(['ja', 'en'] as const)('the %s page of the first Karakhan–Yoshizawa meeting', (lang) => {
  const event = events.find((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting')!;
  const blocks = citeBlocks(read(`${lang}/events/${event.id}/index.html`));

  test('Chicago forms name the title, the URL, the paper and a primary source', () => {
    expect(blocks['chicago-ja']).toContain(event.title.ja);
    expect(blocks['chicago-en']).toContain(event.title.en);
    for (const form of [blocks['chicago-ja']!, blocks['chicago-en']!]) {
      expect(form).toContain('芳澤謙吉とソ連の外交官');
      expect(form).toContain('Соколов, В. В. 1983');
    }
  });
  test('BibTeX, RIS and CSL-JSON read back as this page', () => {
    const expected = { title: event.title[lang], URL: event.url[lang] };
    const [bib] = new Cite(blocks.bibtex).data;
    expect(bib).toMatchObject({ ...expected, 'citation-key': event.id });
    expect(bib!.note).toContain('Соколов');
    const [ris] = new Cite(blocks.ris).data;
    expect(ris).toMatchObject({ ...expected, type: 'webpage' });
    expect(ris!.note).toBe(bib!.note);
    const [csl] = JSON.parse(blocks['csl-json']!) as Array<Record<string, unknown>>;
    expect(csl).toMatchObject({ ...expected, id: event.id, type: 'webpage', note: bib!.note });
    expect(csl).not.toHaveProperty('author');
  });
});
