/**
 * "Cite this event": an event as a CSL item of type `webpage` (its permalink in one language, in the edition:
 * editors, version, last-updated date from src/lib/edition.ts), formatted by citation-js with CSL styles
 * (src/csl/): on Japanese pages the Japanese humanities form 「題」『サイト名』編者、版（更新日）、URL（閲覧日）,
 * on English pages Chicago notes-and-bibliography (note and bibliography entry); BibTeX, RIS and CSL-JSON for
 * both. Nothing is invented: no author (the site names none). The sources say where the event comes from: the
 * paper with the place in it, and every work its accounts cite as "cited in" that paper (「…による」), since the
 * site has not consulted those works itself.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Corpus, ResolvedEvent } from './content/types';
import type { Lang } from './dates';
import { formatItem, formatReference, type CslItem } from './references';
import { edition as currentEdition, type Edition } from './edition';
import { eventPath } from './urls';
import { t } from '../i18n';

export type { CslItem };

export interface EventCitation {
  /** The CSL item the other forms are made from (no access date: that is the reader's). */
  item: CslItem;
  /** The citations a reader pastes, in the page language's forms, in order (key → text). */
  forms: Array<{ key: 'ja-humanities' | 'chicago-note' | 'chicago-bibliography'; text: string }>;
  /** Where the event comes from, as full references (the note of the CSL item). */
  sources: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON: an array with the one item, pretty-printed. */
  cslJson: string;
}

/**
 * The access date in the Japanese form is the reader's: the build formats it with this stand-in date, and the
 * page shows ACCESSED_MARK in its place as an empty slot that its script fills with the reader's today.
 */
const ACCESSED_STAND_IN = { 'date-parts': [[1900, 1, 1]] };
export const ACCESSED_MARK = '1900年1月1日';

/** Drop a reference's closing full stop so references can be joined, but keep abbreviations (n.d., М.). */
export const withoutFinalStop = (text: string) => {
  const trimmed = text.trim();
  return /(?:^|\s)(?:[\p{Script=Latin}\p{Script=Cyrillic}]{1,3}\.)+$/u.test(trimmed)
    ? trimmed
    : trimmed.replace(/\.$/, '');
};

/** The works an event rests on: its papers (with locators), and the other works its accounts cite with the papers that cite them. */
export function eventSources(
  event: ResolvedEvent,
  corpus: Corpus,
): {
  papers: Array<{ work: string; locator: { ja: string; en: string } }>;
  primary: string[];
  secondary: string[];
  citedIn: Map<string, string[]>;
} {
  const papers = [
    { work: event.paper, locator: event.locator },
    ...event.alsoIn.map((a) => ({ work: a.paper, locator: a.locator })),
  ];
  const paperIds = new Set(papers.map((p) => p.work));
  const citedIn = new Map<string, string[]>();
  for (const account of event.accounts) {
    for (const c of account.citations) {
      if (paperIds.has(c.work) || corpus.works.get(c.work)?.role === 'paper') continue;
      const by = citedIn.get(c.work) ?? [];
      if (!by.includes(account.paper)) by.push(account.paper);
      citedIn.set(c.work, by);
    }
  }
  const cited = [...citedIn.keys()];
  // A work in a side's voice (Japanese, Soviet, …) is a primary source; scholarship is cited as such.
  const isPrimary = (id: string) => corpus.works.get(id)?.side !== 'scholarship';
  return { papers, primary: cited.filter(isPrimary), secondary: cited.filter((id) => !isPrimary(id)), citedIn };
}

/**
 * The sources of an event's citation, as full references: "<paper>, <locator>. Primary sources: <work>, cited
 * in <paper label>; …" (「典拠：…。一次史料：…（小澤 1987による）」).
 */
