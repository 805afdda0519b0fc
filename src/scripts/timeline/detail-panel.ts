/** The selected event, both sides side by side, built with DOM text nodes only (never innerHTML). */
import { el } from '../dom';
import { renderAccountItem } from '../account-item';
import type { TimelineChunk, TimelineEntry } from '../../lib/timeline-data';
import type { SideKindParam } from '../../lib/view-state';
import { sideColumns } from '../../domain/vocabulary';

export interface DetailStrings {
  columns: Record<SideKindParam, string>;
  permalink: string;
  notes: string;
  references: string;
  hidden: string;
  close: string;
  noAccounts: string;
  noCitation: string;
}

export function renderDetail(
  panel: HTMLElement,
  event: TimelineEntry,
  data: TimelineChunk,
  sides: Set<SideKindParam>,
  strings: DetailStrings,
  onClose: () => void,
): void {
  panel.replaceChildren();
  panel.dataset.eventId = event.id;
  panel.dataset.side = event.sideIds.join(' ');
  const header = el('header');
  const close = el('button', strings.close, 'detail-close');
  close.type = 'button';
  close.addEventListener('click', onClose);
  const title = el('h3', event.title);
  title.id = 'detail-title';
  header.append(el('p', event.date, 'event-date'), title);
  const link = el('a', strings.permalink);
  link.href = event.url;
  header.append(link, close);
  panel.append(header);

  const columns = el('div', undefined, 'account-columns');
  const cited = new Set<string>();
  // The same rule as the event page and the slides decides which columns show (src/domain/vocabulary.ts).
  const hiddenCount = event.accounts.filter((a) => !sides.has(a.kind)).length;
  for (const { kind, accounts } of sideColumns(event.accounts, (a) => a.kind, sides)) {
    const column = el('section', undefined, `account-column column-${kind}`);
    column.append(el('h4', strings.columns[kind]));
    if (accounts.length === 0) column.append(el('p', strings.noAccounts, 'empty-column'));
    const list = el('ul', undefined, 'accounts');
    for (const account of accounts) {
      list.append(renderAccountItem(account, kind, data, strings.noCitation));
      for (const c of account.citations) cited.add(c.work);
    }
    column.append(list);
    columns.append(column);
  }
  panel.append(columns);
  if (hiddenCount) panel.append(el('p', strings.hidden.replace('{count}', String(hiddenCount)), 'hidden-accounts'));
  if (event.notes.length) {
    const notes = el('section', undefined, 'notes');
    notes.append(el('h4', strings.notes));
    const list = el('ul');
    for (const note of event.notes) list.append(el('li', note));
    notes.append(list);
    panel.append(notes);
  }
  if (cited.size) {
    const refs = el('section', undefined, 'detail-references');
    refs.append(el('h4', strings.references));
    const list = el('ul', undefined, 'references');
    for (const work of cited) list.append(el('li', data.works[work]?.reference ?? work, 'reference'));
    refs.append(list);
    panel.append(refs);
  }
  panel.hidden = false;
}
