/**
 * The filter form: writes the view into the checkboxes and the search box, reads the reader's changes back
 * into the view, shows each option's count and the number of events shown, and keeps at least one side.
 */
import { FACETS, type Facet, type FilterResult } from '../../lib/filter';
import { SIDE_KINDS, type SideKindParam, type ViewState } from '../../lib/view-state';
import type { ViewStore } from './state-url';
import { fill, type TimelineStrings } from './strings';

const FACET_PARAM: Record<Facet, string> = {
  sides: 'side',
  papers: 'paper',
  works: 'work',
  themes: 'theme',
  people: 'person',
};

export class FilterForm {
  private form: HTMLFormElement;
  private search: HTMLInputElement;
  private notice: HTMLElement;
  /** Each option's count, with the facet and value it counts; looked up once (a filter change reads them all). */
  private counts: Array<{ node: HTMLElement; facet: Facet; value: string }> = [];

  constructor(
    private root: HTMLElement,
    private store: ViewStore,
    private strings: TimelineStrings,
  ) {
    this.form = root.querySelector<HTMLFormElement>('form[data-filters]')!;
    this.search = this.form.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.notice = root.querySelector<HTMLElement>('[data-side-notice]')!;
    this.form.addEventListener('change', (e) => this.onChange(e));
    let typing: ReturnType<typeof setTimeout> | undefined;
    this.search.addEventListener('input', () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.store.set(this.read(), 'replace'), 200);
    });
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.store.set(this.read(), 'push');
    });
    this.form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.clear();
    });
    const toggle = root.querySelector<HTMLButtonElement>('[data-filters-toggle]');
    toggle?.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.form.classList.toggle('is-open', open);
    });
    this.write(store.state);
  }

  /** Clear every filter, keeping the window and the selected event. */
  clear(): void {
    this.store.set({ sides: [], both: false, papers: [], works: [], themes: [], people: [], text: '' }, 'push');
  }

  private onChange(e: Event): void {
    const target = e.target;
    if (!(target instanceof HTMLInputElement) || target.name === 'q') return;
    this.notice.hidden = true;
    if (target.name === 'side' && !target.checked && this.checked('side').length === 0) {
      // The last side cannot be unchecked: keep it, and say why.
      target.checked = true;
      this.notice.textContent = fill(this.strings.lastSide, {
        both: this.root.querySelector('[data-both-label]')?.textContent?.trim() ?? '',
      });
      this.notice.hidden = false;
      return;
    }
    this.store.set(this.read(), 'push');
  }

  private checked(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  private read(): Partial<ViewState> {
    const sides = this.checked('side').filter((s): s is SideKindParam => (SIDE_KINDS as readonly string[]).includes(s));
    return {
      sides: sides.length === SIDE_KINDS.length ? [] : sides,
      both: this.checked('both').length > 0,
      papers: this.checked('paper'),
      works: this.checked('work'),
      themes: this.checked('theme'),
      people: this.checked('person'),
      text: this.search.value.trim(),
    };
  }

  write(state: ViewState): void {
    const selected: Record<string, string[]> = {
      side: state.sides.length ? state.sides : [...SIDE_KINDS],
      both: state.both ? ['1'] : [],
      paper: state.papers,
      work: state.works,
      theme: state.themes,
      person: state.people,
    };
    for (const input of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      input.checked = selected[input.name]?.includes(input.value) ?? false;
    if (document.activeElement !== this.search) this.search.value = state.text;
  }

  /** Counts for every option, and the number of events shown (also on the phone's filter button). */
  showCounts(result: FilterResult): void {
    if (!this.counts.length)
      for (const facet of FACETS)
        for (const node of this.form.querySelectorAll<HTMLElement>(`[data-count^="${FACET_PARAM[facet]}:"]`))
          this.counts.push({ node, facet, value: node.dataset.count!.split(':')[1]! });
    // Only the counts that changed are written: each write is a change the browser styles and lays out again.
    const write = (node: HTMLElement, text: string) => {
      if (node.textContent !== text) node.textContent = text;
    };
    for (const { node, facet, value } of this.counts) write(node, String(result.counts[facet].get(value) ?? 0));
    const both = this.form.querySelector<HTMLElement>('[data-count="both"]');
    if (both) write(both, String(result.bothCount));
    const shown = fill(this.strings.resultCount, { count: result.ids.length });
    for (const node of this.root.querySelectorAll<HTMLElement>('[data-result-count]')) write(node, shown);
    this.form.removeAttribute('aria-busy');
  }
}
