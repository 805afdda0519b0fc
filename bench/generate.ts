/**
 * Synthetic corpora for the benchmark: the real works, people, places, themes and sides (copied from
 * content/), and N generated events in the real format (front matter + `## ja` / `## en` accounts with ●, ★,
 * [side-id] and context markers, citations written with the real short forms and respecting page ranges).
 * Seeded: the same seed and size always give the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse, stringify } from 'yaml';
import { Rng } from './prng';
import { buildShortFormIndex, resolveCitation, workPageRange } from '../src/lib/citations';

interface WorkInfo {
  id: string;
  role: 'paper' | 'cited';
  side: string;
  shortForms: string[];
  citedIn: string[];
  /** [first, last] page when csl.page gives a range, a single page when it gives one, else null. */
  pages: [number, number] | null;
}

interface Named {
  id: string;
  ja: string;
  en: string;
}

interface SideInfo {
  id: string;
  kind: string;
  marker: string | null;
}

export interface GeneratedCorpus {
  dir: string;
  ids: string[];
  /** Some generated ids worth opening in a browser (an event page with several accounts). */
  sampleEventId: string;
  stats: {
    events: number;
    accounts: number;
    byDateKind: Record<string, number>;
    bySide: Record<string, number>;
    inCoreYears: number;
  };
}

const PAPER_WEIGHTS = { shimosato: 40, shulatov: 38, 'ozawa-1987': 13, 'web-article': 5, 'kaken-report': 4 };

/** The dates the brief asks to see among the generated events, used verbatim for the first ones. */
const FIXED_DATES = ['1924-02-21/1924-02-29', '1925-01-19/1925-01-20', '1924-04', '1918', '1924-05-14/..'];

const CORE = { from: 1917, to: 1925 };
const SPAN = { from: 1905, to: 1945 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function readYamlDir<T>(dir: string): Array<{ id: string; data: T }> {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ id: basename(f, extname(f)), data: parse(readFileSync(join(dir, f), 'utf8')) as T }));
}

function readWorks(dir: string): WorkInfo[] {
  return readYamlDir<{
    role: 'paper' | 'cited';
    side: string;
    shortForms: string[];
    citedIn?: string[];
    csl?: { page?: string | number };
  }>(dir).map(({ id, data }) => {
    const page = data.csl?.page === undefined ? undefined : String(data.csl.page);
    const range = workPageRange(page);
    const single = page && /^\d+$/.test(page.trim()) ? Number(page) : null;
    return {
      id,
      role: data.role,
      side: data.side,
      shortForms: data.shortForms ?? [],
      citedIn: data.citedIn ?? [],
      pages: range ?? (single ? [single, single] : null),
    };
  });
}

/** Sentence templates: the same index in both languages, so ja and en accounts say the same thing. */
const SENTENCES: Array<{ ja: string; en: string }> = [
  {
    ja: '{P1}は{PL}で{P2}と会見し、{T}について意見を交わした。',
    en: '{P1} met {P2} in {PL} and exchanged views on {T}.',
  },
  {
    ja: '{P1}は{T}をめぐる本国の訓令を{P2}に伝えたが、{P2}は回答を保留した。',
    en: "{P1} passed on his government's instructions on {T} to {P2}, who reserved his answer.",
  },
  {
    ja: '{PL}からの報告によれば、{T}の問題が交渉の焦点となりつつあった。',
    en: 'According to reports from {PL}, the question of {T} was becoming the focus of the talks.',
  },
  {
    ja: '{P1}は{T}に関する覚書を作成し、{PL}の代表部に送付した。',
    en: '{P1} drafted a memorandum on {T} and sent it to the mission in {PL}.',
  },
  {
    ja: '{P2}は{P1}の提案を検討したが、{T}については譲歩しなかった。',
    en: "{P2} considered {P1}'s proposal but made no concession on {T}.",
  },
  {
    ja: '{P1}は{PL}での会談の内容を本国に打電し、{T}について新たな指示を求めた。',
    en: '{P1} cabled the content of the talks in {PL} home and asked for new instructions on {T}.',
  },
  {
    ja: '{P2}の回答が遅れたため、{P1}は{T}の審議を次回に持ち越すことを提案した。',
    en: "As {P2}'s answer was late, {P1} proposed to carry the discussion of {T} over to the next meeting.",
  },
  {
    ja: '新聞は{PL}での交渉の行き詰まりを報じ、{T}が最大の障害であると論じた。',
    en: 'The press reported the deadlock of the talks in {PL} and argued that {T} was the main obstacle.',
  },
];

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k);
}

