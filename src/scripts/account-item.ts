/** One account as a list item (badge, text, linked citations), shared by the timeline panel and the slides. */
import { el } from './dom';
import { workPath } from '../lib/urls';
import { citationLabel } from '../lib/citation-label';
import type { TimelineAccount, TimelineData } from '../lib/timeline-data';
import type { SideKindParam } from '../lib/view-state';

/** What an account needs from the loaded data: its language, sides and works. */
type AccountData = Pick<TimelineData, 'lang' | 'sides' | 'works'>;

export function renderAccountItem(
  account: TimelineAccount,
  kind: SideKindParam,
  data: AccountData,
  noCitation: string,
): HTMLLIElement {
  const item = el('li', undefined, `account account-${kind}`);
  item.dataset.side = account.side;
  item.dataset.sideKind = kind;
  const side = data.sides[account.side];
  const badge = el('span', undefined, `side-badge side-${kind}`);
  const symbol = kind === 'context' ? '–' : kind === 'other' ? '◆' : (side?.marker ?? account.marker);
  badge.append(el('span', symbol, 'side-marker'), el('span', side?.label ?? account.side, 'side-label'));
  item.append(badge, el('span', account.text, 'account-text'));
  if (account.citations.length === 0) {
    item.append(el('span', noCitation, 'no-citation'));
    return item;
  }
  const group = el('span', '(', 'citations');
  account.citations.forEach((c, i) => {
    if (i > 0) group.append('; ');
    // English pages show the work's English short form (Sokolov 127); the paper's form stays in data-cited-as.
    const a = el('a', citationLabel(c, data.works[c.work], data.lang), 'citation');
    a.href = workPath(data.lang, c.work);
    a.title = data.works[c.work]?.reference ?? c.work;
    a.dataset.citedAs = c.citedAs;
    group.append(a);
  });
  group.append(')');
  item.append(group);
  return item;
}
