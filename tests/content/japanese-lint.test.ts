/** The Japanese a reader sees passes textlint (.textlintrc.json), and a problem is reported with its file and field. */
import { afterAll, describe, expect, test } from 'vitest';
import { lintJapanese } from '../../scripts/lint-ja';
import { accountProse, japaneseBody, japaneseFields } from '../../src/lib/lint/japanese-texts';
import { miniCorpus } from '../support/mini-corpus';

const corpus = miniCorpus();
afterAll(() => corpus.cleanup());

describe('Japanese textlint', () => {
  test('the UI strings and the whole content pass', async () => {
    expect(await lintJapanese()).toEqual([]);
  }, 300_000);

  test('a spacing problem in a note is reported with the file and the field', async () => {
    corpus.write('places/beijing.yaml', 'name: { ja: "北京", en: "Beijing" }\nyomi: ぺきん\ndescription: { ja: "中華民国の首都 北京", en: "Capital" }\n');
    const problems = await lintJapanese(corpus.dir);
    expect(problems.filter((p) => p.file.endsWith('places/beijing.yaml')).map((p) => [p.field, p.rule])).toEqual([['description.ja', 'ja-spacing/ja-no-space-between-full-width']]);
  }, 300_000);

  test('what is linted: ja fields and the ja body, without markers and short citations', () => {
    expect(japaneseFields({ title: { ja: 'あ', en: 'a' }, notes: [{ ja: 'い', en: 'i' }] })).toEqual([{ field: 'title.ja', text: 'あ' }, { field: 'notes[0].ja', text: 'い' }]);
    expect(japaneseBody('## ja\n\n● 一。(ソコロフ 127)\n\n二。\n\n## en\n\nOne.\n')).toEqual(['● 一。(ソコロフ 127)', '二。']);
    expect(accountProse('★ カラハンは弔意を伝えた。(ソコロフ 127)')).toBe('カラハンは弔意を伝えた。');
    expect(accountProse('[omsk] 報告した。(Победа Советской власти С. 117; Колчак и интервенция С. 152)')).toBe('報告した。');
  });
});
