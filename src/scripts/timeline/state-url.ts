/**
 * The view state and the URL, kept in step: every change goes through `set`, which writes the address bar
 * (push for a new view, replace for continuous moves) and the links that carry the view (language switch,
 * "Present this view"), then tells the listeners what changed.
 */
import { parseViewState, serializeViewState, sameFilters, type ViewState } from '../../lib/view-state';

export type HistoryMode = 'push' | 'replace' | 'none';
export interface Change {
  filters: boolean;
  window: boolean;
  event: boolean;
}
type Listener = (state: ViewState, change: Change) => void;

export class ViewStore {
  state: ViewState = parseViewState(location.search);
  private listeners: Listener[] = [];
  private links: Array<{ node: HTMLAnchorElement; base: string; hash: string }> = [];

  constructor(root: HTMLElement) {
    const language = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
    const present = root.querySelector<HTMLAnchorElement>('[data-present-link]');
    if (language)
      this.links.push({
        node: language,
        base: language.getAttribute('href')!.split('?')[0]!.split('#')[0]!,
        hash: '#timeline',
      });
    if (present) this.links.push({ node: present, base: present.getAttribute('href')!.split('?')[0]!, hash: '' });
    this.writeLinks();
    window.addEventListener('popstate', () => this.apply(parseViewState(location.search), 'none'));
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  set(patch: Partial<ViewState>, mode: HistoryMode): void {
    this.apply({ ...this.state, ...patch }, mode);
  }

  private apply(next: ViewState, mode: HistoryMode): void {
    const previous = this.state;
    const change: Change = {
      filters: !sameFilters({ ...previous, event: null }, { ...next, event: null }),
      window: previous.from !== next.from || previous.to !== next.to,
      event: previous.event !== next.event,
    };
    this.state = next;
    if (mode !== 'none') {
      const query = serializeViewState(next);
      const url = `${location.pathname}${query ? `?${query}` : ''}#timeline`;
      if (url !== `${location.pathname}${location.search}${location.hash}`)
        history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    this.writeLinks();
    if (change.filters || change.window || change.event) for (const listener of this.listeners) listener(next, change);
  }

  /** Links that carry the whole view, the window included. */
  private writeLinks(): void {
    const query = serializeViewState(this.state);
    for (const link of this.links)
      link.node.setAttribute('href', `${link.base}${query ? `?${query}` : ''}${query ? link.hash : ''}`);
  }
}
