/**
 * Checks raw content against the schemas and against itself (every citation, person, place, theme, side and
 * related event resolves; ids are unique; ja and en accounts pair up) and builds the resolved corpus.
 * Returns every problem it finds, each naming the file and the field.
 */
import type { z } from 'zod';
import { eventSchema, type EventEntry } from '../../schemas/event';
import { workSchema, type Work } from '../../schemas/work';
import { personSchema } from '../../schemas/person';
import { placeSchema } from '../../schemas/place';
import { themeSchema } from '../../schemas/theme';
import { sideSchema, type Side } from '../../schemas/side';
import { questionSchema } from '../../schemas/question';
import { resolveQuestions } from './questions';
import { buildShortFormIndex, pageNumbers, pagesOutOfRange, resolveCitation, workPageRange, type ResolvedCitation } from '../citations';
import { julianToGregorian, parseEdtf, RUSSIAN_GREGORIAN_SWITCH } from '../dates';
import type { ContentProblem } from './problems';
import { compareEvents } from './order';
import { checkStableIds } from './stable-ids';
import type { CollectionName, RawContent, RawEntry } from './read';
import { lineOfPath } from './source';
import type { Account, Corpus, ResolvedEvent, WithId } from './types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The name of a field for messages; accounts are named where they are written: body.ja[0].text. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  if (!path.length) return '(entry)';
  const [head, lang, index, ...rest] = path.map(String);
  if (head === 'accounts' && lang && index !== undefined) return [`body.${lang}[${index}]`, ...rest].join('.');
  return path.map(String).join('.');
}

function parseEntries<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: ContentProblem[]): Array<{ entry: RawEntry; data: z.output<S> }> {
  const parsed: Array<{ entry: RawEntry; data: z.output<S> }> = [];
  for (const entry of entries) {
    if (!SLUG.test(entry.id)) {
      problems.push({ file: entry.file, line: 1, field: 'id', message: `file name "${entry.id}" is not an ASCII slug (lowercase letters, digits, single hyphens)` });
    }
    const result = schema.safeParse(entry.data);
    if (result.success) {
      parsed.push({ entry, data: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      problems.push({ file: entry.file, line: lineOfPath(entry.lines, path), field, message });
    }
  }
  return parsed;
}

function toMap<T>(items: Array<{ entry: RawEntry; data: T }>, problems: ContentProblem[]): Map<string, WithId<T>> {
  const map = new Map<string, WithId<T>>();
  const files = new Map<string, string>();
  for (const { entry, data } of items) {
    const key = entry.id.toLowerCase();
    if (files.has(key)) {
      problems.push({ file: entry.file, line: 1, field: 'id', message: `duplicate id "${entry.id}" (also ${files.get(key)})` });
      continue;
    }
    files.set(key, entry.file);
    map.set(entry.id, { ...data, id: entry.id });
  }
  return map;
}

interface Context {
  corpus: Omit<Corpus, 'events' | 'questions'>;
  problems: ContentProblem[];
  markers: Map<string, WithId<Side>>;
  shortForms: ReturnType<typeof buildShortFormIndex>;
  eventIds: Set<string>;
}

/** The line of a field of an entry (nearest written parent for a missing one). */
const lineIn = (entry: RawEntry, ...path: Array<string | number>) => lineOfPath(entry.lines, path);

function checkRefs(entry: RawEntry, field: string, ids: string[], known: Map<string, unknown> | Set<string>, what: string, problems: ContentProblem[]) {
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ file: entry.file, line: lineIn(entry, field, i), field: `${field}[${i}]`, message: `unknown ${what} "${id}"` });
  });
}

/** A citation that is really two run together, "中野 92、ソコロフ 127": the separator before a second short form. */
function joinedCitation(citedAs: string, index: ReturnType<typeof buildShortFormIndex>): string | null {
  const parts = citedAs.split(/([,、，・])/);
  for (let i = 2; i < parts.length; i += 2) {
    if (resolveCitation(parts.slice(i).join('').trim(), index).ok) return parts[i - 1]!;
  }
  return null;
}
/** Page ranges in a locator that run backwards: "81-77". */
function reversedRanges(pages: string): string[] {
  return pages.split(/[,、]/).map((part) => part.trim()).filter((part) => {
    const numbers = pageNumbers(part);
    return numbers?.length === 2 && numbers[1]! < numbers[0]!;
  });
}
const UNCITED_LOOKALIKE = /^(uncited|出典なし|出典無し|典拠なし|なし|none|no citation|no source)$/i;

