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
const FORMATS = {
  ja: ['ja-humanities', 'sources', 'bibtex', 'ris', 'csl-json'],
  en: ['chicago-note', 'chicago-bibliography', 'sources', 'bibtex', 'ris', 'csl-json'],
};

const unescape = (html: string) =>
  html.replace(
    /&(lt|gt|quot|#39|#x27|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!,
  );
/** The text of each <pre id="cite-…"> on a page (Astro escapes text; the only markup is the access-date slot). */
function citeBlocks(html: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const m of html.matchAll(/<pre class="cite-text" id="cite-([a-z-]+)"[^>]*>([\s\S]*?)<\/pre>/g))
    blocks[m[1]!] = unescape(m[2]!.replace(/<[^>]+>/g, ''));
  return blocks;
}

test('every event page, in both languages, has its forms and hidden copy buttons', () => {
  for (const event of events) {
    for (const lang of ['ja', 'en'] as const) {
      const html = read(`${lang}/events/${event.id}/index.html`);
      const blocks = citeBlocks(html);
      expect(Object.keys(blocks), `${lang} ${event.id}`).toEqual(FORMATS[lang]);
      for (const key of FORMATS[lang].slice(0, -4))
        expect(blocks[key], `${lang} ${key} ${event.id}`).toContain(event.url[lang]);
      expect(html.match(/<button type="button" class="cite-copy" data-copy="cite-[a-z-]+" hidden/g)).toHaveLength(
        FORMATS[lang].length,
      );
    }
  }
});

describe.each(['ja', 'en'] as const)('the %s page of the first Karakhan–Yoshizawa meeting', (lang) => {
  const event = events.find((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting')!;
  const blocks = citeBlocks(read(`${lang}/events/${event.id}/index.html`));

  test('the citation names the title and URL; the sources name the paper and a primary source as cited in it', () => {
    const citation = lang === 'ja' ? blocks['ja-humanities']! : blocks['chicago-bibliography']!;
    expect(citation).toContain(lang === 'ja' ? `「${event.title.ja}」『` : 'Karakhan and Yoshizawa Meet');
    expect(citation).toContain(event.url[lang]);
    expect(blocks.sources).toContain('芳澤謙吉とソ連の外交官');
    expect(blocks.sources).toContain(
      lang === 'ja' ? 'Соколов В. В. На боевых постах' : 'Соколов В. В. На боевых постах',
    );
    expect(blocks.sources).toMatch(lang === 'ja' ? /М\., 1983（下里論文による）/ : /М\., 1983, cited in Shimosato/);
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
