/** The one rule for side columns, used by the event page, the detail panel and the slides. */
import { describe, expect, test } from 'vitest';
import { SIDE_KINDS, sideColumns, SLUG_PATTERN, type SideKind } from '../../src/domain/vocabulary';

const accounts = (...kinds: SideKind[]) => kinds.map((kind, i) => ({ kind, n: i }));
const kinds = (columns: Array<{ kind: SideKind }>) => columns.map((c) => c.kind);

describe('sideColumns', () => {
  test('● and ★ always, even empty; other sides and context only when present', () => {
    expect(kinds(sideColumns(accounts('soviet'), (a) => a.kind))).toEqual(['japanese', 'soviet']);
    expect(sideColumns(accounts('soviet'), (a) => a.kind)[0]!.accounts).toEqual([]);
    expect(kinds(sideColumns(accounts('context', 'other', 'japanese'), (a) => a.kind))).toEqual([
      'japanese',
      'soviet',
      'other',
      'context',
    ]);
  });
  test('accounts keep their order within a column', () => {
    const columns = sideColumns(accounts('soviet', 'japanese', 'soviet'), (a) => a.kind);
    expect(columns[1]!.accounts.map((a) => a.n)).toEqual([0, 2]);
  });
  test('only the kinds the view shows', () => {
    expect(
      kinds(
        sideColumns(accounts('japanese', 'soviet', 'context'), (a) => a.kind, new Set<SideKind>(['soviet', 'context'])),
      ),
    ).toEqual(['soviet', 'context']);
  });
  test('side kinds are in reading order; ids are ASCII slugs', () => {
    expect(SIDE_KINDS).toEqual(['japanese', 'soviet', 'other', 'context']);
    expect(['1923-09-22-first-meeting', 'omsk'].every((id) => SLUG_PATTERN.test(id))).toBe(true);
    expect(['First-Meeting', '1924-会見', 'a--b', '-a'].some((id) => SLUG_PATTERN.test(id))).toBe(false);
  });
});