function resolveAccounts(entry: RawEntry, event: EventEntry, ctx: Context): Account[] {
  const { file } = entry;
  const { ja, en } = event.accounts;
  const { problems } = ctx;
  if (ja.length !== en.length) {
    // Blame the first account that has no counterpart.
    const extra = ja.length > en.length ? ja[en.length] : en[ja.length];
    problems.push({ file, line: extra?.line ?? lineIn(entry, 'accounts', 'en'), field: 'body', message: `"## ja" has ${ja.length} account(s) but "## en" has ${en.length}: every account needs both languages` });
  }
  const papers = new Set([event.paper, ...event.alsoIn.map((a) => a.paper)]);
  const accounts: Account[] = [];
  ja.forEach((jaAccount, i) => {
    const enAccount = en[i];
    const field = `body.ja[${i}]`;
    if (!enAccount) return;
    const line = jaAccount.line;
    const enLine = enAccount.line;
    if (jaAccount.marker !== enAccount.marker) {
      problems.push({ file, line: enLine, field: `body.en[${i}].marker`, message: `marker "${enAccount.marker ?? '(none)'}" does not match the Japanese account's "${jaAccount.marker ?? '(none)'}"` });
    }
    if (jaAccount.citations.join('; ') !== enAccount.citations.join('; ')) {
      problems.push({ file, line: enLine, field: `body.en[${i}].citations`, message: `citations (${enAccount.citations.join('; ')}) differ from the Japanese account's (${jaAccount.citations.join('; ')})` });
    }
    const side = jaAccount.marker === null ? ctx.corpus.sides.get('context') : ctx.markers.get(jaAccount.marker);
    if (!side) {
      problems.push({ file, line, field: `${field}.marker`, message: `unknown marker "${jaAccount.marker}": no side in content/sides/ has it` });
      return;
    }
    const citations: ResolvedCitation[] = [];
    for (const citedAs of jaAccount.citations) {
      const result = resolveCitation(citedAs, ctx.shortForms);
      if (!result.ok) {
        const hint = UNCITED_LOOKALIKE.test(citedAs) ? ` (an account the paper states without a source ends with "(uncited)", exactly so)` : '';
        problems.push({ file, line, field: `${field}.citations`, message: `${result.message}${hint}` });
        continue;
      }
      const work = ctx.corpus.works.get(result.citation.work)!;
      const pages = result.citation.pages ?? '';
      const joined = joinedCitation(citedAs, ctx.shortForms);
      if (joined) problems.push({ file, line, field: `${field}.citations`, message: `"${citedAs}" is two citations joined by "${joined}": separate citations with ";" (中野 92; ソコロフ 127)` });
      const reversed = reversedRanges(pages);
      if (reversed.length) problems.push({ file, line, field: `${field}.citations`, message: `"${citedAs}": page range ${reversed.join(', ')} runs backwards: write the first page first` });
      const range = workPageRange(work.csl.page);
      // A work whose own range runs backwards is reported in its own file, not at every citation of it.
      const outside = range && range[0] <= range[1] ? pagesOutOfRange(result.citation.pages, range) : [];
      if (outside.length) {
        problems.push({ file, line, field: `${field}.citations`, message: `"${citedAs}": page ${outside.join(', ')} is outside ${work.id}'s pages ${work.csl.page}` });
      }
      citations.push(result.citation);
    }
    const citedPapers = [...new Set(citations.map((c) => c.work).filter((w) => ctx.corpus.works.get(w)?.role === 'paper'))];
    if (citedPapers.length > 1) problems.push({ file, line, field: `${field}.citations`, message: `cites more than one paper (${citedPapers.join(', ')}); split the account` });
    const paper = citedPapers[0] ?? event.paper;
    if (!papers.has(paper)) problems.push({ file, line, field: `${field}.citations`, message: `cites paper "${paper}", which is neither the event's paper nor in alsoIn` });
    accounts.push({ side: side.id, sideKind: side.kind, marker: jaAccount.marker ?? '', paper, text: { ja: jaAccount.text, en: enAccount.text }, citations });
  });
  return accounts;
}

