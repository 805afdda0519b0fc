/**
 * Route data for the event pages, computed once per build: neighbours by position and related events by id
 * (a lookup, not a scan per page), the side columns by the one rule, the sources with their titles.
 */
import { LANGS, sideColumns, type Lang, type SideKind } from '../../domain/vocabulary';
import type { Account, Corpus, LocalizedText, ResolvedEvent } from '../content/types';

export interface EventPage {
  event: ResolvedEvent;
  previous: ResolvedEvent | null;
  next: ResolvedEvent | null;
  related: ResolvedEvent[];
  columns: Array<{ kind: SideKind; accounts: Account[] }>;
  /** The event's paper, then the other papers that tell it, each with where. */
  sources: Array<{ work: string; title: string; locator: LocalizedText }>;
  /** Every work the page cites: papers first, then the works the accounts cite. */
  cited: string[];
}

/** A work's title for readers of `lang`: the translated title when there is one. */
export function workTitle(corpus: Corpus, id: string, lang: Lang): string {
  const work = corpus.works.get(id);
  return work?.translatedTitle?.[lang] ?? work?.csl.title ?? id;
}

export function eventRoutes(
  corpus: Corpus,
  langs: readonly Lang[] = LANGS,
): Array<{ params: { lang: Lang; id: string }; props: EventPage }> {
  const byId = new Map(corpus.events.map((e) => [e.id, e]));
  return langs.flatMap((lang) =>
    corpus.events.map((event, i) => ({
      params: { lang, id: event.id },
      props: {
        event,
        previous: corpus.events[i - 1] ?? null,
        next: corpus.events[i + 1] ?? null,
        related: event.related.flatMap((id) => byId.get(id) ?? []),
        columns: sideColumns(event.accounts, (a) => a.sideKind),
        sources: [{ paper: event.paper, locator: event.locator }, ...event.alsoIn].map((ref) => ({
          work: ref.paper,
          title: workTitle(corpus, ref.paper, lang),
          locator: ref.locator,
        })),
        cited: [
          ...new Set([
            event.paper,
            ...event.alsoIn.map((a) => a.paper),
            ...event.accounts.flatMap((a) => a.citations.map((c) => c.work)),
          ]),
        ],
      },
    })),
  );
}

/** One page per language and old id of a renamed or merged event, sending readers on to its successor. */
export function movedRoutes(
  corpus: Corpus,
  redirects: ReadonlyArray<{ from: string; to: string }>,
  langs: readonly Lang[] = LANGS,
): Array<{ params: { lang: Lang; moved: string }; props: { successor: ResolvedEvent } }> {
  const byId = new Map(corpus.events.map((e) => [e.id, e]));
  return langs.flatMap((lang) =>
    redirects.map(({ from, to }) => {
      const successor = byId.get(to);
      // The validator refuses such a redirect before any page is built; this only guards the invariant.
      if (!successor) throw new Error(`content/redirects.yaml: ${from}: redirects to unknown event "${to}"`);
      return { params: { lang, moved: from }, props: { successor } };
    }),
  );
}