function randomYear(rng: Rng): number {
  if (rng.chance(0.6)) return rng.int(CORE.from, CORE.to);
  // The other 40% spread evenly over 1905–1916 and 1926–1945.
  const outside = [
    ...Array.from({ length: CORE.from - SPAN.from }, (_, i) => SPAN.from + i),
    ...Array.from({ length: SPAN.to - CORE.to }, (_, i) => CORE.to + 1 + i),
  ];
  return rng.pick(outside);
}

interface GeneratedDate {
  date: string;
  prefix: string;
  kind: string;
  dateAsWritten?: string;
  oldStyle?: string;
  year: number;
}

function randomDate(rng: Rng, fixed?: string): GeneratedDate {
  if (fixed) {
    const kind = fixed.endsWith('/..')
      ? 'open'
      : fixed.includes('/')
        ? 'range'
        : fixed.length === 4
          ? 'year'
          : fixed.length === 7
            ? 'month'
            : 'day';
    return { date: fixed, prefix: fixed.split('/')[0]!, kind, year: Number(fixed.slice(0, 4)) };
  }
  const y = randomYear(rng);
  const m = rng.int(1, 12);
  const d = rng.int(1, lastDay(y, m));
  const kind = rng.weighted({
    day: 50,
    month: 15,
    year: 8,
    dekad: 8,
    twoDays: 6,
    dayRange: 4,
    monthRange: 3,
    open: 3,
    uncertain: 1.5,
    approximate: 1.5,
  });
  switch (kind) {
    case 'day': {
      const date = iso(y, m, d);
      // A Russian date before the switch to the Gregorian calendar, as a paper gives it in Old Style.
      if (date < '1918-02-14' && rng.chance(0.15)) {
        const oldStyle = addDays(date, -13);
        return {
          date,
          prefix: date,
          kind,
          oldStyle,
          dateAsWritten: `旧暦${Number(oldStyle.slice(0, 4))}年${Number(oldStyle.slice(5, 7))}月${Number(oldStyle.slice(8))}日`,
          year: y,
        };
      }
      return { date, prefix: date, kind, dateAsWritten: rng.chance(0.5) ? `${m}.${d}` : undefined, year: y };
    }
    case 'month':
      return {
        date: `${y}-${pad(m)}`,
        prefix: `${y}-${pad(m)}`,
        kind,
        dateAsWritten: rng.chance(0.3) ? `${y}年${m}月` : undefined,
        year: y,
      };
    case 'year':
      return { date: String(y), prefix: String(y), kind, year: y };
    case 'dekad': {
      const third = rng.pick([
        ['上旬', 1, 10],
        ['中旬', 11, 20],
        ['下旬', 21, lastDay(y, m)],
      ] as const);
      return {
        date: `${iso(y, m, third[1])}/${iso(y, m, third[2])}`,
        prefix: iso(y, m, third[1]),
        kind,
        dateAsWritten: `${y}年${m}月${third[0]}`,
        year: y,
      };
    }
    case 'twoDays': {
      const start = iso(y, m, d);
      return { date: `${start}/${addDays(start, 1)}`, prefix: start, kind, year: y };
    }
    case 'dayRange': {
      const start = iso(y, m, d);
      return { date: `${start}/${addDays(start, rng.int(3, 90))}`, prefix: start, kind, year: y };
    }
    case 'monthRange': {
      const m2 = Math.min(12, m + rng.int(1, 5));
      return m2 === m
        ? { date: `${y}/${y + 1}`, prefix: String(y), kind, year: y }
        : { date: `${y}-${pad(m)}/${y}-${pad(m2)}`, prefix: `${y}-${pad(m)}`, kind, year: y };
    }
    case 'open': {
      const start = iso(y, m, d);
      return { date: `${start}/..`, prefix: start, kind, dateAsWritten: `${m}.${d}〜`, year: y };
    }
    case 'uncertain':
      return { date: `${y}-${pad(m)}?`, prefix: `${y}-${pad(m)}`, kind, year: y };
    default:
      return { date: `${y}-${pad(m)}~`, prefix: `${y}-${pad(m)}`, kind, year: y };
  }
}