export function citationNote(event: ResolvedEvent, corpus: Corpus, lang: Lang): string {
  const { papers, primary, secondary, citedIn } = eventSources(event, corpus);
  const ref = (id: string) => {
    const work = corpus.works.get(id);
    return work ? withoutFinalStop(formatReference(work)) : id;
  };
  const label = (id: string) => corpus.works.get(id)?.label?.[lang] ?? corpus.works.get(id)?.shortForms[0] ?? id;
  const list = lang === 'ja' ? '；' : '; ';
  const cited = (id: string) =>
    t(lang, 'cite.citedIn', {
      ref: ref(id),
      papers: (citedIn.get(id) ?? []).map(label).join(lang === 'ja' ? '・' : ' and '),
    });
  const parts = [
    t(lang, 'cite.fromPaper', {
      refs: papers.map((p) => t(lang, 'cite.locator', { ref: ref(p.work), locator: p.locator[lang] })).join(list),
    }),
  ];
  if (primary.length)
    parts.push(
      t(lang, primary.length === 1 ? 'cite.primarySource' : 'cite.primarySources', {
        refs: primary.map(cited).join(list),
      }),
    );
  if (secondary.length) parts.push(t(lang, 'cite.otherWorks', { refs: secondary.map(cited).join(list) }));
  return parts.join(lang === 'ja' ? '。' : '. ') + (lang === 'ja' ? '。' : '.');
}

/** The CSL item of an event's permalink in one language, in the current edition. No author: the site names none. */
export function eventCslItem(
  event: ResolvedEvent,
  corpus: Corpus,
  site: URL | string,
  lang: Lang,
  edition: Edition = currentEdition(),
): CslItem {
  const [y, m, d] = edition.updated.split('-').map(Number);
  return {
    id: event.id,
    type: 'webpage',
    title: event.title[lang],
    'container-title': t(lang, 'site.title'),
    ...(edition.editors ? { editor: [{ literal: edition.editors[lang] }] } : {}),
    version: edition.version,
    issued: { 'date-parts': [[y, m, d]] },
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

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** Fields BibTeX keeps verbatim (citation-js writes them as they are). */
const VERBATIM = new Set(['id', 'citation-key', 'URL', 'DOI']);

/** TeX's special characters escaped ("~" → "\\textasciitilde{}"). */
export const escapeLatex = (value: string) => value.replace(/[\\{}&%$#_~^]/g, (ch) => LATEX_SPECIALS[ch]!);

/**
 * With asciiOnly off, citation-js writes values as they are, so TeX's special characters (a "~" in
 * "1917~1925" is a space to TeX) are escaped here first; citation-js reads the escapes back as the characters.
 */
export function escapeLatexFields(item: CslItem): CslItem {
  const escape = (value: unknown): unknown => {
    if (typeof value === 'string') return escapeLatex(value);
    if (Array.isArray(value)) return value.map(escape);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escape(v)]));
    return value;
  };
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) => [key, VERBATIM.has(key) ? value : escape(value)]),
  );
}

/** One BibTeX entry as citation-js maps it (values already in TeX form). */
export interface BibEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const ARTICLE_TYPES = new Set(['article-journal', 'article-magazine', 'article-newspaper']);
const without = (properties: Record<string, string>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(properties).filter(([k]) => !keys.includes(k)));

/**
 * Bring citation-js's entry to biblatex's data model (what `biber --tool --validate-datamodel` checks), so that
 * it warns only about fields the papers do not state:
 * - a full date (1924-06-01) as `date`, not a month "jun 1" that biber cannot read;
 * - an archive (CSL manuscript with an archive) as @misc with the archive as its organization;
 * - a book with editors and no author (an edition of documents, a collected volume) as @collection;
 * - a newspaper cited as a whole (its title is its container) as @periodical;
 * - a conference handout with no proceedings as @unpublished, its kind in howpublished, its pages in the note;
 * - no publisher on an article (biblatex's article has none; the journal names it).
 */
