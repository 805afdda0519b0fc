/** Each work is formatted in the citation form of its own language, by CSL styles (src/csl/). */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content/load';
import { formatItem, formatReference, refLanguage, withKatakanaSeparators } from '../../src/lib/references';
import { CONTENT } from '../support/paths';

const works = loadCorpus(CONTENT).works;
const ref = (id: string) => formatReference(works.get(id)!);

describe('Japanese works: the Japanese humanities form', () => {
  test.each([
    ['ozawa-1987', '小澤治子「第一次日ソ国交樹立とソ連の交渉ストラテジー」『法學研究』60巻11号（1987年11月）67–88頁'],
    ['asada-2014', '麻田雅文『満蒙：日露中の「最前線」』講談社、2014年'],
    ['nakano-1964', '中野敬士編『芳澤謙吉自伝』時事通信社出版局、1964年'],
    ['kawakami-1924', '川上俊彦「対露交渉の先決問題」『外交時報』468号（1924年6月1日）15頁'],
    [
      'fujimoto-1993',
      '藤本和貴男「ロシア革命と日ソ基本条約の締結 (1917~1925)」ロシア史研究会編『日露 200 年：隣国ロシアとの交流史』彩流社、1993年、163–180頁',
    ],
    ['nihon-gaiko-bunsho', '『日本外交文書』'],
  ])('%s', (id, text) => {
    expect(ref(id)).toBe(text);
  });
  test('a katakana name keeps 「・」 between its parts', () => {
    expect(ref('shulatov')).toMatch(/^シュラトフ・ヤロスラブ「/);
    expect(withKatakanaSeparators({ author: [{ family: '小澤', given: '治子' }] })).toEqual({
      author: [{ family: '小澤', given: '治子' }],
    });
  });
  test('no Western punctuation, no "n.d."', () => {
    for (const w of works.values()) {
      if (refLanguage(w.csl) !== 'ja') continue;
      expect(ref(w.id), w.id).not.toMatch(/n\.d\.|“|”|\.$/);
    }
  });
});

describe('Russian works: GOST R 7.0.5-2008, in Russian', () => {
  test.each([
    [
      'sokolov-1983',
      'Соколов В. В. На боевых постах дипломатического фронта: жизнь и деятельность Л. М. Карахана. М., 1983.',
    ],
    ['milyukov-1991', 'Милюков П. Н. Воспоминания. М., 1991.'],
  ])('%s', (id, text) => {
    expect(ref(id)).toBe(text);
  });
  test('no English words and no list numbers', () => {
    for (const w of works.values()) {
      if (refLanguage(w.csl) !== 'ru') continue;
      expect(ref(w.id), w.id).not.toMatch(/\b(and|ed\.|eds\.|n\.d\.|edited)\b|^\d+\. /);
    }
  });
});

test('English works: Chicago bibliography', () => {
  expect(ref('ulam-1968')).toBe(
    'Ulam, A. B. Expansion and Coexistence: The History of Soviet Foreign Policy 1917-1967. Praeger, 1968.',
  );
  expect(
    formatItem(
      {
        id: 'x',
        type: 'book',
        title: 'T',
        author: [{ family: 'Lensen', given: 'George' }],
        issued: { 'date-parts': [[1970]] },
        publisher: 'Sophia University',
      },
      'en',
    ),
  ).toBe('Lensen, George. T. Sophia University, 1970.');
});

test.each([
  [{ title: 'Воспоминания' }, 'ru'],
  [{ title: '日本外交文書' }, 'ja'],
  [{ title: 'Foreign Relations of the United States' }, 'en'],
  [{ title: 'Moscow-Tokyo', language: 'ru-RU' }, 'ru'],
])('refLanguage(%j) = %s', (item, lang) => {
  expect(refLanguage(item)).toBe(lang);
});
