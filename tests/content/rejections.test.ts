/**
 * Every kind of slip is rejected with the file, the line and the field named, and valid variants are accepted.
 * Each case breaks one thing in a copy of the small valid fixture corpus (tests/fixtures/mini-content) and runs
 * what `npm run validate` runs (checkContent): exit 1, and the problem printed as `file:line: field: message`.
 * The slips are those a contributor makes, many on Windows with a Japanese IME: a byte-order mark, Shift_JIS,
 * full-width brackets and colons, 〇 for a marker, punctuation after the citation group.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem, type ContentProblem } from '../../src/lib/content/problems';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { ROOT } from '../support/paths';

const EVENT = 'events/1923-09-22-first-meeting.md';
const LATE_FEB = 'events/1924-02-21-late-february.md';
const OCTOBER = 'events/1917-11-07-october-revolution.md';
const SOKOLOV = 'works/sokolov-1983.yaml';
const OZAWA = 'works/ozawa-1987.yaml';

/** Write bytes (an encoding other than UTF-8) into the corpus. */
const writeBytes = (c: MiniCorpus, path: string, bytes: Buffer) => writeFileSync(join(c.dir, path), bytes);
/** Add an event copied from the late-February one, with its own id, date and front-matter extras, and list its id. */
function addEvent(c: MiniCorpus, id: string, date: string, extra = '') {
  c.write(`events/${id}.md`, c.read(LATE_FEB).replace('date: 1924-02-21/1924-02-29', `date: ${date}${extra}`));
  c.write('published-ids.txt', `${c.read('published-ids.txt')}${id}\n`);
}
/** "会見" in Shift_JIS (CP932): what a file saved by an old Windows editor holds. */
const SHIFT_JIS_KAIKEN = Buffer.from([0x89, 0xef, 0x8c, 0xa9]);

interface Case {
  kind: string;
  breakIt: (c: MiniCorpus) => void;
  file: string;
  field: string;
  /** The line the problem is on; null only for a problem about a file that is missing or not readable as a whole. */
  line: number | null;
  message: RegExp;
  /** Files that must have no problem (the slip is not blamed elsewhere). */
  notIn?: string;
}