export function toBiblatexModel(entry: BibEntry, item: CslItem): BibEntry {
  let { type, properties } = entry;
  const parts = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (parts && parts.length === 3) {
    const iso = parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
    properties = { ...without(properties, 'year', 'month'), date: iso };
  }
  if (item.type === 'manuscript' && typeof item.archive === 'string') {
    type = 'misc';
    properties = { ...properties, organization: escapeLatex(item.archive) };
  }
  if (item.type === 'book' && !item.author && type === 'book') type = 'collection';
  if (item.type === 'article-newspaper' && item.title === item['container-title']) {
    type = 'periodical';
    properties = without(properties, 'journal');
  }
  if (item.type === 'paper-conference' && !item['container-title']) {
    // biblatex's unpublished has no pages: the handout's page range goes into the note.
    type = 'unpublished';
    properties = {
      ...without(properties, 'type', 'pages'),
      ...(properties.type ? { howpublished: properties.type } : {}),
      ...(properties.pages ? { note: `pp. ${properties.pages}` } : {}),
    };
  }
  if (ARTICLE_TYPES.has(String(item.type))) properties = without(properties, 'publisher');
  return { type, label: entry.label, properties };
}

const bibtexText = (entry: BibEntry) =>
  `@${entry.type}{${entry.label},\n${Object.entries(entry.properties)
    .map(([key, value]) => `\t${key} = {${value}},\n`)
    .join('')}}\n`;

/** BibTeX (biblatex data model) of CSL items, keyed by their ids, non-ASCII kept. */
export function toBibtex(items: CslItem[]): string {
  const entries = withBibtexConfig(
    () => new Cite(items.map(escapeLatexFields)).format('bibtex', { format: 'object' }) as BibEntry[],
  );
  const byId = new Map(items.map((item) => [String(item.id), item]));
  return entries.map((entry) => bibtexText(toBiblatexModel(entry, byId.get(entry.label) ?? {}))).join('');
}

/**
 * RIS of CSL items. citation-js maps the fields; its text output breaks every value after 70 characters
 * (which splits URLs when read back), so the mapped records are written here one tag per line instead.
 * RIS has no website-title tag mapping in citation-js; T2 carries the container title when it is missing.
 */
export function toRis(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' }) as Array<Record<string, string | string[]>>;
  return (
    records
      .map((record, i) => {
        const container = items[i]?.['container-title'];
        if (typeof container === 'string' && !('T2' in record) && !('JO' in record)) record.T2 = container;
        const lines = [`TY  - ${record.TY}`];
        for (const [tag, value] of Object.entries(record)) {
          if (tag === 'TY' || tag === 'ER') continue;
          for (const v of ([] as string[]).concat(value))
            lines.push(`${tag}  - ${String(v).replace(/\s*\r?\n\s*/g, ' ')}`);
        }
        lines.push('ER  - ');
        return lines.join('\n');
      })
      .join('\n\n') + '\n'
  );
}

/**
 * An event as a citation in every form the site offers, for its permalink in `lang`.
 * @example eventCitation(event, corpus, 'https://example.org', 'ja').forms[0].text
 *   // '「カラハンと芳澤、初めて会談」『日ソ関係史年表 1917–1925』0.1.0版（2026年11月29日更新）、https://example.org/ja/events/…/（1900年1月1日閲覧）'
 */
export function eventCitation(
  event: ResolvedEvent,
  corpus: Corpus,
  site: URL | string,
  lang: Lang,
  edition: Edition = currentEdition(),
): EventCitation {
  const item = eventCslItem(event, corpus, site, lang, edition);
  const { note: _note, ...cited } = item;
  const forms: EventCitation['forms'] =
    lang === 'ja'
      ? [{ key: 'ja-humanities', text: formatItem({ ...cited, accessed: ACCESSED_STAND_IN }, 'ja') }]
      : [
          { key: 'chicago-note', text: formatItem(cited, 'en', 'citation') },
          { key: 'chicago-bibliography', text: formatItem(cited, 'en') },
        ];
  return {
    item,
    forms,
    sources: String(item.note),
    bibtex: toBibtex([item]),
    ris: toRis([item]),
    cslJson: JSON.stringify([item], null, 2),
  };
}
