/** An event's notes grouped by kind, in the order an event page shows them. */
import { NOTE_KINDS, type Note, type NoteKind } from '../schemas/event';

/** Disagreements first (what a reader most needs), then the editors' choices, then readings of the paper's text. */
export const NOTE_KIND_ORDER: readonly NoteKind[] = ['discrepancy', 'editorial', 'source-text'];

export interface NoteGroup {
  kind: NoteKind;
  notes: Note[];
}

/**
 * The non-empty groups, each keeping the notes' authored order.
 * @example groupNotes([{ kind: 'editorial', ja: 'あ', en: 'a' }]) // [{ kind: 'editorial', notes: [ … ] }]
 */
export function groupNotes(notes: readonly Note[]): NoteGroup[] {
  return NOTE_KIND_ORDER.map((kind) => ({ kind, notes: notes.filter((n) => n.kind === kind) })).filter(
    (g) => g.notes.length > 0,
  );
}
