/** One slide of the presentation, built with DOM text nodes only (never innerHTML): entry text stays text. */
import { el } from '../dom';
import { renderAccountItem } from '../account-item';
import { shortUrl, type Slide } from '../../lib/deck';
import type { TimelineData } from '../../lib/timeline-data';
import type { SideKindParam } from '../../lib/view-state';

export interface SlideStrings {
  columns: Record<SideKindParam, string>;
  references: string;
  noAccounts: string;
  noCitation: string;
  permalink: string;
  slideLabel: string;
  qr: string;
}

export function renderSlide(slide: Slide, index: number, total: number, data: TimelineData, strings: SlideStrings): HTMLElement {
  const lang = data.lang;
  const article = el('article', undefined, 'slide');
  article.dataset.slide = String(index + 1);
  article.dataset.eventId = slide.id;
  article.setAttribute('aria-roledescription', lang === 'ja' ? 'スライド' : 'slide');
  article.setAttribute('aria-label', strings.slideLabel.replace('{n}', String(index + 1)).replace('{total}', String(total)));

  const header = el('header', undefined, 'slide-header');
  header.append(el('p', slide.date, 'event-date slide-date'), el('h2', slide.title, 'slide-title'));
  article.append(header);

  const columns = el('div', undefined, 'account-columns slide-accounts');
  for (const column of slide.columns) {
    const section = el('section', undefined, `account-column column-${column.kind}`);
    section.append(el('h3', strings.columns[column.kind]));
    if (column.accounts.length === 0) section.append(el('p', strings.noAccounts, 'empty-column'));
    const list = el('ul', undefined, 'accounts');
    for (const account of column.accounts) {
      const item = renderAccountItem(account, column.kind, data, strings.noCitation);
      list.append(item);
    }
    if (column.accounts.length) section.append(list);
    columns.append(section);
  }
  article.append(columns);

  const footer = el('footer', undefined, 'slide-footer');
  if (slide.references.length) {
    const refs = el('section', undefined, 'slide-references');
    refs.append(el('h3', strings.references));
    const list = el('ul', undefined, 'references');
    for (const r of slide.references) {
      const item = el('li', r.reference, 'reference');
      item.dataset.work = r.work;
      list.append(item);
    }
    refs.append(list);
    footer.append(refs);
  }
  const permalink = new URL(slide.url, location.origin).href;
  const figure = el('figure', undefined, 'slide-permalink');
  const qr = el('img', undefined, 'slide-qr');
  qr.alt = strings.qr.replace('{url}', permalink);
  qr.width = 180;
  qr.height = 180;
  qr.dataset.url = permalink;
  const caption = el('figcaption');
  const link = el('a', shortUrl(permalink), 'slide-url');
  link.href = permalink;
  link.title = strings.permalink;
  caption.append(link);
  figure.append(qr, caption);
  footer.append(figure);
  article.append(footer);
  return article;
}
