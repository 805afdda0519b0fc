/** One slide of the presentation, built with DOM text nodes only (never innerHTML): entry text stays text. */
import { el } from '../dom';
import { renderAccountItem } from '../account-item';
import { publicUrl, type Slide } from '../../lib/deck';
import type { TimelineData } from '../../lib/timeline-data';
import type { SideKindParam } from '../../lib/view-state';

export interface SlideStrings {
  columns: Record<SideKindParam, string>;
  references: string;
  noAccounts: string;
  noCitation: string;
  permalink: string;
  slideLabel: string;
  part: string;
  qr: string;
}

/** `site` is the public address (SITE_URL) the permalinks and their QR codes use. */
export function renderSlide(
  slide: Slide,
  index: number,
  total: number,
  data: TimelineData,
  strings: SlideStrings,
  site: string,
): HTMLElement {
  const lang = data.lang;
  const article = el('article', undefined, 'slide');
  article.dataset.slide = String(index + 1);
  article.dataset.eventId = slide.id;
  article.dataset.part = `${slide.part}/${slide.parts}`;
  article.setAttribute('aria-roledescription', lang === 'ja' ? 'スライド' : 'slide');
  article.setAttribute(
    'aria-label',
    strings.slideLabel.replace('{n}', String(index + 1)).replace('{total}', String(total)),
  );

  const header = el('header', undefined, 'slide-header');
  const date = el('p', slide.date, 'event-date slide-date');
  if (slide.parts > 1) {
    // "2/3": the same event runs on over several slides.
    const label = strings.part.replace('{n}', String(slide.part)).replace('{total}', String(slide.parts));
    const part = el('span', undefined, 'slide-part');
    part.title = label;
    part.append(el('span', `${slide.part}/${slide.parts}`), el('span', label, 'visually-hidden'));
    part.firstElementChild!.setAttribute('aria-hidden', 'true');
    date.append(' ', part);
  }
  const heading = el('div', undefined, 'slide-heading');
  heading.append(date, el('h2', slide.title, 'slide-title'));
  header.append(heading, permalinkFigure(slide, strings, site));
  article.append(header);

  const columns = el('div', undefined, 'account-columns slide-accounts');
  columns.style.setProperty('--columns', String(slide.columns.length));
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
  if (footer.childElementCount) article.append(footer);
  return article;
}

/** The permalink at the public address: a QR code and the event id under it. */
function permalinkFigure(slide: Slide, strings: SlideStrings, site: string): HTMLElement {
  const permalink = publicUrl(slide.url, site);
  const figure = el('figure', undefined, 'slide-permalink');
  const qr = el('img', undefined, 'slide-qr');
  qr.alt = strings.qr.replace('{url}', permalink);
  qr.width = 180;
  qr.height = 180;
  qr.dataset.url = permalink;
  const caption = el('figcaption');
  // The event id is the short form people can read off the screen; the QR code carries the whole address.
  const link = el('a', slide.id, 'slide-url');
  link.href = permalink;
  link.title = strings.permalink;
  caption.append(link);
  figure.append(qr, caption);
  return figure;
}
