import { describe, expect, test } from 'vitest';
import { fitScale, splitColumns, textUnits } from '../../src/lib/slide-parts';

describe('textUnits', () => {
  test.each([
    ['Karakhan', 8],
    ['カラハン', 8],
    ['芳澤謙吉', 8],
    ['（ソコロフ 127）', 2 + 8 + 1 + 3 + 2],
    ['', 0],
  ])('%s → %i', (text, units) => expect(textUnits(text)).toBe(units));
});

describe('splitColumns', () => {
  const size = (n: number) => n;
  test('what fits stays on one part, every column kept, even an empty one', () => {
    expect(
      splitColumns(
        [
          { kind: 'japanese', accounts: [] },
          { kind: 'soviet', accounts: [300, 300] },
        ],
        size,
        2000,
      ),
    ).toEqual([
      [
        { kind: 'japanese', accounts: [] },
        { kind: 'soviet', accounts: [300, 300] },
      ],
    ]);
  });
  test('each running column gets its share of the budget; later parts only have the columns that run on', () => {
    const parts = splitColumns(
      [
        { kind: 'japanese', accounts: [600, 600, 600] },
        { kind: 'soviet', accounts: [400] },
      ],
      size,
      2000,
    );
    expect(parts).toEqual([
      [
        { kind: 'japanese', accounts: [600] },
        { kind: 'soviet', accounts: [400] },
      ],
      [{ kind: 'japanese', accounts: [600, 600] }],
    ]);
  });
  test('an account longer than its share is never cut: it gets a part of its own', () => {
    expect(splitColumns([{ kind: 'context', accounts: [5000, 100] }], size, 2000)).toEqual([
      [{ kind: 'context', accounts: [5000] }],
      [{ kind: 'context', accounts: [100] }],
    ]);
  });
  test('no columns: one empty part', () => {
    expect(splitColumns([], size, 2000)).toEqual([[]]);
  });
});

describe('fitScale', () => {
  test('the largest scale that does not overflow, within the bounds', () => {
    const found = fitScale((s) => s > 1.2, 0.7, 1.6)!;
    expect(found).toBeLessThanOrEqual(1.2);
    expect(found).toBeGreaterThan(1.19);
    expect(fitScale(() => false, 0.7, 1.6)).toBe(1.6);
    expect(fitScale(() => true, 0.7, 1.6)).toBeNull();
  });
});
