/** The resolved corpus the pages, the data files and the timeline are built from. */
import type { LocalizedText } from '../../schemas/common';
import type { Work } from '../../schemas/work';
import type { Person } from '../../schemas/person';
import type { Place } from '../../schemas/place';
import type { Theme } from '../../schemas/theme';
import type { Side } from '../../schemas/side';
import type { ResolvedCitation } from '../citations';
import type { ResolvedQuestion } from './questions';

export type { LocalizedText };
export type SideKind = Side['kind'];

export interface Account {
  /** Side id: japanese, soviet, context, or another labelled side. */
  side: string;
  sideKind: SideKind;
  /** The marker as written: ●, ★, [omsk]; empty for context. */
  marker: string;
  /** The paper this account comes from. */
  paper: string;
  text: LocalizedText;
  citations: ResolvedCitation[];
}

export interface PaperRef {
  paper: string;
  locator: LocalizedText;
}

export interface TimelineEvent {
  id: string;
  /** Source file, relative to the project root. */
  file: string;
  date: string;
  dateAsWritten?: string;
  oldStyle?: string;
  earliest: string;
  /** null for an open end. */
  latest: string | null;
  kind: 'point' | 'span';
  title: LocalizedText;
  paper: string;
  locator: LocalizedText;
  alsoIn: PaperRef[];
  themes: string[];
  people: string[];
  places: string[];
  related: string[];
  notes: LocalizedText[];
  accounts: Account[];
}

export type WithId<T> = T & { id: string };

export interface Corpus {
  /** In time order: earliest day, then latest day, then id. */
  events: TimelineEvent[];
  works: Map<string, WithId<Work>>;
  people: Map<string, WithId<Person>>;
  places: Map<string, WithId<Place>>;
  themes: Map<string, WithId<Theme>>;
  sides: Map<string, WithId<Side>>;
  /** The questions at stake, each read from both sides. */
  questions: Map<string, ResolvedQuestion>;
}
