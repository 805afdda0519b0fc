/**
 * The timeline view as URL parameters, so a lecturer can paste a link and the class sees the same view.
 *   side=japanese,soviet  both=1  paper=…  work=…  theme=…  person=…  q=text  event=<id>  from=YYYY-MM-DD  to=YYYY-MM-DD
 * Lists are comma-separated; values that are not ids are dropped. Empty lists mean "no restriction".
 */

export const SIDE_KINDS = ['japanese', 'soviet', 'other', 'context'] as const;
export type SideKindParam = (typeof SIDE_KINDS)[number];

export interface ViewState {
  sides: SideKindParam[];
  /** Only events with both a ● (Japanese-side) and a ★ (Soviet-side) account. */
  both: boolean;
  papers: string[];
  works: string[];
  themes: string[];
  people: string[];
  text: string;
  event: string | null;
  /** Visible window, ISO days; null = the default window. */
  from: string | null;
  to: string | null;
}

export const EMPTY_VIEW: ViewState = {
  sides: [],
  both: false,
  papers: [],
  works: [],
  themes: [],
  people: [],
  text: '',
  event: null,
  from: null,
  to: null,
};

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list(params: URLSearchParams, name: string): string[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => ID.test(v));
  return [...new Set(values)];
}

/**
 * Read the view from a query string.
 * @example parseViewState('?side=soviet&event=1923-09-22-x').sides // ['soviet']
 */
export function parseViewState(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const sides = list(params, 'side').filter((s): s is SideKindParam => (SIDE_KINDS as readonly string[]).includes(s));
  const event = params.get('event');
  const from = params.get('from');
  const to = params.get('to');
  const validWindow = from && to && DAY.test(from) && DAY.test(to) && from < to;
  return {
    sides: SIDE_KINDS.filter((s) => sides.includes(s)),
    both: params.get('both') === '1',
    papers: list(params, 'paper'),
    works: list(params, 'work'),
    themes: list(params, 'theme'),
    people: list(params, 'person'),
    text: (params.get('q') ?? '').trim().slice(0, 200),
    event: event && ID.test(event) ? event : null,
    from: validWindow ? from : null,
    to: validWindow ? to : null,
  };
}

/**
 * Write the view as a query string (without "?"), in a stable order; empty when nothing is set.
 * @example serializeViewState({ ...EMPTY_VIEW, sides: ['soviet'] }) // 'side=soviet'
 */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  const put = (name: string, values: string[]) => values.length && params.set(name, values.join(','));
  put('side', state.sides.length === SIDE_KINDS.length ? [] : state.sides);
  if (state.both) params.set('both', '1');
  put('paper', state.papers);
  put('work', state.works);
  put('theme', state.themes);
  put('person', state.people);
  if (state.text) params.set('q', state.text);
  if (state.event) params.set('event', state.event);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  return params.toString().replace(/%2C/g, ',');
}

/** Whether two views show the same thing (window changes are not history steps of their own). */
export function sameFilters(a: ViewState, b: ViewState): boolean {
  const strip = (s: ViewState) => serializeViewState({ ...s, from: null, to: null });
  return strip(a) === strip(b);
}
