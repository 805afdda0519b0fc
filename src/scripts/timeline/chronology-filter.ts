/** Applies the filters to the server-rendered chronology list (entries and their accounts). */
import type { SideKindParam } from '../../lib/view-state';

export function applyToChronology(root: ParentNode, visibleIds: Set<string>, sides: Set<SideKindParam>): void {
  for (const entry of root.querySelectorAll<HTMLElement>('.chronology-entry[data-event-id]')) {
    const shown = visibleIds.has(entry.dataset.eventId!);
    entry.hidden = !shown;
    if (!shown) continue;
    for (const account of entry.querySelectorAll<HTMLElement>('.account[data-side-kind]')) {
      account.hidden = !sides.has(account.dataset.sideKind as SideKindParam);
    }
  }
  const cited = new Set<string>();
  for (const entry of root.querySelectorAll<HTMLElement>('.chronology-entry:not([hidden])')) {
    for (const work of (entry.dataset.works ?? '').split(' ')) cited.add(work);
    for (const paper of (entry.dataset.papers ?? '').split(' ')) cited.add(paper);
  }
  for (const reference of document.querySelectorAll<HTMLElement>('.print-references .reference[data-work]')) {
    reference.hidden = !cited.has(reference.dataset.work!);
  }
  for (const year of root.querySelectorAll<HTMLElement>('section.year')) {
    year.hidden = !year.querySelector('.chronology-entry:not([hidden])');
  }
}
