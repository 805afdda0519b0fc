/**
 * Every kind of broken entry is rejected with the file and the field named. Each case breaks one thing in
 * a copy of the small valid fixture corpus (tests/fixtures/mini-content) and runs the real validator.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { ROOT } from '../support/paths';
import { astroBuild } from '../support/build';

const EVENT = 'events/1923-09-22-first-meeting.md';
const LATE_FEB = 'events/1924-02-21-late-february.md';
const OCTOBER = 'events/1917-11-07-october-revolution.md';

interface Case {
  kind: string;
  breakIt: (c: MiniCorpus) => void;
  file: string;
  field: string | RegExp;
  message: RegExp;
}

const cases: Case[] = [
  { kind: 'impossible day', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-02-30'), file: EVENT, field: 'date', message: /not a valid EDTF date/ },
  { kind: 'impossible month', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-13-01'), file: EVENT, field: 'date', message: /not a valid EDTF date/ },
  { kind: 'reversed range', breakIt: (c) => c.edit(LATE_FEB, 'date: 1924-02-21/1924-02-29', 'date: 1924-02-29/1924-02-21'), file: LATE_FEB, field: 'date', message: /not a valid EDTF date/ },
  { kind: 'date that is not EDTF', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923年9月22日'), file: EVENT, field: 'date', message: /not a valid EDTF date/ },
  { kind: 'EDTF season', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-21'), file: EVENT, field: 'date', message: /Season/ },
  { kind: 'missing date', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22\n', ''), file: EVENT, field: 'date', message: /./ },
  { kind: 'unknown marker', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', '☆ 芳澤のもとに'), file: EVENT, field: 'body.ja[0].marker', message: /unknown marker "☆"/ },
  { kind: 'unknown labelled side', breakIt: (c) => c.edit(EVENT, /\[omsk\]/g, '[kgb]'), file: EVENT, field: 'body.ja[2].marker', message: /unknown marker "\[kgb\]"/ },
  { kind: 'unknown short citation', breakIt: (c) => c.edit(EVENT, /ソコロフ 127/g, 'ソコロワ 127'), file: EVENT, field: 'body.ja[1].citations', message: /unknown short citation "ソコロワ 127"/ },
  { kind: 'ambiguous short citation', breakIt: (c) => c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 77'), file: LATE_FEB, field: 'body.ja[0].citations', message: /ambiguous short citation "芳澤 77"/ },
  { kind: 'page outside the work', breakIt: (c) => c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 1961:99'), file: LATE_FEB, field: 'body.ja[0].citations', message: /page 99 is outside yoshizawa-1961's pages 77-81/ },
  { kind: 'empty item in a citation group', breakIt: (c) => c.edit(EVENT, /\(中野 92\)/g, '(中野 92; )'), file: EVENT, field: 'body.ja[0].citations', message: /empty item/ },
  { kind: 'duplicate id', breakIt: (c) => c.write('works/sokolov-1983.yml', c.read('works/sokolov-1983.yaml')), file: 'works/sokolov-1983.yml', field: 'id', message: /duplicate id "sokolov-1983"/ },
  { kind: 'id that is not a slug', breakIt: (c) => { c.write('events/1924-03-Meeting.md', c.read(LATE_FEB)); }, file: 'events/1924-03-Meeting.md', field: 'id', message: /not an ASCII slug/ },
  { kind: 'id with non-ASCII', breakIt: (c) => { c.write('events/1924-会見.md', c.read(LATE_FEB)); }, file: 'events/1924-会見.md', field: 'id', message: /not an ASCII slug/ },
  { kind: 'missing English title', breakIt: (c) => c.edit(EVENT, '  en: First meeting of Karakhan and Yoshizawa\n', ''), file: EVENT, field: 'title.en', message: /./ },
  { kind: 'blank Japanese title', breakIt: (c) => c.edit(EVENT, 'ja: カラハンと芳澤の初会見', "ja: ' '"), file: EVENT, field: 'title.ja', message: /Japanese text \(ja\) is missing/ },
  { kind: 'missing English section', breakIt: (c) => c.write(OCTOBER, c.read(OCTOBER).replace(/## en[\s\S]*$/, '')), file: OCTOBER, field: 'body.en', message: /section "## en" is missing/ },
  { kind: 'account missing in English', breakIt: (c) => c.edit(EVENT, '★ Karakhan proposed formal talks. (ソコロフ 127)\n', ''), file: EVENT, field: 'body', message: /"## ja" has 4 account\(s\) but "## en" has 3/ },
  { kind: 'marker differs between languages', breakIt: (c) => c.edit(EVENT, '★ Karakhan proposed', '● Karakhan proposed'), file: EVENT, field: 'body.en[1].marker', message: /does not match/ },
  { kind: 'citations differ between languages', breakIt: (c) => c.edit(EVENT, 'Karakhan proposed formal talks. (ソコロフ 127)', 'Karakhan proposed formal talks. (ソコロフ 128)'), file: EVENT, field: 'body.en[1].citations', message: /differ from the Japanese/ },
  { kind: 'empty account', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとにカラハンがあいさつに来た。(中野 92)', '● (中野 92)'), file: EVENT, field: 'body.ja[0].text', message: /no text/ },
  { kind: 'event without accounts', breakIt: (c) => c.write(OCTOBER, c.read(OCTOBER).replace(/## ja[\s\S]*$/, '## ja\n\n## en\n')), file: OCTOBER, field: /accounts\.ja/, message: /at least one account/ },
  { kind: 'reference to a missing event', breakIt: (c) => c.edit(EVENT, 'related: [1924-02-21-late-february]', 'related: [1924-02-22-nowhere]'), file: EVENT, field: 'related[0]', message: /unknown event "1924-02-22-nowhere"/ },
  { kind: 'unknown person', breakIt: (c) => c.edit(EVENT, 'people: [karakhan, yoshizawa-kenkichi]', 'people: [karakhan, yoshizawa]'), file: EVENT, field: 'people[1]', message: /unknown person "yoshizawa"/ },
  { kind: 'unknown place', breakIt: (c) => c.edit(EVENT, 'places: [beijing]', 'places: [peking]'), file: EVENT, field: 'places[0]', message: /unknown place "peking"/ },
  { kind: 'unknown theme', breakIt: (c) => c.edit(EVENT, 'themes: [beijing-talks]', 'themes: [peking-talks]'), file: EVENT, field: 'themes[0]', message: /unknown theme "peking-talks"/ },
  { kind: 'unknown paper', breakIt: (c) => c.edit(LATE_FEB, 'paper: shimosato', 'paper: sokolov-1983'), file: LATE_FEB, field: 'paper', message: /not one of the papers/ },
  { kind: 'account cites a paper the event does not list', breakIt: (c) => c.edit(EVENT, /alsoIn:\n  - paper: ozawa-1987\n    locator: \{ ja: "一-2", en: "part 1, section 2" \}\n/, ''), file: EVENT, field: 'body.ja[3].citations', message: /neither the event's paper nor in alsoIn/ },
  { kind: 'malformed YAML', breakIt: (c) => c.edit(EVENT, 'title:\n  ja:', 'title:\n ja: [\n  ja:'), file: EVENT, field: /yaml/, message: /malformed YAML/ },
  { kind: 'malformed YAML in a work', breakIt: (c) => c.write('works/nakano-1964.yaml', 'role: cited\nside: [japanese\n'), file: 'works/nakano-1964.yaml', field: /yaml/, message: /malformed YAML/ },
  { kind: 'no front matter', breakIt: (c) => c.write(OCTOBER, '## ja\n\nx\n\n## en\n\nx\n'), file: OCTOBER, field: 'front matter', message: /must start with YAML front matter/ },
  { kind: 'misspelt field', breakIt: (c) => c.edit(LATE_FEB, 'title:', 'titel:'), file: LATE_FEB, field: /\(entry\)|title/, message: /./ },
  { kind: 'Old Style date that does not convert to the date', breakIt: (c) => c.edit(OCTOBER, 'oldStyle: 1917-10-25', 'oldStyle: 1917-10-24'), file: OCTOBER, field: 'oldStyle', message: /is 1917-11-06 in the Gregorian calendar/ },
  { kind: 'Old Style date after the calendar reform', breakIt: (c) => c.edit(LATE_FEB, 'dateAsWritten:', 'oldStyle: 1924-02-08\ndateAsWritten:'), file: LATE_FEB, field: 'oldStyle', message: /Gregorian calendar from 1918-02-14/ },
  { kind: 'unexpected file', breakIt: (c) => c.write('events/notes.txt', 'x'), file: 'events/notes.txt', field: '(file)', message: /unexpected file/ },
  { kind: 'list instead of paragraphs in the body', breakIt: (c) => c.edit(OCTOBER, 'ボリシェヴィキが権力を握った。', '- ボリシェヴィキが権力を握った。'), file: OCTOBER, field: 'body.ja', message: /only paragraphs/ },
  { kind: 'work without short forms', breakIt: (c) => c.edit('works/sokolov-1983.yaml', /shortForms: \[.*\]/, 'shortForms: []'), file: 'works/sokolov-1983.yaml', field: 'shortForms', message: /at least one short form/ },
  { kind: 'work with an unknown side', breakIt: (c) => c.edit('works/sokolov-1983.yaml', 'side: soviet', 'side: martian'), file: 'works/sokolov-1983.yaml', field: 'side', message: /unknown side "martian"/ },
  { kind: 'note without a kind', breakIt: (c) => c.edit(EVENT, '  - kind: editorial\n    ja: テスト用の注記。', '  - ja: テスト用の注記。'), file: EVENT, field: 'notes.0.kind', message: /kind must be one of discrepancy, editorial, source-text/ },
  { kind: 'note of an unknown kind', breakIt: (c) => c.edit(EVENT, '  - kind: editorial', '  - kind: layout'), file: EVENT, field: 'notes.0.kind', message: /kind must be one of/ },
  { kind: 'English short form for a form the work does not have', breakIt: (c) => c.edit('works/sokolov-1983.yaml', 'shortEn: { ソコロフ: Sokolov, ソコロフ 1983: Sokolov 1983 }', 'shortEn: { ソコロワ: Sokolova }'), file: 'works/sokolov-1983.yaml', field: 'shortEn', message: /every key of shortEn must be one of the work's shortForms/ },
  { kind: 'event related to itself', breakIt: (c) => c.edit(EVENT, 'related: [1924-02-21-late-february]', 'related: [1923-09-22-first-meeting]'), file: EVENT, field: 'related', message: /itself/ },
  { kind: 'person without an English name', breakIt: (c) => c.write('people/karakhan.yaml', 'name: { ja: カラハン }\n'), file: 'people/karakhan.yaml', field: 'name.en', message: /./ },
  { kind: 'side with two markers alike', breakIt: (c) => c.write('sides/omsk.yaml', 'marker: "★"\nkind: soviet\nlabel: { ja: 偽, en: Fake }\n'), file: 'sides/soviet.yaml', field: 'marker', message: /also used by omsk/ },
  { kind: 'published event removed without a redirect', breakIt: (c) => c.remove(OCTOBER), file: 'published-ids.txt', field: 'line 1', message: /published event id "1917-11-07-october-revolution" is neither an event nor redirected/ },
  { kind: 'redirect to a missing event', breakIt: (c) => { c.remove(OCTOBER); c.write('redirects.yaml', '1917-11-07-october-revolution: 1917-11-07-nowhere\n'); }, file: 'redirects.yaml', field: '1917-11-07-october-revolution', message: /redirects to unknown event "1917-11-07-nowhere"/ },
  { kind: 'redirect from an id that is still an event', breakIt: (c) => c.write('redirects.yaml', '1924-02-21-late-february: 1923-09-22-first-meeting\n'), file: 'redirects.yaml', field: '1924-02-21-late-february', message: /still an event/ },
  { kind: 'event id not in the published list', breakIt: (c) => c.edit('published-ids.txt', '1924-02-21-late-february\n', ''), file: LATE_FEB, field: 'id', message: /^new event id not in content\/published-ids\.txt: run npm run ids:update$/ },
  { kind: 'published list missing', breakIt: (c) => c.remove('published-ids.txt'), file: 'published-ids.txt', field: '(file)', message: /missing: run npm run ids:update/ },
  { kind: 'published list with a line that is not an id', breakIt: (c) => c.write('published-ids.txt', `${c.read('published-ids.txt')}First Meeting\n`), file: 'published-ids.txt', field: 'line 4', message: /"First Meeting" is not an event id/ },
  { kind: 'malformed redirects YAML', breakIt: (c) => c.write('redirects.yaml', '1917-11-07-october-revolution: [\n'), file: 'redirects.yaml', field: /yaml/, message: /malformed YAML/ },
];

let corpus: MiniCorpus | null = null;
afterEach(() => {
  corpus?.cleanup();
  corpus = null;
});

test('the fixture corpus itself is valid', () => {
  corpus = miniCorpus();
  expect(validateContent(readContent(corpus.dir)).problems).toEqual([]);
});

describe('broken entries are rejected, naming file and field', () => {
  test.each(cases)('$kind', ({ breakIt, file, field, message }) => {
    corpus = miniCorpus();
    breakIt(corpus);
    const { problems } = validateContent(readContent(corpus.dir));
    expect(problems).toContainEqual(expect.objectContaining({
      file: `content/${file}`,
      field: typeof field === 'string' ? field : expect.stringMatching(field),
      message: expect.stringMatching(message),
    }));
  });
  test('there are at least 25 kinds', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(25);
  });
});

test('npm run validate prints file and field and exits non-zero', () => {
  corpus = miniCorpus();
  corpus.edit(EVENT, /ソコロフ 127/g, 'ソコロワ 127');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'validate.ts'), corpus.dir], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('content/events/1923-09-22-first-meeting.md: body.ja[1].citations: unknown short citation "ソコロワ 127"');
});

test('the build stops on a bad entry and says where', () => {
  corpus = miniCorpus();
  corpus.edit(LATE_FEB, 'date: 1924-02-21/1924-02-29', 'date: 1924-02-29/1924-02-21');
  const result = astroBuild({ contentDir: corpus.dir, outDir: join(corpus.dir, '..', 'dist') });
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('content/events/1924-02-21-late-february.md: date: "1924-02-29/1924-02-21" is not a valid EDTF date');
});
