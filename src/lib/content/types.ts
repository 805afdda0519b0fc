/** The resolved corpus the pages, the data files and the timeline are built from. */
import type { LocalizedText } from '../../schemas/common';
import type { Work } from '../../schemas/work';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import type { Theme } from '../../schemas/theme';
import type { Side } from '../../schemas/side';
import type { Account, ResolvedEvent } from '../../schemas/resolved-event';
import type { Note } from '../../schemas/event';
import type { ResolvedQuestion } from './questions';

export type { Account, LocalizedText, Note, ResolvedEvent };
export type SideKind = Side['kind'];

export type WithId<T> = T & { id: string };

export interface Corpus {
  /** In time order: earliest day, then latest day, then id. */
  events: ResolvedEvent[];
  works: Map<string, WithId<Work>>;
  people: Map<string, WithId<Person>>;
  places: Map<string, WithId<Place>>;
  themes: Map<string, WithId<Theme>>;
  sides: Map<string, WithId<Side>>;
  /** The questions at stake, each read from both sides. */
  questions: Map<string, ResolvedQuestion>;
}
