/** Builds one search result's DOM (text nodes and <mark> only: nothing from the data is parsed as HTML). */
import type { Lang } from '../../lib/dates';
import { excerpt, highlight, type Segment } from '../../lib/search/excerpt';
import type { Query } from '../../lib/search/query';
import type { SearchRecord } from '../../lib/search/records';
import type { SideKindParam } from '../../lib/view-state';

export interface SearchStrings {
  lang: Lang;
  /** The event permalink with {id} in place of the id. */
  eventPath: string;
  results: string;
  none: string;
  loading: string;
  more: string;
  shown: string;
  beforeFilters: string;
  matchedOther: string;
  failed: string;
  sides: Record<SideKindParam, string>;
}

/** Excerpts of matching accounts shown per result. */
const MAX_EXCERPTS = 2;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function segmentNodes(segments: Segment[]): Array<Node | string> {
  return segments.map((s) => (s.mark ? element('mark', undefined, s.text) : s.text));
}

function sideBadge(kind: SideKindParam, strings: SearchStrings): HTMLElement {
  const label = strings.sides[kind];
  const [symbol] = label.split(' ');
  const badge = element(
    'span',
    `side-badge side-${kind}`,
    element('span', undefined, symbol!),
    element('span', 'visually-hidden', label.slice(symbol!.length).trim()),
  );
  badge.title = label;
  badge.firstElementChild!.setAttribute('aria-hidden', 'true');
  return badge;
}

/** Excerpts from the accounts in one language, side badge first, at most MAX_EXCERPTS. */
function accountExcerpts(record: SearchRecord, query: Query, lang: Lang, strings: SearchStrings): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const account of record.accounts) {
    if (out.length === MAX_EXCERPTS) break;
    const cut = excerpt(account.text[lang], query);
    if (cut)
      out.push(
        element(
          'p',
          `search-excerpt account account-${account.kind}`,
          sideBadge(account.kind, strings),
          ...segmentNodes(cut),
        ),
      );
  }
  return out;
}

export function renderResult(record: SearchRecord, query: Query, strings: SearchStrings): HTMLLIElement {
  const lang = strings.lang;
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const link = element('a', undefined, ...segmentNodes(highlight(record.title[lang], query)));
  link.href = strings.eventPath.replace('{id}', record.id);
  const meta = element(
    'p',
    'search-result-meta',
    element('span', 'event-date', record.date[lang]),
    ' ',
    ...record.sides.map((k) => sideBadge(k, strings)),
  );
  const item = element('li', 'search-result', element('h2', 'search-result-title', link), meta);
  const excerpts = accountExcerpts(record, query, lang, strings);
  const titleMarked = link.querySelector('mark') !== null;
  if (excerpts.length === 0 && !titleMarked) {
    // Matched only in the other language: say so and show where.
    const inTitle = excerpt(record.title[other], query);
    const found = inTitle
      ? [element('p', 'search-excerpt', ...segmentNodes(inTitle))]
      : accountExcerpts(record, query, other, strings);
    const note = element(
      'div',
      'search-other-language',
      element('p', 'search-other-label', strings.matchedOther),
      ...found,
    );
    note.lang = other;
    note.firstElementChild!.setAttribute('lang', lang);
    item.append(note);
  } else {
    item.append(...excerpts);
  }
  return item;
}
