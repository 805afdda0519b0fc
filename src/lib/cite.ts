/**
 * "Cite this event": an event as a CSL item of type `webpage` (its permalink in one language), formatted by
 * citation-js as Chicago (the project's CSL style, src/csl/), BibTeX, RIS and CSL-JSON. Nothing is invented:
 * the site names no author and no publication date, so the item has neither; the note names the paper the
 * event comes from (with the place in it) and the works its accounts cite, as full references.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Corpus, ResolvedEvent } from './content/types';
import type { Lang } from '../domain/vocabulary';
import { CSL_TEMPLATE, formatReference, registerStyle } from './references';
import { eventPath } from './urls';
import { t } from '../i18n';

export type CslItem = Record<string, unknown>;

export interface EventCitation {
  /** The CSL item the other forms are made from. */
  item: CslItem;
  /** Chicago (author-date) bibliography entry, plain text. */
  chicago: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON: an array with the one item, pretty-printed. */
  cslJson: string;
}

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };
/** Drop a reference's closing full stop so references can be joined with "; ", but keep abbreviations (n.d., М.). */
export const withoutFinalStop = (text: string) => {
  const trimmed = text.trim();
  return /(?:^|\s)(?:[\p{Script=Latin}\p{Script=Cyrillic}]{1,3}\.)+$/u.test(trimmed) ? trimmed : trimmed.replace(/\.$/, '');
};

/** The works an event rests on: its papers (with locators) and the other works its accounts cite, in order of first citation. */
export function eventSources(event: ResolvedEvent, corpus: Corpus): { papers: Array<{ work: string; locator: { ja: string; en: string } }>; primary: string[]; secondary: string[] } {
  const papers = [{ work: event.paper, locator: event.locator }, ...event.alsoIn.map((a) => ({ work: a.paper, locator: a.locator }))];
  const paperIds = new Set(papers.map((p) => p.work));
  const cited = [...new Set(event.accounts.flatMap((a) => a.citations.map((c) => c.work)))].filter((id) => !paperIds.has(id) && corpus.works.get(id)?.role !== 'paper');
  // A work in a side's voice (Japanese, Soviet, …) is a primary source; scholarship is cited as such.
  const isPrimary = (id: string) => corpus.works.get(id)?.side !== 'scholarship';
  return { papers, primary: cited.filter(isPrimary), secondary: cited.filter((id) => !isPrimary(id)) };
}

/** The note of an event's citation: "<paper reference>, <locator>; primary source(s): <references>; …". */
export function citationNote(event: ResolvedEvent, corpus: Corpus, lang: Lang): string {
  const { papers, primary, secondary } = eventSources(event, corpus);
  const ref = (id: string) => {
    const work = corpus.works.get(id);
    return work ? withoutFinalStop(formatReference(work, lang)) : id;
  };
  const parts = papers.map((p) => `${ref(p.work)}, ${p.locator[lang]}`);
  if (primary.length) parts.push(t(lang, primary.length === 1 ? 'cite.primarySource' : 'cite.primarySources', { refs: primary.map(ref).join('; ') }));
  if (secondary.length) parts.push(t(lang, 'cite.otherWorks', { refs: secondary.map(ref).join('; ') }));
  return parts.join('; ');
}

/** The CSL item of an event's permalink in one language. No author, no date: the site states neither. */
export function eventCslItem(event: ResolvedEvent, corpus: Corpus, site: URL | string, lang: Lang): CslItem {
  return {
    id: event.id,
    type: 'webpage',
    title: event.title[lang],
    'container-title': t(lang, 'site.title'),
    URL: new URL(eventPath(lang, event.id), site).href,
    language: lang,
    note: citationNote(event, corpus, lang),
  };
}

/**
 * Run `fn` with the BibTeX plugin set to keep non-ASCII text (Japanese, Cyrillic) as it is and to use each
 * item's id as its key, then put the shared config back. citation-js keeps one config per process.
 */
function withBibtexConfig<T>(fn: () => T): T {
  const format = plugins.config.get('@bibtex').format;
  const saved = { ...format };
  Object.assign(format, { asciiOnly: false, useIdAsLabel: true, checkLabel: false });
  try {
    return fn();
  } finally {
    Object.assign(format, saved);
  }
}

const LATEX_SPECIALS: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
/** Fields BibTeX keeps verbatim (citation-js writes them as they are). */
const VERBATIM = new Set(['id', 'citation-key', 'URL', 'DOI']);

/**
 * With asciiOnly off, citation-js writes values as they are, so TeX's special characters (a "~" in
 * "1917~1925" is a space to TeX) are escaped here first; citation-js reads the escapes back as the characters.
 */
export function escapeLatexFields(item: CslItem): CslItem {
  const escape = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/[\\{}&%$#_~^]/g, (ch) => LATEX_SPECIALS[ch]!);
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v)]));
    return value;
  };
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, VERBATIM.has(key) ? value : escape(value)]));
}

/** BibTeX of CSL items, keyed by their ids, non-ASCII kept. */
export function toBibtex(items: CslItem[]): string {
  return withBibtexConfig(() => String(new Cite(items.map(escapeLatexFields)).format('bibtex', { format: 'text' }))).trim() + '\n';
}

/**
 * RIS of CSL items. citation-js maps the fields; its text output breaks every value after 70 characters
 * (which splits URLs when read back), so the mapped records are written here one tag per line instead.
 * RIS has no website-title tag mapping in citation-js; T2 carries the container title when it is missing.
 */
export function toRis(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  return records
    .map((record, i) => {
      const container = items[i]?.['container-title'];
      if (typeof container === 'string' && !('T2' in record) && !('JO' in record)) record.T2 = container;
      const lines = [`TY  - ${record.TY}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY' || tag === 'ER') continue;
        for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*\r?\n\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n\n') + '\n';
}

/** Chicago (the project's author-date CSL) bibliography entry as plain text. */
export function toChicago(item: CslItem, lang: Lang): string {
  registerStyle();
  return String(new Cite(item).format('bibliography', { format: 'text', template: CSL_TEMPLATE, lang: LOCALE[lang] })).trim();
}

/**
 * An event as a citation in every form the site offers, for its permalink in `lang`.
 * @example eventCitation(event, corpus, 'https://example.org', 'en').chicago
 *   // '“First meeting of Karakhan and Yoshizawa.” n.d. Japan and Soviet Russia, 1917–1925: … https://example.org/en/events/…/.'
 */
export function eventCitation(event: ResolvedEvent, corpus: Corpus, site: URL | string, lang: Lang): EventCitation {
  const item = eventCslItem(event, corpus, site, lang);
  return {
    item,
    chicago: toChicago(item, lang),
    bibtex: toBibtex([item]),
    ris: toRis([item]),
    cslJson: JSON.stringify([item], null, 2),
  };
}
