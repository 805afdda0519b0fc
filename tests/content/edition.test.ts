/**
 * The corpus as an edition: accounts in our own words (no 30-character run of a paper outside quotation marks,
 * checked against the committed hashes in tests/fixtures/paper-runs.txt — the papers themselves are not read),
 * no working file named in public text, every note of a declared kind, the papers' known slips flagged, and an
 * English short form for every Japanese short citation.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/lib/content/load';
import { copiedRuns, hashRun, HASH_HEX, RUN_LENGTH } from '../../src/lib/content/overlap';
import { NOTE_KINDS } from '../../src/schemas/event';
import { englishCitedAs } from '../../src/lib/citation-label';
import { CONTENT, FIXTURES } from '../support/paths';
import { WORKING_FILE } from '../support/working-files';

const corpus = loadCorpus(CONTENT);
const paperRuns = new Set(readFileSync(join(FIXTURES, 'paper-runs.txt'), 'utf8').split('\n').filter(Boolean));


describe('no account repeats a 30-character run of a paper outside quotation marks', () => {
  test('the hash list is the papers\' runs, not an empty file', () => {
    expect(paperRuns.size).toBeGreaterThan(50_000);
    for (const h of [...paperRuns].slice(0, 100)) expect(h).toMatch(new RegExp(`^[0-9a-f]{${HASH_HEX}}$`));
  });
  test.each(corpus.events.map((e) => [e.id, e] as const))('%s', (_, event) => {
    const copied = event.accounts.flatMap((a, i) => (['ja', 'en'] as const).flatMap((lang) => copiedRuns(a.text[lang], paperRuns).map((run) => `account ${i + 1} (${lang}): …${run}…`)));
    expect(copied, `${event.id} repeats a paper's wording; rewrite it in your own words or quote and cite it`).toEqual([]);
  });
});

test('the check sees a copied run and ignores a quoted one', () => {
  const run = 'カラハンは北京で芳澤と初めて会見し、震災への弔意をソ連政府の名で伝えた';
  expect([...run].length).toBeGreaterThanOrEqual(RUN_LENGTH);
  const runs = new Set([hashRun([...run].slice(0, RUN_LENGTH).join(''))]);
  expect(copiedRuns(`★ ${run}。`, runs)).toHaveLength(1);
  expect(copiedRuns(`★ 書簡は「${run}」と記す。`, runs)).toEqual([]);
});

test('no public text names a working file', () => {
  const texts = corpus.events.flatMap((e) => [
    ...[e.title, e.locator, ...e.notes, ...e.alsoIn.map((r) => r.locator), ...e.accounts.map((a) => a.text)].flatMap((t) => [[e.id, t.ja], [e.id, t.en]]),
  ]);
  for (const work of corpus.works.values()) for (const t of [work.note, work.translatedTitle, work.label]) if (t) texts.push([work.id, t.ja], [work.id, t.en]);
  const hits = texts.filter(([, text]) => WORKING_FILE.test(text!)).map(([id, text]) => `${id}: ${text}`);
  expect(hits).toEqual([]);
});

describe('notes', () => {
  const notes = corpus.events.flatMap((e) => e.notes.map((n) => ({ id: e.id, ...n })));
  test('every note has one of the kinds, and each kind is used', () => {
    expect(notes.length).toBeGreaterThan(200);
    for (const n of notes) expect(NOTE_KINDS, n.id).toContain(n.kind);
    for (const kind of NOTE_KINDS) expect(notes.some((n) => n.kind === kind), kind).toBe(true);
  });
  test('layout repairs are never filed as disagreements', () => {
    const misfiled = notes.filter((n) => n.kind !== 'source-text' && /layout of this row is damaged|OCR error/iu.test(n.en));
    expect(misfiled.map((n) => n.id)).toEqual([]);
  });
  test.each([
    ['1880-karakhan-born-in-tiflis', /1904/u],
    ['1924-06-09-kato-cabinet-yoshizawa-recalled', /9 June/u],
    ['1925-japanese-withdrawal-from-northern-sakhalin', /15 May 1925/u],
  ])('the paper\'s slip in %s carries a discrepancy note', (id, mentions) => {
    const event = corpus.events.find((e) => e.id === id)!;
    expect(event, id).toBeDefined();
    expect(event.notes.some((n) => n.kind === 'discrepancy' && mentions.test(n.en))).toBe(true);
  });
});

describe('English short citations', () => {
  const japaneseScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  test('every short form in Japanese script has an English form', () => {
    const missing = [...corpus.works.values()].flatMap((w) => w.shortForms.filter((f) => japaneseScript.test(f) && !w.shortEn?.[f]).map((f) => `${w.id}: ${f}`));
    expect(missing).toEqual([]);
  });
  test('every citation in the corpus reads without Japanese script in English, except quoted file titles', () => {
    const left = corpus.events.flatMap((e) => e.accounts.flatMap((a) => a.citations.map((c) => englishCitedAs(c.citedAs, corpus.works.get(c.work)!))))
      .filter((label) => japaneseScript.test(label.replace(/『[^』]*』|「[^」]*」/gu, '')));
    expect(left).toEqual([]);
  });
  test('the data keeps the paper\'s form', () => {
    const meeting = corpus.events.find((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting')!;
    const c = meeting.accounts.flatMap((a) => a.citations).find((x) => x.work === 'sokolov-1983')!;
    expect(c.citedAs).toBe('ソコロフ 127');
    expect(englishCitedAs(c.citedAs, corpus.works.get('sokolov-1983')!)).toBe('Sokolov 127');
  });
});
