import { describe, expect, test } from 'vitest';
import { byName, type Named } from '../../src/lib/names';

const person = (ja: string, en: string, yomi: string): Named => ({ name: { ja, en }, yomi });
const goto = person('後藤新平', 'Gotō Shinpei', 'ごとう しんぺい');
const inukai = person('犬養毅', 'Inukai Tsuyoshi', 'いぬかい つよし');
const katoT = person('加藤高明', 'Katō Takaaki', 'かとう たかあき');
const katoY = person('加藤友三郎', 'Katō Tomosaburō', 'かとう ともさぶろう');
const joffe = person('アドリフ・ヨッフェ', 'Adolph Joffe', 'アドリフ・ヨッフェ');
const lenin = person('ウラジーミル・レーニン', 'Vladimir Lenin', 'ウラジーミル・レーニン');
const smirnov = person('イヴァン・スミルノフ', 'Ivan Smirnov', 'イヴァン・スミルノフ');

describe('byName', () => {
  test('Japanese: by reading, hiragana and katakana filed together in gojūon order, not by code point', () => {
    const sorted = [goto, katoY, lenin, inukai, katoT, joffe, smirnov].sort(byName('ja')).map((p) => p.name.ja);
    expect(sorted).toEqual([
      'アドリフ・ヨッフェ',
      'イヴァン・スミルノフ',
      '犬養毅',
      'ウラジーミル・レーニン',
      '加藤高明',
      '加藤友三郎',
      '後藤新平',
    ]);
  });
  test('English: by the English form, accents aside', () => {
    const sorted = [goto, katoY, lenin, inukai, katoT, joffe].sort(byName('en')).map((p) => p.name.en);
    expect(sorted).toEqual([
      'Adolph Joffe',
      'Gotō Shinpei',
      'Inukai Tsuyoshi',
      'Katō Takaaki',
      'Katō Tomosaburō',
      'Vladimir Lenin',
    ]);
  });
});