const cases: Case[] = [
  // Dates
  { kind: 'impossible day', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-02-30'), file: EVENT, field: 'date', line: 2, message: /not a valid EDTF date/ },
  { kind: 'impossible month', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-13-01'), file: EVENT, field: 'date', line: 2, message: /not a valid EDTF date/ },
  { kind: 'reversed range', breakIt: (c) => c.edit(LATE_FEB, 'date: 1924-02-21/1924-02-29', 'date: 1924-02-29/1924-02-21'), file: LATE_FEB, field: 'date', line: 2, message: /not a valid EDTF date: invalid upper bound/ },
  { kind: 'date that is not EDTF', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923年9月22日'), file: EVENT, field: 'date', line: 2, message: /not a valid EDTF date/ },
  { kind: 'EDTF season', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-21'), file: EVENT, field: 'date', line: 2, message: /Season/ },
  { kind: 'missing date', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22\n', ''), file: EVENT, field: 'date', line: 2, message: /./ },
  { kind: '29 February of a year that is not a leap year', breakIt: (c) => addEvent(c, '1923-02-29-not-a-day', '1923-02-29'), file: 'events/1923-02-29-not-a-day.md', field: 'date', line: 2, message: /1923-02 has no day 29 \(1923 is not a leap year in the Gregorian calendar\)/ },
  { kind: '29 February at the end of a range', breakIt: (c) => c.edit(LATE_FEB, 'date: 1924-02-21/1924-02-29', 'date: 1924-02-21/1925-02-29'), file: LATE_FEB, field: 'date', line: 2, message: /1925-02 has no day 29/ },
  { kind: 'unspecified day digits (1923-09-XX)', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-09-XX'), file: EVENT, field: 'date', line: 2, message: /unspecified digits \(X\)/ },
  { kind: 'unspecified year digit (192X)', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 192X'), file: EVENT, field: 'date', line: 2, message: /unspecified digits \(X\).*1920\/1929/ },
  { kind: 'only part of the date qualified', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-?09-22'), file: EVENT, field: 'date', line: 2, message: /qualifies only part of the date/ },
  { kind: 'time of day', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-09-22T10:00'), file: EVENT, field: 'date', line: 2, message: /time of day/ },
  { kind: 'full-width digits in the date (IME)', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: １９２３-０９-２２'), file: EVENT, field: 'date', line: 2, message: /not a valid EDTF date/ },
  { kind: 'year typo that contradicts the id', breakIt: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1932-09-22'), file: EVENT, field: 'date', line: 2, message: /1932-09-22 does not agree with the file name "1923-09-22-first-meeting"/ },
  { kind: 'event id without a date', breakIt: (c) => { c.write('events/first-meeting-again.md', c.read(LATE_FEB)); }, file: 'events/first-meeting-again.md', field: 'id', line: 1, message: /must start with the date/ },
  { kind: 'unquoted dateAsWritten read as a number', breakIt: (c) => c.edit(EVENT, 'dateAsWritten: "9.22"', 'dateAsWritten: 9.20'), file: EVENT, field: 'dateAsWritten', line: 3, message: /write it in quotes.*number 9\.2 /s },
  { kind: 'Old Style date that does not convert to the date', breakIt: (c) => c.edit(OCTOBER, 'oldStyle: 1917-10-25', 'oldStyle: 1917-10-24'), file: OCTOBER, field: 'oldStyle', line: 3, message: /is 1917-11-06 in the Gregorian calendar/ },
  { kind: 'Old Style Julian leap day 1900-02-29 converted wrongly', breakIt: (c) => addEvent(c, '1900-03-14-julian-leap-day', '1900-03-14', '\noldStyle: 1900-02-29'), file: 'events/1900-03-14-julian-leap-day.md', field: 'oldStyle', line: 3, message: /Old Style 1900-02-29 is 1900-03-13 in the Gregorian calendar/ },
  { kind: 'Old Style 29 February of a year not leap in the Julian calendar', breakIt: (c) => addEvent(c, '1901-03-14-no-julian-leap-day', '1901-03-14', '\noldStyle: 1901-02-29'), file: 'events/1901-03-14-no-julian-leap-day.md', field: 'oldStyle', line: 3, message: /1901 is not a leap year in the Julian calendar/ },
  { kind: 'Old Style date after the calendar reform', breakIt: (c) => c.edit(LATE_FEB, 'dateAsWritten:', 'oldStyle: 1924-02-08\ndateAsWritten:'), file: LATE_FEB, field: 'oldStyle', line: 3, message: /Gregorian calendar from 1918-02-14/ },

  // Markers
  { kind: 'unknown marker', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', '☆ 芳澤のもとに'), file: EVENT, field: 'body.ja[0].marker', line: 23, message: /unknown marker "☆"/ },
  { kind: '〇 (the IME\'s "maru") as a marker', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', '〇 芳澤のもとに'), file: EVENT, field: 'body.ja[0].marker', line: 23, message: /unknown marker "〇"/ },
  { kind: '• bullet as a marker', breakIt: (c) => c.edit(EVENT, '● Karakhan called', '• Karakhan called'), file: EVENT, field: 'body.en[0].marker', line: 33, message: /unknown marker "•"/ },
  { kind: '・ (nakaguro) as a marker', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', '・ 芳澤のもとに'), file: EVENT, field: 'body.ja[0].marker', line: 23, message: /unknown marker "・"/ },
  { kind: 'side label in full-width brackets', breakIt: (c) => c.edit(EVENT, '[omsk] テスト用', '［omsk］ テスト用'), file: EVENT, field: 'body.ja[2].marker', line: 27, message: /full-width or Japanese brackets: write it with ASCII brackets, "\[omsk\]"/ },
  { kind: 'side label in 【】 brackets', breakIt: (c) => c.edit(EVENT, '[omsk] Another', '【omsk】 Another'), file: EVENT, field: 'body.en[2].marker', line: 37, message: /"\[omsk\]"/ },
  { kind: 'two markers on one account', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', '● ★ 芳澤のもとに'), file: EVENT, field: 'body.ja[0].marker', line: 23, message: /two markers/ },
  { kind: 'unknown labelled side', breakIt: (c) => c.edit(EVENT, /\[omsk\]/g, '[kgb]'), file: EVENT, field: 'body.ja[2].marker', line: 27, message: /unknown marker "\[kgb\]"/ },
  { kind: 'marker differs between languages', breakIt: (c) => c.edit(EVENT, '★ Karakhan proposed', '● Karakhan proposed'), file: EVENT, field: 'body.en[1].marker', line: 35, message: /does not match/ },

  // Citation groups
  { kind: 'full stop after the citation group (ja)', breakIt: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た(中野 92)。'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /"。" after the citation group/ },
  { kind: 'full stop after the citation group (en)', breakIt: (c) => c.edit(EVENT, 'called on Yoshizawa. (中野 92)', 'called on Yoshizawa (中野 92).'), file: EVENT, field: 'body.en[0].citations', line: 33, message: /"\." after the citation group/ },
  { kind: 'citation in tortoise-shell brackets 〔〕', breakIt: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た。〔書簡93〕'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /"〔書簡93〕" is in 〔 brackets/ },
  { kind: 'citation in lenticular brackets 【】', breakIt: (c) => c.edit(EVENT, '提案した。(ソコロフ 127)', '提案した。【ソコロフ 127】'), file: EVENT, field: 'body.ja[1].citations', line: 25, message: /in 【 brackets/ },
  { kind: 'citation group not closed', breakIt: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た。(中野 92'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /"\(中野 92" is not closed/ },
  { kind: 'citation group closed with nothing opened', breakIt: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た。中野 92)'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /do not pair up/ },
  { kind: 'account without a citation and not marked uncited', breakIt: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た。'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /does not end with a citation group.*\(uncited\)/ },
  { kind: 'uncited written another way', breakIt: (c) => c.edit(OCTOBER, '握った。 (uncited)', '握った。 (出典なし)'), file: OCTOBER, field: 'body.ja[0].citations', line: 11, message: /unknown short citation "出典なし".*"\(uncited\)"/ },
  { kind: 'two citations joined by 、', breakIt: (c) => c.edit(EVENT, /\(小澤 1987; 中野 92\)/g, '(小澤 1987、中野 92)'), file: EVENT, field: 'body.ja[3].citations', line: 29, message: /two citations joined by "、"/ },
  { kind: 'reversed page range in a citation', breakIt: (c) => c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 1961:81-77'), file: LATE_FEB, field: 'body.ja[0].citations', line: 11, message: /page range 81-77 runs backwards/ },
  { kind: 'unknown short citation', breakIt: (c) => c.edit(EVENT, /ソコロフ 127/g, 'ソコロワ 127'), file: EVENT, field: 'body.ja[1].citations', line: 25, message: /unknown short citation "ソコロワ 127"/ },
  { kind: 'ambiguous short citation', breakIt: (c) => c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 77'), file: LATE_FEB, field: 'body.ja[0].citations', line: 11, message: /ambiguous short citation "芳澤 77"/ },
  { kind: 'page outside the work', breakIt: (c) => c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 1961:99'), file: LATE_FEB, field: 'body.ja[0].citations', line: 11, message: /page 99 is outside yoshizawa-1961's pages 77-81/ },
  { kind: 'empty item in a citation group', breakIt: (c) => c.edit(EVENT, /\(中野 92\)/g, '(中野 92; )'), file: EVENT, field: 'body.ja[0].citations', line: 23, message: /empty item/ },
  { kind: 'citations differ between languages', breakIt: (c) => c.edit(EVENT, 'Karakhan proposed formal talks. (ソコロフ 127)', 'Karakhan proposed formal talks. (ソコロフ 128)'), file: EVENT, field: 'body.en[1].citations', line: 35, message: /differ from the Japanese/ },
  { kind: 'account cites a paper the event does not list', breakIt: (c) => c.edit(EVENT, /alsoIn:\n  - paper: ozawa-1987\n    locator: \{ ja: "一-2", en: "part 1, section 2" \}\n/, ''), file: EVENT, field: 'body.ja[3].citations', line: 26, message: /neither the event's paper nor in alsoIn/ },

  // Accounts and the body
  { kind: 'empty account', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとにカラハンがあいさつに来た。(中野 92)', '● (中野 92)'), file: EVENT, field: 'body.ja[0].text', line: 23, message: /no text/ },
  { kind: 'missing English section', breakIt: (c) => c.write(OCTOBER, c.read(OCTOBER).replace(/## en[\s\S]*$/, '')), file: OCTOBER, field: 'body.en', line: 8, message: /section "## en" is missing/ },
  { kind: 'account missing in English', breakIt: (c) => c.edit(EVENT, '★ Karakhan proposed formal talks. (ソコロフ 127)\n', ''), file: EVENT, field: 'body', line: 29, message: /"## ja" has 4 account\(s\) but "## en" has 3/ },
  { kind: 'event without accounts', breakIt: (c) => c.write(OCTOBER, c.read(OCTOBER).replace(/## ja[\s\S]*$/, '## ja\n\n## en\n')), file: OCTOBER, field: 'accounts.ja', line: 9, message: /at least one account/ },
  { kind: 'list instead of paragraphs in the body', breakIt: (c) => c.edit(OCTOBER, 'ボリシェヴィキが権力を握った。', '- ボリシェヴィキが権力を握った。'), file: OCTOBER, field: 'body.ja', line: 11, message: /only paragraphs/ },
  { kind: 'account too long for the panel', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', `● ${'長'.repeat(5000)}芳澤のもとに`), file: EVENT, field: 'body.ja[0].text', line: 23, message: /is 5,019 characters long; at most 2,000 \(an account is one paragraph/ },
  { kind: '10 MB pasted into an account', breakIt: (c) => c.edit(EVENT, '● 芳澤のもとに', `● ${'x'.repeat(10 * 1024 * 1024)}芳澤のもとに`), file: EVENT, field: '(file)', line: 23, message: /the file is 10,242 KB; an entry may be at most 512 KB/ },

  // Front matter fields and references
  { kind: 'missing English title', breakIt: (c) => c.edit(EVENT, '  en: First meeting of Karakhan and Yoshizawa\n', ''), file: EVENT, field: 'title.en', line: 4, message: /./ },
  { kind: 'blank Japanese title', breakIt: (c) => c.edit(EVENT, 'ja: カラハンと芳澤の初会見', "ja: ' '"), file: EVENT, field: 'title.ja', line: 5, message: /Japanese text \(ja\) is missing/ },
  { kind: 'title too long', breakIt: (c) => c.edit(EVENT, 'en: First meeting of Karakhan and Yoshizawa', `en: ${'First meeting '.repeat(40)}`), file: EVENT, field: 'title.en', line: 6, message: /at most 500 \(a title is one line on the timeline/ },
  { kind: 'misspelt field', breakIt: (c) => c.edit(LATE_FEB, 'title:', 'titel:'), file: LATE_FEB, field: '(entry)', line: 4, message: /unknown field\(s\): titel/ },
  { kind: 'reference to a missing event', breakIt: (c) => c.edit(EVENT, 'related: [1924-02-21-late-february]', 'related: [1924-02-22-nowhere]'), file: EVENT, field: 'related[0]', line: 15, message: /unknown event "1924-02-22-nowhere"/ },
  { kind: 'event related to itself', breakIt: (c) => c.edit(EVENT, 'related: [1924-02-21-late-february]', 'related: [1923-09-22-first-meeting]'), file: EVENT, field: 'related', line: 15, message: /itself/ },
  { kind: 'unknown person', breakIt: (c) => c.edit(EVENT, 'people: [karakhan, yoshizawa-kenkichi]', 'people: [karakhan, yoshizawa]'), file: EVENT, field: 'people[1]', line: 13, message: /unknown person "yoshizawa"/ },
  { kind: 'unknown place', breakIt: (c) => c.edit(EVENT, 'places: [beijing]', 'places: [peking]'), file: EVENT, field: 'places[0]', line: 14, message: /unknown place "peking"/ },
  { kind: 'unknown theme', breakIt: (c) => c.edit(EVENT, 'themes: [beijing-talks]', 'themes: [peking-talks]'), file: EVENT, field: 'themes[0]', line: 12, message: /unknown theme "peking-talks"/ },
  { kind: 'unknown paper', breakIt: (c) => c.edit(LATE_FEB, 'paper: shimosato', 'paper: sokolov-1983'), file: LATE_FEB, field: 'paper', line: 5, message: /not one of the papers/ },

  // Files, encodings and YAML
  { kind: 'file saved as Shift_JIS', breakIt: (c) => writeBytes(c, EVENT, Buffer.concat([Buffer.from(c.read(EVENT).split('\n').slice(0, 4).join('\n') + '\n  ja: '), SHIFT_JIS_KAIKEN, Buffer.from('\n' + c.read(EVENT).split('\n').slice(5).join('\n'))])), file: EVENT, field: '(file)', line: 5, message: /not UTF-8 text \(bytes 0x89 0xEF.*Shift_JIS/ },
  { kind: 'YAML file saved as Shift_JIS', breakIt: (c) => writeBytes(c, 'people/karakhan.yaml', Buffer.concat([Buffer.from('name: { ja: "'), SHIFT_JIS_KAIKEN, Buffer.from('", en: Lev Karakhan }\n')])), file: 'people/karakhan.yaml', field: '(file)', line: 1, message: /save it as UTF-8/ },
  { kind: 'file saved as UTF-16 (Notepad "Unicode")', breakIt: (c) => writeBytes(c, LATE_FEB, Buffer.from(`\ufeff${c.read(LATE_FEB)}`, 'utf16le')), file: LATE_FEB, field: '(file)', line: 1, message: /UTF-16/ },
  { kind: 'invisible control character pasted into the text', breakIt: (c) => c.edit(EVENT, '正式交渉を', '正式交渉を\u0008'), file: EVENT, field: '(file)', line: 25, message: /invisible character U\+0008/ },
  { kind: 'zero-width space inside a citation', breakIt: (c) => c.edit(EVENT, /ソコロフ 128/g, 'ソコロフ\u200b 128'), file: EVENT, field: '(file)', line: 27, message: /invisible character U\+200B/ },
  { kind: 'malformed YAML', breakIt: (c) => c.edit(EVENT, 'title:\n  ja:', 'title:\n ja: [\n  ja:'), file: EVENT, field: 'yaml', line: 6, message: /malformed YAML/ },
  { kind: 'YAML error far down the front matter', breakIt: (c) => c.edit(EVENT, 'en: A note for the tests. }', 'en: "A note for the tests. }'), file: EVENT, field: 'yaml', line: 18, message: /malformed YAML/ },
  { kind: 'tab as YAML indentation', breakIt: (c) => c.edit(EVENT, '  en: First meeting', '\ten: First meeting'), file: EVENT, field: 'yaml', line: 6, message: /malformed YAML: .*[Tt]ab/ },
  { kind: 'full-width colon after a field name', breakIt: (c) => c.edit(LATE_FEB, 'paper: shimosato', 'paper：shimosato'), file: LATE_FEB, field: 'paper', line: 5, message: /full-width colon "：".*ASCII colon/ },
  { kind: 'full-width space as YAML indentation', breakIt: (c) => c.edit(EVENT, '  ja: カラハンと芳澤', '　ja: カラハンと芳澤'), file: EVENT, field: 'yaml', line: 5, message: /full-width space/ },
  { kind: 'the same field twice', breakIt: (c) => c.edit(EVENT, 'places: [beijing]', 'places: [beijing]\nplaces: [beijing]'), file: EVENT, field: 'yaml', line: 15, message: /malformed YAML: .*[Uu]nique|duplicate/i },
  { kind: 'alias bomb', breakIt: (c) => c.write('themes/beijing-talks.yaml', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 7 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\nname: { ja: 北京会議, en: Beijing talks }\n`), file: 'themes/beijing-talks.yaml', field: 'yaml', line: 1, message: /cannot be read: .*alias/i },
  { kind: 'malformed YAML in a work', breakIt: (c) => c.write('works/nakano-1964.yaml', 'role: cited\nside: [japanese\n'), file: 'works/nakano-1964.yaml', field: 'yaml', line: 2, message: /malformed YAML/ },
  { kind: 'no front matter', breakIt: (c) => c.write(OCTOBER, '## ja\n\nx\n\n## en\n\nx\n'), file: OCTOBER, field: 'front matter', line: 1, message: /must start with YAML front matter/ },
  { kind: 'unexpected file', breakIt: (c) => c.write('events/notes.txt', 'x'), file: 'events/notes.txt', field: '(file)', line: null, message: /unexpected file/ },
  { kind: 'duplicate id', breakIt: (c) => c.write('works/sokolov-1983.yml', c.read(SOKOLOV)), file: 'works/sokolov-1983.yml', field: 'id', line: 1, message: /duplicate id "sokolov-1983"/ },
  { kind: 'id that is not a slug', breakIt: (c) => { c.write('events/1924-03-Meeting.md', c.read(LATE_FEB)); }, file: 'events/1924-03-Meeting.md', field: 'id', line: 1, message: /not an ASCII slug/ },
  { kind: 'id with non-ASCII', breakIt: (c) => { c.write('events/1924-会見.md', c.read(LATE_FEB)); }, file: 'events/1924-会見.md', field: 'id', line: 1, message: /not an ASCII slug/ },

  // Works, people, sides
  { kind: 'CSL type typo', breakIt: (c) => c.edit(SOKOLOV, 'type: book', 'type: boook'), file: SOKOLOV, field: 'csl.type', line: 6, message: /unknown CSL type "boook": use one of .*book/ },
  { kind: 'issued month 13', breakIt: (c) => c.edit(OZAWA, '[[1987, 11]]', '[[1987, 13]]'), file: OZAWA, field: 'csl.issued.date-parts.0.1', line: 8, message: /month 13 does not exist/ },
  { kind: 'issued day that does not exist', breakIt: (c) => c.edit(OZAWA, '[[1987, 11]]', '[[1987, 2, 30]]'), file: OZAWA, field: 'csl.issued.date-parts.0.2', line: 8, message: /1987-2 has no day 30/ },
  { kind: 'reversed page range of a work (blamed on the work, not the citing event)', breakIt: (c) => c.edit('works/yoshizawa-1961.yaml', 'page: 77-81', 'page: 81-77'), file: 'works/yoshizawa-1961.yaml', field: 'csl.page', line: 5, message: /page range "81-77" runs backwards/, notIn: LATE_FEB },
  { kind: 'short form too long', breakIt: (c) => c.edit(SOKOLOV, 'shortForms: [ソコロフ, ソコロフ 1983]', `shortForms: [ソコロフ, ソコロフ 1983, ${'ソ'.repeat(70)}]`), file: SOKOLOV, field: 'shortForms.2', line: 3, message: /at most 60/ },
  { kind: 'work without short forms', breakIt: (c) => c.edit(SOKOLOV, /shortForms: \[.*\]/, 'shortForms: []'), file: SOKOLOV, field: 'shortForms', line: 3, message: /at least one short form/ },
  { kind: 'work with an unknown side', breakIt: (c) => c.edit(SOKOLOV, 'side: soviet', 'side: martian'), file: SOKOLOV, field: 'side', line: 2, message: /unknown side "martian"/ },
  { kind: 'note without a kind', breakIt: (c) => c.edit(EVENT, '{ kind: editorial, ja:', '{ ja:'), file: EVENT, field: 'notes.0.kind', line: 18, message: /kind must be one of discrepancy, editorial, source-text/ },
  { kind: 'note of an unknown kind', breakIt: (c) => c.edit(EVENT, 'kind: editorial', 'kind: layout'), file: EVENT, field: 'notes.0.kind', line: 18, message: /kind must be one of/ },
  { kind: 'English short form for a form the work does not have', breakIt: (c) => c.edit(SOKOLOV, 'shortEn: { ソコロフ: Sokolov, ソコロフ 1983: Sokolov 1983 }', 'shortEn: { ソコロワ: Sokolova }'), file: SOKOLOV, field: 'shortEn', line: 4, message: /every key of shortEn must be one of the work's shortForms/ },
  { kind: 'person without an English name', breakIt: (c) => c.write('people/karakhan.yaml', 'name: { ja: カラハン }\n'), file: 'people/karakhan.yaml', field: 'name.en', line: 1, message: /./ },
  { kind: 'side with two markers alike', breakIt: (c) => c.write('sides/omsk.yaml', 'marker: "★"\nkind: soviet\nlabel: { ja: 偽, en: Fake }\n'), file: 'sides/soviet.yaml', field: 'marker', line: 1, message: /also used by omsk/ },

  // Published ids
  { kind: 'published event removed without a redirect', breakIt: (c) => c.remove(OCTOBER), file: 'published-ids.txt', field: 'id', line: 1, message: /published event id "1917-11-07-october-revolution" is neither an event nor redirected/ },
  { kind: 'redirect to a missing event', breakIt: (c) => { c.remove(OCTOBER); c.write('redirects.yaml', '1917-11-07-october-revolution: 1917-11-07-nowhere\n'); }, file: 'redirects.yaml', field: '1917-11-07-october-revolution', line: 1, message: /redirects to unknown event "1917-11-07-nowhere"/ },
  { kind: 'redirect from an id that is still an event', breakIt: (c) => c.write('redirects.yaml', '# moved\n1924-02-21-late-february: 1923-09-22-first-meeting\n'), file: 'redirects.yaml', field: '1924-02-21-late-february', line: 2, message: /still an event/ },
  { kind: 'event id not in the published list', breakIt: (c) => c.edit('published-ids.txt', '1924-02-21-late-february\n', ''), file: LATE_FEB, field: 'id', line: 1, message: /^new event id not in content\/published-ids\.txt: run npm run ids:update$/ },
  { kind: 'published list missing', breakIt: (c) => c.remove('published-ids.txt'), file: 'published-ids.txt', field: '(file)', line: null, message: /missing: run npm run ids:update/ },
  { kind: 'published list with a line that is not an id', breakIt: (c) => c.write('published-ids.txt', `${c.read('published-ids.txt')}First Meeting\n`), file: 'published-ids.txt', field: 'id', line: 4, message: /"First Meeting" is not an event id/ },
  { kind: 'malformed redirects YAML', breakIt: (c) => c.write('redirects.yaml', '1917-11-07-october-revolution: [\n'), file: 'redirects.yaml', field: 'yaml', line: 2, message: /malformed YAML/ },
];

/** Valid variants: what a contributor's editor or keyboard may produce that means the same thing. */
const accepted: Array<{ kind: string; change: (c: MiniCorpus) => void }> = [
  { kind: 'UTF-8 byte-order mark on an event (Windows editors)', change: (c) => writeBytes(c, EVENT, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.read(EVENT))])) },
  { kind: 'UTF-8 byte-order mark on a YAML entry', change: (c) => writeBytes(c, 'people/karakhan.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.read('people/karakhan.yaml'))])) },
  { kind: 'CRLF line ends', change: (c) => { c.write(EVENT, c.read(EVENT).replace(/\n/g, '\r\n')); c.write(SOKOLOV, c.read(SOKOLOV).replace(/\n/g, '\r\n')); c.write('published-ids.txt', c.read('published-ids.txt').replace(/\n/g, '\r\n')); } },
  { kind: 'BOM and CRLF together', change: (c) => writeBytes(c, LATE_FEB, Buffer.from(`\ufeff${c.read(LATE_FEB).replace(/\n/g, '\r\n')}`)) },
  { kind: 'YAML anchors and aliases, one anchor reused 60 times', change: (c) => c.write('people/karakhan.yaml', `${c.read('people/karakhan.yaml')}roles:\n  - { ja: 役職0, en: Office 0, paper: &p shimosato }\n${Array.from({ length: 60 }, (_, i) => `  - { ja: 役職${i + 1}, en: Office ${i + 1}, paper: *p }\n`).join('')}`) },
  { kind: 'YAML merge key', change: (c) => { c.edit(EVENT, 'locator: { ja: "3.', 'locator: &loc { ja: "3.'); c.edit(EVENT, '    locator: { ja: "一-2", en: "part 1, section 2" }', '    locator:\n      <<: *loc\n      ja: "一-2"'); } },
  { kind: 'full-width parentheses and semicolon in the citation group', change: (c) => c.edit(EVENT, /\(小澤 1987; 中野 92\)/g, '（小澤 1987；中野 92）') },
  { kind: 'full-width space after the marker', change: (c) => c.edit(EVENT, '● 芳澤のもとに', '●　芳澤のもとに') },
  { kind: '(uncited) in full-width parentheses', change: (c) => c.edit(OCTOBER, '握った。 (uncited)', '握った。（uncited）') },
  { kind: 'parenthetical remark before the citation group', change: (c) => c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た（北京にて）。(中野 92)') },
  { kind: 'quoted dateAsWritten keeps its trailing zero', change: (c) => c.edit(EVENT, 'dateAsWritten: "9.22"', 'dateAsWritten: "9.20"') },
  { kind: 'archival locator with commas is one citation', change: (c) => c.edit(EVENT, /ソコロフ 128/g, 'ソコロフ 128, прим. 3') },
  { kind: 'a whole date qualified as uncertain', change: (c) => c.edit(EVENT, 'date: 1923-09-22', 'date: 1923-09-22?') },
  { kind: 'Old Style Julian leap day 1900-02-29 is 1900-03-13', change: (c) => addEvent(c, '1900-03-13-julian-leap-day', '1900-03-13', '\noldStyle: 1900-02-29') },
  { kind: '29 February of a leap year', change: (c) => addEvent(c, '1924-02-29-leap-day', '1924-02-29') },
  { kind: 'id with the month of a month-precision date', change: (c) => addEvent(c, '1924-03-meeting-in-march', '1924-03') },
];

let corpus: MiniCorpus | null = null;
afterEach(() => {
  corpus?.cleanup();
  corpus = null;
});

test('the fixture corpus itself is valid', () => {
  corpus = miniCorpus();
  expect(checkContent(corpus.dir)).toMatchObject({ exitCode: 0, problems: [] });
});

describe('slips are rejected: exit 1, naming file, line and field', () => {
  test.each(cases)('$kind', ({ breakIt, file, field, line, message, notIn }) => {
    corpus = miniCorpus();
    breakIt(corpus);
    const result = checkContent(corpus.dir);
    expect(result.exitCode).toBe(1);
    const expected = { file: `content/${file}`, field, line: line ?? undefined, message: expect.stringMatching(message) };
    expect(result.problems).toContainEqual(expected);
    const found = result.problems.find((p) => p.file === expected.file && p.field === field && p.line === expected.line && message.test(p.message))!;
    // What the author reads: file:line: field: message.
    expect(result.stderr).toContain(`  ${formatProblem(found)}\n`);
    expect(result.stderr).toContain(`content/${file}${line ? `:${line}` : ''}: ${field}: `);
    if (notIn) expect(result.problems.filter((p) => p.file === `content/${notIn}`)).toEqual([]);
    // No stack trace, no JavaScript error name reaches the author.
    expect(result.stderr).not.toMatch(/\n\s+at |ReferenceError|TypeError/);
  });
  test('the table covers at least 75 kinds (25 more than before the line numbers)', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBeGreaterThanOrEqual(75);
  });
});

describe('valid variants are accepted', () => {
  test.each(accepted)('$kind', ({ change }) => {
    corpus = miniCorpus();
    change(corpus);
    const result = checkContent(corpus.dir);
    expect(result.problems).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

test('one bad file never hides the problems of the others', () => {
  corpus = miniCorpus();
  writeBytes(corpus, 'people/karakhan.yaml', Buffer.concat([Buffer.from('name: { ja: "'), SHIFT_JIS_KAIKEN, Buffer.from('", en: Lev Karakhan }\n')]));
  corpus.write('themes/beijing-talks.yaml', 'name: { ja: [ }\n');
  corpus.edit(EVENT, 'date: 1923-09-22', 'date: 1932-09-22');
  corpus.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 1961:79-77');
  corpus.edit(SOKOLOV, 'type: book', 'type: boook');
  const { problems } = checkContent(corpus.dir);
  for (const file of ['people/karakhan.yaml', 'themes/beijing-talks.yaml', EVENT, LATE_FEB, SOKOLOV]) {
    expect(problems.map((p: ContentProblem) => p.file)).toContain(`content/${file}`);
  }
});

test('npm run validate prints file:line: field: message and exits non-zero', () => {
  corpus = miniCorpus();
  corpus.edit(EVENT, /ソコロフ 127/g, 'ソコロワ 127');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'validate.ts'), corpus.dir], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('content/events/1923-09-22-first-meeting.md:25: body.ja[1].citations: unknown short citation "ソコロワ 127"');
});