function checkOldStyle(entry: RawEntry, event: EventEntry, problems: ContentProblem[]) {
  if (!event.oldStyle) return;
  const { file } = entry;
  const line = lineIn(entry, 'oldStyle');
  const os = parseEdtf(event.oldStyle, 'julian');
  const ns = parseEdtf(event.date);
  if (ns.earliest >= RUSSIAN_GREGORIAN_SWITCH) {
    problems.push({ file, line, field: 'oldStyle', message: `Russia used the Gregorian calendar from ${RUSSIAN_GREGORIAN_SWITCH}; an Old Style date makes no sense for ${event.date}` });
  }
  const start = julianToGregorian(os.earliest);
  const end = os.latest ? julianToGregorian(os.latest) : null;
  if (os.kind === 'point' && ns.kind === 'point') {
    if (start !== ns.earliest) problems.push({ file, line, field: 'oldStyle', message: `Old Style ${event.oldStyle} is ${start} in the Gregorian calendar, but date is ${event.date}` });
    return;
  }
  // A month or year in Old Style covers days that, converted, must overlap the Gregorian date.
  const overlaps = (end === null || ns.earliest <= end) && (ns.latest === null || start <= ns.latest);
  if (!overlaps) problems.push({ file, line, field: 'oldStyle', message: `Old Style ${event.oldStyle} (${start} – ${end ?? '…'} Gregorian) does not overlap date ${event.date}` });
}

/** The id starts with the start of the date (YYYY, YYYY-MM or YYYY-MM-DD): a typo in either shows as a disagreement. */
function checkIdDate(entry: RawEntry, earliest: string, date: string, problems: ContentProblem[]) {
  const prefix = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-|$)/.exec(entry.id)?.[0];
  if (!prefix) {
    problems.push({ file: entry.file, line: 1, field: 'id', message: `the file name "${entry.id}" must start with the date: YYYY-MM-DD-slug (or YYYY-MM-slug, YYYY-slug)` });
  } else if (!earliest.startsWith(prefix)) {
    problems.push({ file: entry.file, line: lineIn(entry, 'date'), field: 'date', message: `${date} does not agree with the file name "${entry.id}" (which starts ${prefix}): fix the typo; if the event really moved, keep its id (the permalink) or rename it with a redirect` });
  }
}

/** Every problem about a field of an entry gets that field's line, whichever check found it ("roles[2].paper" → roles.2.paper). */
function addMissingLines(raw: RawContent, problems: ContentProblem[]) {
  const byFile = new Map(Object.values(raw.entries).flat().map((e) => [e.file, e]));
  for (const problem of problems) {
    const entry = byFile.get(problem.file);
    if (problem.line || !entry) continue;
    problem.line = lineOfPath(entry.lines, problem.field.replace(/\[(\d+)\]/g, '.$1').split('.'));
  }
}

