/**
 * The build and `npm run validate` agree: on a corpus with one slip in each of many files, the build stops and
 * prints exactly the problems the validator prints (file:line: field: message), with no stack trace; on a corpus
 * of valid variants (BOM, CRLF, YAML aliases, "(uncited)", the Julian leap day) both accept it. Two builds, not
 * one per rejection case: the table in rejections.test.ts checks every kind through the validator.
 */
import { afterAll, expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content/check';
import { formatProblem } from '../../src/lib/content/problems';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { astroBuild } from '../support/build';

const EVENT = 'events/1923-09-22-first-meeting.md';
const LATE_FEB = 'events/1924-02-21-late-february.md';
const OCTOBER = 'events/1917-11-07-october-revolution.md';
const corpora: MiniCorpus[] = [];
afterAll(() => corpora.forEach((c) => c.cleanup()));

/** The problem lines a build printed. */
const printedProblems = (output: string) => output.split('\n').map((l) => l.trim()).filter((l) => /^content\/\S+: /.test(l));

test('a corpus with a slip in each of many files: the build stops with the same problems the validator reports', () => {
  const c = miniCorpus();
  corpora.push(c);
  c.edit(EVENT, 'あいさつに来た。(中野 92)', 'あいさつに来た(中野 92)。'); // punctuation after the group
  c.edit(EVENT, '[omsk] Another', '［omsk］ Another'); // full-width side label
  c.edit(LATE_FEB, /芳澤 1961:77/g, '芳澤 1961:79-77'); // reversed page range in a citation
  c.edit(OCTOBER, 'date: 1917-11-07', 'date: 1917-11-XX'); // unspecified digits
  c.edit('works/sokolov-1983.yaml', 'type: book', 'type: boook'); // CSL type typo
  c.edit('works/ozawa-1987.yaml', '[[1987, 11]]', '[[1987, 13]]'); // month 13
  c.edit('works/yoshizawa-1990.yaml', 'publisher: 中央公論社', 'publisher：中央公論社'); // full-width colon
  writeFileSync(join(c.dir, 'people/karakhan.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x89, 0xef, 0x0a])); // Shift_JIS
  c.write('themes/beijing-talks.yaml', 'name:\n  ja: 北京会議\n  en: "Beijing talks\n'); // YAML error on line 3
  c.write('published-ids.txt', `${c.read('published-ids.txt')}First Meeting\n`);

  const validate = checkContent(c.dir);
  expect(validate.exitCode).toBe(1);
  const expected = validate.problems.map(formatProblem);
  for (const where of [
    `content/${EVENT}:23: body.ja[0].citations:`,
    `content/${EVENT}:37: body.en[2].marker:`,
    `content/${LATE_FEB}:11: body.ja[0].citations:`,
    `content/${OCTOBER}:2: date:`,
    'content/works/sokolov-1983.yaml:6: csl.type:',
    'content/works/ozawa-1987.yaml:8: csl.issued.date-parts.0.1:',
    'content/works/yoshizawa-1990.yaml:5: publisher:',
    'content/people/karakhan.yaml:1: (file):',
    'content/themes/beijing-talks.yaml:3: yaml:', // where the quote was opened
    'content/published-ids.txt:4: id:',
  ]) {
    expect(expected.some((line) => line.startsWith(where)), where).toBe(true);
  }

  const build = astroBuild({ contentDir: c.dir, outDir: join(c.dir, '..', 'dist') });
  expect(build.status).not.toBe(0);
  expect(new Set(printedProblems(build.output))).toEqual(new Set(expected));
  expect(build.output).not.toMatch(/\n\s+at \S+ \(|ReferenceError|TypeError/);
}, 300_000);

test('a corpus of valid variants: the validator and the build both accept it', () => {
  const c = miniCorpus();
  corpora.push(c);
  writeFileSync(join(c.dir, EVENT), Buffer.from(`\ufeff${c.read(EVENT).replace(/\n/g, '\r\n')}`)); // BOM + CRLF
  c.write('people/karakhan.yaml', `${c.read('people/karakhan.yaml')}roles:\n  - { ja: 役職0, en: Office 0, paper: &p shimosato }\n${Array.from({ length: 60 }, (_, i) => `  - { ja: 役職${i + 1}, en: Office ${i + 1}, paper: *p }\n`).join('')}`);
  c.edit(OCTOBER, '握った。 (uncited)', '握った。（uncited）');
  c.write('events/1900-03-13-julian-leap-day.md', c.read(LATE_FEB).replace('date: 1924-02-21/1924-02-29', 'date: 1900-03-13\noldStyle: 1900-02-29'));
  c.write('published-ids.txt', `${c.read('published-ids.txt')}1900-03-13-julian-leap-day\n`);
  expect(checkContent(c.dir)).toMatchObject({ exitCode: 0, problems: [] });
  const outDir = join(c.dir, '..', 'dist');
  const build = astroBuild({ contentDir: c.dir, outDir });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  // "(uncited)" is markup, not text: the reader sees the account without it, and without a citation.
  const page = readFileSync(join(outDir, 'en', 'events', '1917-11-07-october-revolution', 'index.html'), 'utf8');
  expect(page).toContain('The Bolsheviks seized power.');
  expect(page).not.toMatch(/uncited/);
  const data = readFileSync(join(outDir, 'data', 'events.json'), 'utf8');
  expect(data).not.toMatch(/uncited/);
}, 300_000);
