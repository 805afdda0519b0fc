/**
 * The questions at stake are validated like every other entry: each broken question names its file and field,
 * and a charted figure must be written in the account it cites.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';

const QUESTION = 'questions/first-contacts.yaml';
const MEASURE = `measure:
  label: { ja: 割合, en: Share }
  positions:
    - { event: 1923-09-22-first-meeting, account: 2, party: soviet, value: 40, label: { ja: 提示, en: Offer } }
    - { event: 1923-09-22-first-meeting, account: 1, party: japanese, value: 60, label: { ja: 要求, en: Demand } }
`;

interface Case {
  kind: string;
  breakIt: (c: MiniCorpus) => void;
  field: string;
  message: RegExp;
}

const cases: Case[] = [
  { kind: 'unknown theme', breakIt: (c) => c.edit(QUESTION, 'themes: [beijing-talks]', 'themes: [beijing-talk]'), field: 'themes[0]', message: /unknown theme "beijing-talk"/ },
  { kind: 'no theme', breakIt: (c) => c.edit(QUESTION, 'themes: [beijing-talks]', 'themes: []'), field: 'themes', message: /at least one theme/ },
  { kind: 'missing English title', breakIt: (c) => c.edit(QUESTION, 'title: { ja: 最初の接触, en: First contacts }', 'title: { ja: 最初の接触 }'), field: 'title.en', message: /./ },
  { kind: 'blank Japanese summary', breakIt: (c) => c.edit(QUESTION, 'summary: { ja: テスト用の争点。', "summary: { ja: ' '"), field: 'summary.ja', message: /Japanese text \(ja\) is missing/ },
  { kind: 'introduction without citation', breakIt: (c) => c.edit(QUESTION, '    cites: [ソコロフ 127]\n', ''), field: 'intro.0.cites', message: /./ },
  { kind: 'unknown citation in the introduction', breakIt: (c) => c.edit(QUESTION, 'cites: [ソコロフ 127]', 'cites: [ソコロワ 127]'), field: 'intro[0].cites', message: /unknown short citation "ソコロワ 127"/ },
  { kind: 'unknown field', breakIt: (c) => c.edit(QUESTION, 'order: 1\n', 'order: 1\nsides: [japanese]\n'), field: '(entry)', message: /unknown field\(s\): sides/ },
  { kind: 'unknown event in accountsOf', breakIt: (c) => c.edit(QUESTION, '1923-09-22-first-meeting: [1, 2]', '1923-09-23-nowhere: [1]'), field: 'accountsOf.1923-09-23-nowhere', message: /unknown event/ },
  { kind: 'account number past the end', breakIt: (c) => c.edit(QUESTION, '1923-09-22-first-meeting: [1, 2]', '1923-09-22-first-meeting: [1, 9]'), field: 'accountsOf.1923-09-22-first-meeting', message: /there is no account 9/ },
  { kind: 'event outside the question', breakIt: (c) => c.edit(QUESTION, '1923-09-22-first-meeting: [1, 2]', '1917-11-07-october-revolution: [1]'), field: 'accountsOf.1917-11-07-october-revolution', message: /none of the question's themes/ },
  { kind: 'figure not written in the cited account', breakIt: (c) => c.write(QUESTION, c.read(QUESTION) + MEASURE), field: 'measure.positions[0].value', message: /does not state 40: a position must be written in the account it cites/ },
  { kind: 'position on an unknown event', breakIt: (c) => c.write(QUESTION, c.read(QUESTION) + MEASURE.replace('event: 1923-09-22-first-meeting, account: 2', 'event: 1923-09-23-nowhere, account: 2')), field: 'measure.positions[0].event', message: /unknown event "1923-09-23-nowhere"/ },
  { kind: 'position on a missing account', breakIt: (c) => c.write(QUESTION, c.read(QUESTION) + MEASURE.replace('account: 2', 'account: 7')), field: 'measure.positions[0].account', message: /has 4 account\(s\), not 7/ },
  { kind: 'reversed range', breakIt: (c) => c.write(QUESTION, c.read(QUESTION) + MEASURE.replace('value: 40', 'value: [20, 15]')), field: 'measure.positions.0.value', message: /low < high/ },
  { kind: 'unknown party', breakIt: (c) => c.write(QUESTION, c.read(QUESTION) + MEASURE.replace('party: soviet', 'party: omsk')), field: 'measure.positions.0.party', message: /./ },
];

describe('questions at stake: validation', () => {
  let corpus: MiniCorpus | null = null;
  afterEach(() => corpus?.cleanup());

  test('the fixture question is valid and resolved', () => {
    corpus = miniCorpus();
    const { corpus: resolved, problems } = validateContent(readContent(corpus.dir));
    expect(problems).toEqual([]);
    const question = resolved.questions.get('first-contacts')!;
    expect(question.introCitations[0]).toEqual([{ work: 'sokolov-1983', pages: '127', citedAs: 'ソコロフ 127' }]);
    expect(question.accountsOf).toEqual({ '1923-09-22-first-meeting': [1, 2] });
  });

  test('a corpus without a questions folder is still valid', () => {
    corpus = miniCorpus();
    corpus.remove(QUESTION);
    const { corpus: resolved, problems } = validateContent(readContent(corpus.dir));
    expect(problems).toEqual([]);
    expect(resolved.questions.size).toBe(0);
  });

  test.each(cases)('rejects $kind, naming the file and field', ({ breakIt, field, message }) => {
    corpus = miniCorpus();
    breakIt(corpus);
    const { problems } = validateContent(readContent(corpus.dir));
    const problem = problems.find((p) => p.file.endsWith(QUESTION) && p.field === field);
    expect(problem, `problems were: ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem!.message).toMatch(message);
  });
});
