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
import { buildShortFormIndex, pagesOutOfRange, resolveCitation, workPageRange, type ResolvedCitation } from '../citations';
import { julianToGregorian, parseEdtf, RUSSIAN_GREGORIAN_SWITCH } from '../dates';
import type { ContentProblem } from './problems';
import { compareEvents } from './order';
import { checkStableIds } from './stable-ids';
import type { CollectionName, RawContent, RawEntry } from './read';
import type { Account, Corpus, TimelineEvent, WithId } from './types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function parseEntries<S extends z.ZodType>(entries: RawEntry[], schema: S, problems: ContentProblem[]): Array<{ entry: RawEntry; data: z.output<S> }> {
  const parsed: Array<{ entry: RawEntry; data: z.output<S> }> = [];
  for (const entry of entries) {
    if (!SLUG.test(entry.id)) {
      problems.push({ file: entry.file, field: 'id', message: `file name "${entry.id}" is not an ASCII slug (lowercase letters, digits, single hyphens)` });
    }
    const result = schema.safeParse(entry.data);
    if (result.success) {
      parsed.push({ entry, data: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length ? issue.path.map(String).join('.') : '(entry)';
      const message = issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message;
      problems.push({ file: entry.file, field, message });
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
      problems.push({ file: entry.file, field: 'id', message: `duplicate id "${entry.id}" (also ${files.get(key)})` });
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

function checkRefs(file: string, field: string, ids: string[], known: Map<string, unknown> | Set<string>, what: string, problems: ContentProblem[]) {
  ids.forEach((id, i) => {
    if (!known.has(id)) problems.push({ file, field: `${field}[${i}]`, message: `unknown ${what} "${id}"` });
  });
}

function resolveAccounts(file: string, event: EventEntry, ctx: Context): Account[] {
  const { ja, en } = event.accounts;
  const { problems } = ctx;
  if (ja.length !== en.length) {
    problems.push({ file, field: 'body', message: `"## ja" has ${ja.length} account(s) but "## en" has ${en.length}: every account needs both languages` });
  }
  const papers = new Set([event.paper, ...event.alsoIn.map((a) => a.paper)]);
  const accounts: Account[] = [];
  ja.forEach((jaAccount, i) => {
    const enAccount = en[i];
    const field = `body.ja[${i}]`;
    if (!enAccount) return;
    if (jaAccount.marker !== enAccount.marker) {
      problems.push({ file, field: `body.en[${i}].marker`, message: `marker "${enAccount.marker ?? '(none)'}" does not match the Japanese account's "${jaAccount.marker ?? '(none)'}"` });
    }
    if (jaAccount.citations.join('; ') !== enAccount.citations.join('; ')) {
      problems.push({ file, field: `body.en[${i}].citations`, message: `citations (${enAccount.citations.join('; ')}) differ from the Japanese account's (${jaAccount.citations.join('; ')})` });
    }
    const side = jaAccount.marker === null ? ctx.corpus.sides.get('context') : ctx.markers.get(jaAccount.marker);
    if (!side) {
      problems.push({ file, field: `${field}.marker`, message: `unknown marker "${jaAccount.marker}": no side in content/sides/ has it` });
      return;
    }
    const citations: ResolvedCitation[] = [];
    for (const citedAs of jaAccount.citations) {
      const result = resolveCitation(citedAs, ctx.shortForms);
      if (!result.ok) {
        problems.push({ file, field: `${field}.citations`, message: result.message });
        continue;
      }
      const work = ctx.corpus.works.get(result.citation.work)!;
      const outside = pagesOutOfRange(result.citation.pages, workPageRange(work.csl.page));
      if (outside.length) {
        problems.push({ file, field: `${field}.citations`, message: `"${citedAs}": page ${outside.join(', ')} is outside ${work.id}'s pages ${work.csl.page}` });
      }
      citations.push(result.citation);
    }
    const citedPapers = [...new Set(citations.map((c) => c.work).filter((w) => ctx.corpus.works.get(w)?.role === 'paper'))];
    if (citedPapers.length > 1) problems.push({ file, field: `${field}.citations`, message: `cites more than one paper (${citedPapers.join(', ')}); split the account` });
    const paper = citedPapers[0] ?? event.paper;
    if (!papers.has(paper)) problems.push({ file, field: `${field}.citations`, message: `cites paper "${paper}", which is neither the event's paper nor in alsoIn` });
    accounts.push({ side: side.id, sideKind: side.kind, marker: jaAccount.marker ?? '', paper, text: { ja: jaAccount.text, en: enAccount.text }, citations });
  });
  return accounts;
}

function checkOldStyle(file: string, event: EventEntry, problems: ContentProblem[]) {
  if (!event.oldStyle) return;
  const os = parseEdtf(event.oldStyle);
  const ns = parseEdtf(event.date);
  if (ns.earliest >= RUSSIAN_GREGORIAN_SWITCH) {
    problems.push({ file, field: 'oldStyle', message: `Russia used the Gregorian calendar from ${RUSSIAN_GREGORIAN_SWITCH}; an Old Style date makes no sense for ${event.date}` });
  }
  const start = julianToGregorian(os.earliest);
  const end = os.latest ? julianToGregorian(os.latest) : null;
  if (os.kind === 'point' && ns.kind === 'point') {
    if (start !== ns.earliest) problems.push({ file, field: 'oldStyle', message: `Old Style ${event.oldStyle} is ${start} in the Gregorian calendar, but date is ${event.date}` });
    return;
  }
  // A month or year in Old Style covers days that, converted, must overlap the Gregorian date.
  const overlaps = (end === null || ns.earliest <= end) && (ns.latest === null || start <= ns.latest);
  if (!overlaps) problems.push({ file, field: 'oldStyle', message: `Old Style ${event.oldStyle} (${start} – ${end ?? '…'} Gregorian) does not overlap date ${event.date}` });
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
  const sideFile = (id: string) => raw.entries.sides.find((e) => e.id === id)?.file ?? `content/sides/${id}.yaml`;
  const workFile = (id: string) => raw.entries.works.find((e) => e.id === id)?.file ?? `content/works/${id}.yaml`;

  for (const required of ['japanese', 'soviet', 'context']) {
    if (!sides.has(required)) problems.push({ file: sideFile(required), field: '(file)', message: `the ${required} side must exist` });
  }
  const markers = new Map<string, WithId<Side>>();
  for (const side of sides.values()) {
    if (side.kind === 'context') {
      if (side.marker) problems.push({ file: sideFile(side.id), field: 'marker', message: 'the context side has no marker' });
      continue;
    }
    if (!side.marker) {
      problems.push({ file: sideFile(side.id), field: 'marker', message: 'a side other than context needs a marker' });
      continue;
    }
    if (side.kind === 'other' && side.marker !== `[${side.id}]`) {
      problems.push({ file: sideFile(side.id), field: 'marker', message: `a labelled side's marker is its id in brackets: "[${side.id}]"` });
    }
    if (markers.has(side.marker)) problems.push({ file: sideFile(side.id), field: 'marker', message: `marker "${side.marker}" is also used by ${markers.get(side.marker)!.id}` });
    markers.set(side.marker, side);
  }

  const papers = new Set([...works.values()].filter((w) => w.role === 'paper').map((w) => w.id));
  const workSides = new Set([...sides.keys(), 'scholarship']);
  for (const work of works.values()) {
    if (!workSides.has(work.side)) problems.push({ file: workFile(work.id), field: 'side', message: `unknown side "${work.side}"` });
    work.citedIn.forEach((p, i) => {
      if (!papers.has(p)) problems.push({ file: workFile(work.id), field: `citedIn[${i}]`, message: `"${p}" is not one of the papers` });
    });
  }
  for (const person of corpusBase.people.values()) {
    const file = raw.entries.people.find((e) => e.id === person.id)!.file;
    person.roles.forEach((role, i) => {
      if (role.paper && !papers.has(role.paper)) problems.push({ file, field: `roles[${i}].paper`, message: `"${role.paper}" is not one of the papers` });
    });
  }

  const parsedEvents = byCollection('events', eventSchema);
  const eventIds = new Set<string>();
  const ctx: Context = { corpus: corpusBase, problems, markers, shortForms: buildShortFormIndex(works.values()), eventIds };
  const seen = new Map<string, string>();
  for (const { entry } of parsedEvents) {
    if (seen.has(entry.id)) problems.push({ file: entry.file, field: 'id', message: `duplicate id "${entry.id}" (also ${seen.get(entry.id)})` });
    seen.set(entry.id, entry.file);
    eventIds.add(entry.id);
  }
  const events: TimelineEvent[] = [];
  for (const { entry, data } of parsedEvents) {
    const file = entry.file;
    if (!papers.has(data.paper)) problems.push({ file, field: 'paper', message: `"${data.paper}" is not one of the papers (works with role: paper)` });
    data.alsoIn.forEach((ref, i) => {
      if (!papers.has(ref.paper)) problems.push({ file, field: `alsoIn[${i}].paper`, message: `"${ref.paper}" is not one of the papers` });
      if (ref.paper === data.paper) problems.push({ file, field: `alsoIn[${i}].paper`, message: 'repeats the event\'s own paper' });
    });
    checkRefs(file, 'themes', data.themes, corpusBase.themes, 'theme', problems);
    checkRefs(file, 'people', data.people, corpusBase.people, 'person', problems);
    checkRefs(file, 'places', data.places, corpusBase.places, 'place', problems);
    checkRefs(file, 'related', data.related, eventIds, 'event', problems);
    if (data.related.includes(entry.id)) problems.push({ file, field: 'related', message: 'an event cannot be related to itself' });
    checkOldStyle(file, data, problems);
    const date = parseEdtf(data.date);
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
      accounts: resolveAccounts(file, data, ctx),
    });
  }
  events.sort(compareEvents);
  // Published ids never vanish: each is an event or redirected; each event is in the list.
  problems.push(...checkStableIds(new Map(raw.entries.events.map((e) => [e.id, e.file])), raw.publishedIds ?? null, raw.redirects ?? null));
  const questions = resolveQuestions(byCollection('questions', questionSchema), { themes: corpusBase.themes, events, shortForms: ctx.shortForms }, problems);
  return { corpus: { ...corpusBase, events, questions }, problems };
}