/** Validate everything and build the corpus. The corpus is only usable when `problems` is empty. */
export function validateContent(raw: RawContent): { corpus: Corpus; problems: ContentProblem[] } {
  const problems = [...raw.problems];
  const byCollection = <S extends z.ZodType>(name: CollectionName, schema: S) => parseEntries(raw.entries[name], schema, problems);
  const works = toMap(byCollection('works', workSchema), problems);
  const sides = toMap(byCollection('sides', sideSchema), problems);
  const corpusBase = {
    works,
    sides,
    people: toMap(byCollection('people', personSchema), problems),
    places: toMap(byCollection('places', placeSchema), problems),
    themes: toMap(byCollection('themes', themeSchema), problems),
  };
  const entryOf = (collection: CollectionName, id: string) => raw.entries[collection].find((e) => e.id === id)!;
  const sideFile = (id: string) => raw.entries.sides.find((e) => e.id === id)?.file ?? `content/sides/${id}.yaml`;
  /** Where a field of a side is, for messages. */
  const sideAt = (id: string, field: string) => ({ file: sideFile(id), line: lineIn(entryOf('sides', id), field), field });

  for (const required of ['japanese', 'soviet', 'context']) {
    if (!sides.has(required)) problems.push({ file: sideFile(required), field: '(file)', message: `the ${required} side must exist` });
  }
  const markers = new Map<string, WithId<Side>>();
  for (const side of sides.values()) {
    if (side.kind === 'context') {
      if (side.marker) problems.push({ ...sideAt(side.id, 'marker'), message: 'the context side has no marker' });
      continue;
    }
    if (!side.marker) {
      problems.push({ ...sideAt(side.id, 'marker'), message: 'a side other than context needs a marker' });
      continue;
    }
    if (side.kind === 'other' && side.marker !== `[${side.id}]`) {
      problems.push({ ...sideAt(side.id, 'marker'), message: `a labelled side's marker is its id in brackets: "[${side.id}]"` });
    }
    if (markers.has(side.marker)) problems.push({ ...sideAt(side.id, 'marker'), message: `marker "${side.marker}" is also used by ${markers.get(side.marker)!.id}` });
    markers.set(side.marker, side);
  }

  const papers = new Set([...works.values()].filter((w) => w.role === 'paper').map((w) => w.id));
  const workSides = new Set([...sides.keys(), 'scholarship']);
  for (const work of works.values()) {
    const entry = entryOf('works', work.id);
    if (!workSides.has(work.side)) problems.push({ file: entry.file, line: lineIn(entry, 'side'), field: 'side', message: `unknown side "${work.side}"` });
    work.citedIn.forEach((p, i) => {
      if (!papers.has(p)) problems.push({ file: entry.file, line: lineIn(entry, 'citedIn', i), field: `citedIn[${i}]`, message: `"${p}" is not one of the papers` });
    });
  }
  for (const person of corpusBase.people.values()) {
    const entry = entryOf('people', person.id);
    person.roles.forEach((role, i) => {
      if (role.paper && !papers.has(role.paper)) problems.push({ file: entry.file, line: lineIn(entry, 'roles', i, 'paper'), field: `roles[${i}].paper`, message: `"${role.paper}" is not one of the papers` });
    });
  }

  const parsedEvents = byCollection('events', eventSchema);
  const eventIds = new Set<string>();
  const ctx: Context = { corpus: corpusBase, problems, markers, shortForms: buildShortFormIndex(works.values()), eventIds };
  const seen = new Map<string, string>();
  for (const { entry } of parsedEvents) {
    if (seen.has(entry.id)) problems.push({ file: entry.file, line: 1, field: 'id', message: `duplicate id "${entry.id}" (also ${seen.get(entry.id)})` });
    seen.set(entry.id, entry.file);
    eventIds.add(entry.id);
  }
  const events: ResolvedEvent[] = [];
  for (const { entry, data } of parsedEvents) {
    const file = entry.file;
    if (!papers.has(data.paper)) problems.push({ file, line: lineIn(entry, 'paper'), field: 'paper', message: `"${data.paper}" is not one of the papers (works with role: paper)` });
    data.alsoIn.forEach((ref, i) => {
      const line = lineIn(entry, 'alsoIn', i, 'paper');
      if (!papers.has(ref.paper)) problems.push({ file, line, field: `alsoIn[${i}].paper`, message: `"${ref.paper}" is not one of the papers` });
      if (ref.paper === data.paper) problems.push({ file, line, field: `alsoIn[${i}].paper`, message: 'repeats the event\'s own paper' });
    });
    checkRefs(entry, 'themes', data.themes, corpusBase.themes, 'theme', problems);
    checkRefs(entry, 'people', data.people, corpusBase.people, 'person', problems);
    checkRefs(entry, 'places', data.places, corpusBase.places, 'place', problems);
    checkRefs(entry, 'related', data.related, eventIds, 'event', problems);
    if (data.related.includes(entry.id)) problems.push({ file, line: lineIn(entry, 'related', data.related.indexOf(entry.id)), field: 'related', message: 'an event cannot be related to itself' });
    checkOldStyle(entry, data, problems);
    const date = parseEdtf(data.date);
    checkIdDate(entry, date.earliest, data.date, problems);
    events.push({
      id: entry.id,
      file,
      date: data.date,
      dateAsWritten: data.dateAsWritten,
      oldStyle: data.oldStyle,
      earliest: date.earliest,
      latest: date.latest,
      kind: date.kind,
      title: data.title,
      paper: data.paper,
      locator: data.locator,
      alsoIn: data.alsoIn,
      themes: data.themes,
      people: data.people,
      places: data.places,
      related: data.related,
      notes: data.notes,
      accounts: resolveAccounts(entry, data, ctx),
    });
  }
  events.sort(compareEvents);
  // Published ids never vanish: each is an event or redirected; each event is in the list.
  problems.push(...checkStableIds(raw.eventFiles ?? new Map(raw.entries.events.map((e) => [e.id, e.file])), raw.publishedIds ?? null, raw.redirects ?? null, raw.publishedHistory ?? null));
  const questions = resolveQuestions(byCollection('questions', questionSchema), { themes: corpusBase.themes, events, shortForms: ctx.shortForms }, problems);
  addMissingLines(raw, problems);
  return { corpus: { ...corpusBase, events, questions }, problems };
}