/**
 * Write a synthetic corpus of `events` events into `dir` (replaced). Everything except events/ is copied
 * from `source`; a published-ids.txt is written when `publishedIds` is true.
 */
export function generateCorpus(options: {
  events: number;
  seed: number;
  dir: string;
  source: string;
  publishedIds?: boolean;
}): GeneratedCorpus {
  const { events: count, seed, dir, source } = options;
  const rng = new Rng(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(source)) {
    // Events are generated; the id registry (published ids, redirects) and the questions, which cite events by
    // id, belong to the real events (a corpus may leave questions out).
    if (['events', 'questions', 'published-ids.txt', 'redirects.yaml'].includes(name)) continue;
    cpSync(join(source, name), join(dir, name), { recursive: true });
  }
  const eventsDir = join(dir, 'events');
  mkdirSync(eventsDir);

  const works = readWorks(join(source, 'works'));
  const sides: SideInfo[] = readYamlDir<{ kind: string; marker?: string }>(join(source, 'sides')).map(
    ({ id, data }) => ({ id, kind: data.kind, marker: data.marker ?? null }),
  );
  const names = (folder: string): Named[] =>
    readYamlDir<{ name: { ja: string; en: string } }>(join(source, folder)).map(({ id, data }) => ({
      id,
      ja: data.name.ja,
      en: data.name.en,
    }));
  const people = names('people');
  const places = names('places');
  const themes = names('themes');
  const papers = works.filter((w) => w.role === 'paper').map((w) => w.id);

  // Short forms that resolve to exactly one work and can sit inside a citation group.
  const index = buildShortFormIndex(works);
  const usableForms = new Map<string, string[]>();
  for (const work of works) {
    usableForms.set(
      work.id,
      work.shortForms.filter((f) => !/[()（）;；]/.test(f) && index.byShortForm.get(f)?.length === 1),
    );
  }

  const citation = (work: WorkInfo, withPages = true): string | null => {
    const forms = usableForms.get(work.id) ?? [];
    if (!forms.length) return null;
    const form = rng.pick(forms);
    let text = form;
    if (withPages) {
      const [lo, hi] = work.pages ?? [1, 400];
      const p = rng.int(lo, hi);
      const pages = rng.chance(0.15) && p < hi ? `${p}-${Math.min(hi, p + rng.int(1, 3))}` : String(p);
      text = /\d$/.test(form)
        ? `${form}:${pages}`
        : /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]+$/u.test(form) && rng.chance(0.25)
          ? `${form}${pages}`
          : `${form} ${pages}`;
    }
    // Only keep what the project's own resolver reads back as this work (and the page range check accepts).
    const resolved = resolveCitation(text, index);
    return resolved.ok && resolved.citation.work === work.id ? text : null;
  };

  const worksFor = (side: string, paper: string) => {
    const ofSide = works.filter(
      (w) => w.role === 'cited' && w.side === side && (usableForms.get(w.id)?.length ?? 0) > 0,
    );
    const inPaper = ofSide.filter((w) => w.citedIn.includes(paper));
    return inPaper.length ? inPaper : ofSide;
  };

  const otherSides = sides.filter((s) => s.kind === 'other');
  const ids: string[] = [];
  const stats: GeneratedCorpus['stats'] = { events: count, accounts: 0, byDateKind: {}, bySide: {}, inCoreYears: 0 };
  let sampleEventId = '';
  let sampleAccounts = 0;

  for (let n = 1; n <= count; n++) {
    const date = randomDate(rng, FIXED_DATES[n - 1]);
    const id = `${date.prefix}-synthetic-${n}`;
    const paper = rng.weighted(PAPER_WEIGHTS as Record<string, number>);
    if (!papers.includes(paper)) throw new Error(`paper ${paper} is not in content/works`);
    const eventPeople = rng.sample(people, rng.int(0, 3));
    const eventPlaces = rng.sample(places, rng.int(1, 2));
    const eventThemes = rng.sample(themes, rng.int(1, 3));
    const alsoIn = rng.chance(0.12) ? rng.pick(papers.filter((p) => p !== paper)) : null;

    // Which sides speak: often both ● and ★, as in the papers' chronology tables.
    const accountSides: string[] = [];
    const shape = rng.weighted({ soviet: 25, japanese: 18, both: 30, context: 15, other: 7, bothAndContext: 5 });
    if (shape === 'both' || shape === 'bothAndContext') accountSides.push(rng.chance(0.5) ? 'japanese' : 'soviet', 'x');
    else accountSides.push(shape);
    if (accountSides[1] === 'x') accountSides[1] = accountSides[0] === 'japanese' ? 'soviet' : 'japanese';
    if (shape === 'bothAndContext') accountSides.push('context');
    if (rng.chance(0.1)) accountSides.push(rng.pick(['japanese', 'soviet']));
    if (shape !== 'other' && rng.chance(0.05)) accountSides.push('other');

    const person = (i: number) => eventPeople[i] ?? rng.pick(people);
    const accounts: Array<{ marker: string; ja: string; en: string; cite: string }> = [];
    for (const kind of accountSides) {
      const side =
        kind === 'other'
          ? rng.chance(0.6)
            ? (sides.find((s) => s.id === 'omsk') ?? rng.pick(otherSides))
            : rng.pick(otherSides)
          : sides.find((s) => s.id === kind)!;
      const marker = side.marker ?? '';
      const vars = (lang: 'ja' | 'en') => ({
        P1: person(0)[lang],
        P2: person(1)[lang],
        PL: eventPlaces[0]![lang],
        T: eventThemes[0]![lang],
      });
      const picks = rng.sample(SENTENCES, rng.int(2, 3));
      const ja = picks.map((s) => fill(s.ja, vars('ja'))).join('');
      const en = picks.map((s) => fill(s.en, vars('en'))).join(' ');
      const cites: string[] = [];
      const pool = worksFor(side.kind === 'context' ? 'scholarship' : side.id, paper);
      if (!(side.kind === 'context' && rng.chance(0.3)) && pool.length) {
        const first = citation(rng.pick(pool), !rng.chance(0.1));
        if (first) cites.push(first);
        if (rng.chance(0.2)) {
          const second = citation(rng.pick(pool));
          if (second && second !== first) cites.push(second);
        }
      }
      accounts.push({ marker, ja, en, cite: cites.length ? ` (${cites.join('; ')})` : ' (uncited)' });
      stats.bySide[side.id] = (stats.bySide[side.id] ?? 0) + 1;
    }
    if (alsoIn) {
      // An account from the other paper cites that paper by its short form (and, often, a work it cites).
      const paperWork = works.find((w) => w.id === alsoIn)!;
      const own =
        citation(paperWork, Boolean(paperWork.pages) && rng.chance(0.6)) ?? (usableForms.get(alsoIn) ?? [])[0];
      const cited = works.filter(
        (w) => w.role === 'cited' && w.citedIn.includes(alsoIn) && (usableForms.get(w.id)?.length ?? 0) > 0,
      );
      const extra = cited.length && rng.chance(0.5) ? citation(rng.pick(cited)) : null;
      const side = rng.pick(['japanese', 'soviet']);
      const marker = sides.find((s) => s.id === side)!.marker!;
      const pick = rng.pick(SENTENCES);
      const vars = (lang: 'ja' | 'en') => ({
        P1: person(0)[lang],
        P2: person(1)[lang],
        PL: eventPlaces[0]![lang],
        T: eventThemes[0]![lang],
      });
      accounts.push({
        marker,
        ja: fill(pick.ja, vars('ja')),
        en: fill(pick.en, vars('en')),
        cite: ` (${[own, extra].filter(Boolean).join('; ')})`,
      });
      stats.bySide[side] = (stats.bySide[side] ?? 0) + 1;
    }

    const front: Record<string, unknown> = { date: date.date };
    if (date.dateAsWritten) front.dateAsWritten = date.dateAsWritten;
    if (date.oldStyle) front.oldStyle = date.oldStyle;
    front.title = {
      ja: `${person(0).ja}、${eventPlaces[0]!.ja}で${eventThemes[0]!.ja}を協議（合成 ${n}）`,
      en: `${person(0).en} discusses ${eventThemes[0]!.en} in ${eventPlaces[0]!.en} (synthetic ${n})`,
    };
    front.paper = paper;
    front.locator = { ja: `合成データ ${date.prefix} の行`, en: `synthetic data, row ${date.prefix}` };
    if (alsoIn) front.alsoIn = [{ paper: alsoIn, locator: { ja: '合成データ', en: 'synthetic data' } }];
    front.themes = eventThemes.map((t) => t.id);
    if (eventPeople.length) front.people = eventPeople.map((p) => p.id);
    front.places = eventPlaces.map((p) => p.id);
    if (ids.length && rng.chance(0.5)) front.related = [...new Set(rng.sample(ids.slice(-50), rng.int(1, 2)))];
    if (rng.chance(0.1))
      front.notes = [
        {
          kind: 'discrepancy',
          ja: `合成データ：この行の日付は論文によって${rng.int(1, 9)}日ずれる。`,
          en: `Synthetic data: the papers disagree on this date by ${rng.int(1, 9)} day(s).`,
        },
      ];

    const body = [
      '## ja',
      '',
      ...accounts.flatMap((a) => [`${a.marker ? `${a.marker} ` : ''}${a.ja}${a.cite}`, '']),
      '## en',
      '',
      ...accounts.flatMap((a) => [`${a.marker ? `${a.marker} ` : ''}${a.en}${a.cite}`, '']),
    ];
    writeFileSync(join(eventsDir, `${id}.md`), `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.join('\n')}`);
    ids.push(id);
    stats.accounts += accounts.length;
    stats.byDateKind[date.kind] = (stats.byDateKind[date.kind] ?? 0) + 1;
    if (date.year >= CORE.from && date.year <= CORE.to) stats.inCoreYears++;
    if (date.kind === 'day' && accounts.length > sampleAccounts && date.year >= 1923 && date.year <= 1924) {
      sampleEventId = id;
      sampleAccounts = accounts.length;
    }
  }
  if (options.publishedIds ?? sourceHasPublishedIds(source)) writePublishedIds(dir, ids);
  return { dir, ids, sampleEventId: sampleEventId || ids[0]!, stats };
}

/** A published-ids.txt listing exactly the generated ids, as `npm run ids:update` writes it (sorted, one a line). */
export function writePublishedIds(dir: string, ids: string[]): void {
  writeFileSync(join(dir, 'published-ids.txt'), `${[...new Set(ids)].sort().join('\n')}\n`);
}

/** Whether the real corpus keeps a list of published ids (then the synthetic one needs its own). */
export function sourceHasPublishedIds(source: string): boolean {
  return existsSync(join(source, 'published-ids.txt'));
}
