import { describe, expect, test } from 'vitest';
import { citationLabel, englishCitedAs, englishLocator } from '../../src/lib/citation-label';

const sokolov = {
  shortForms: ['ソコロフ', 'ソコロフ 1983'],
  shortEn: { ソコロフ: 'Sokolov', 'ソコロフ 1983': 'Sokolov 1983' },
};
const letters = {
  shortForms: ['書簡', '書簡 2008'],
  shortEn: { 書簡: 'Correspondence', '書簡 2008': 'Correspondence 2008' },
};
const yoshizawa = { shortForms: ['芳澤 1961', '芳澤'], shortEn: { '芳澤 1961': 'Yoshizawa 1961', 芳澤: 'Yoshizawa' } };
const ngb = { shortForms: ['日本外交文書', '外文'], shortEn: { 日本外交文書: 'Nihon gaikō bunsho', 外文: 'NGB' } };
const asahi = { shortForms: ['東京朝日新聞'], shortEn: { 東京朝日新聞: 'Tokyo Asahi Shimbun' } };
const dvp = { shortForms: ['ДВП СССР'] };

describe('englishCitedAs', () => {
  test.each([
    ['ソコロフ 127', sokolov, 'Sokolov 127'],
    ['ソコロフ127', sokolov, 'Sokolov 127'],
    ['ソコロフ 1983', sokolov, 'Sokolov 1983'],
    ['書簡93', letters, 'Correspondence 93'],
    ['書簡 222', letters, 'Correspondence 222'],
    ['芳澤 1961:77-78', yoshizawa, 'Yoshizawa 1961:77-78'],
    ['日本外交文書 大正12年第1冊 309文書', ngb, 'Nihon gaikō bunsho, Taishō 12, pt 1, doc. 309'],
    ['日本外交文書 大正9年第1冊下巻:796', ngb, 'Nihon gaikō bunsho, Taishō 9, pt 1 (lower vol.):796'],
    ['日本外交文書 大正12年第2冊 258文書付記一', ngb, 'Nihon gaikō bunsho, Taishō 12, pt 2, doc. 258, annex 1'],
    ['東京朝日新聞 1924年2月28日', asahi, 'Tokyo Asahi Shimbun 1924-02-28'],
    [
      '外務省外交史料館 1.3.2.50-2-1「雑件」第七巻',
      { shortForms: ['外務省外交史料館'], shortEn: { 外務省外交史料館: 'Diplomatic Archives' } },
      'Diplomatic Archives 1.3.2.50-2-1「雑件」, vol. 7',
    ],
    ['ДВП СССР Т. 2, С. 388-389', dvp, 'ДВП СССР Т. 2, С. 388-389'],
  ])('%s → %s', (citedAs, work, expected) => {
    expect(englishCitedAs(citedAs, work)).toBe(expected);
  });
});

test('a locator without Japanese words is kept', () => {
  expect(englishLocator(':77')).toBe(':77');
});

test("Japanese pages show the paper's form, English pages the English form", () => {
  const c = { work: 'sokolov-1983', pages: '127', citedAs: 'ソコロフ 127' };
  expect(citationLabel(c, sokolov, 'ja')).toBe('ソコロフ 127');
  expect(citationLabel(c, sokolov, 'en')).toBe('Sokolov 127');
  expect(citationLabel(c, undefined, 'en')).toBe('ソコロフ 127');
});
