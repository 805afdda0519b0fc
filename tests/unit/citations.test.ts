import { describe, expect, test } from 'vitest';
import {
  buildShortFormIndex,
  pageNumbers,
  pagesOutOfRange,
  resolveCitation,
  workPageRange,
} from '../../src/lib/citations';

const index = buildShortFormIndex([
  { id: 'sokolov-1983', shortForms: ['ソコロフ'] },
  { id: 'perepiska-2008', shortForms: ['書簡'] },
  { id: 'yoshizawa-1961', shortForms: ['芳澤 1961', '芳澤'] },
  { id: 'yoshizawa-1990', shortForms: ['芳澤 1990', '芳澤'] },
  { id: 'nihon-gaiko-bunsho', shortForms: ['日本外交文書'] },
]);

describe('resolveCitation', () => {
  test.each([
    ['ソコロフ 127', 'sokolov-1983', '127'],
    ['ソコロフ127', 'sokolov-1983', '127'],
    ['書簡93', 'perepiska-2008', '93'],
    ['書簡 90-92', 'perepiska-2008', '90-92'],
    ['芳澤 1961:77', 'yoshizawa-1961', '77'],
    ['芳澤 1990', 'yoshizawa-1990', null],
    ['日本外交文書 大正13年第1冊:123', 'nihon-gaiko-bunsho', '大正13年第1冊:123'],
  ])('%s → %s p. %s', (citedAs, work, pages) => {
    expect(resolveCitation(citedAs, index)).toEqual({ ok: true, citation: { work, pages, citedAs } });
  });

  test('unknown short form', () => {
    expect(resolveCitation('モスクワ 241', index)).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown short citation "モスクワ 241"'),
    });
  });
  test('a short form shared by two works is ambiguous', () => {
    expect(resolveCitation('芳澤 77', index)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ambiguous.*yoshizawa-1961, yoshizawa-1990/),
    });
  });
  test('a short form must end at a boundary', () => {
    expect(resolveCitation('ソコロフスキー 1', index)).toMatchObject({ ok: false });
  });
});

describe('pages', () => {
  test.each([
    ['127', [127]],
    ['90-92', [90, 92]],
    ['188,215-218', [188, 215, 218]],
    ['大正13年第1冊:123', null],
  ])('pageNumbers(%s)', (pages, numbers) => {
    expect(pageNumbers(pages)).toEqual(numbers);
  });
  test('range check against the work', () => {
    expect(workPageRange('77-81')).toEqual([77, 81]);
    expect(workPageRange(undefined)).toBeNull();
    expect(pagesOutOfRange('79', [77, 81])).toEqual([]);
    expect(pagesOutOfRange('76-82', [77, 81])).toEqual([76, 82]);
    expect(pagesOutOfRange('99', null)).toEqual([]);
  });
});
