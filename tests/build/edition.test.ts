/**
 * The built site as an edition: notes grouped by kind on event pages (readings of the paper's text collapsed),
 * English short citations on English pages while the data keeps the paper's form, and no working file named in
 * any page's text.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from '../support/paths';
import { WORKING_FILE } from '../support/working-files';
import type { EventRecord } from '../../src/lib/exports';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const MEETING = '1923-09-22-karakhan-yoshizawa-first-meeting';

/** The text a reader sees: no scripts, styles, tags or attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<template[\s\S]*?<\/template>/giu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&[a-z]+;|&#\d+;/giu, ' ');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

describe('event page notes', () => {
  test.each(['ja', 'en'] as const)('%s: one heading per kind, the paper-text readings collapsed', (lang) => {
    const html = read(`${lang}/events/${MEETING}/index.html`);
    const notes = html.slice(html.indexOf('id="notes-heading"'), html.indexOf('id="source-heading"'));
    expect(notes).toMatch(/<section[^>]*data-note-kind="discrepancy"[\s\S]*?<h3 id="notes-discrepancy">/u);
    expect(notes).toMatch(/<section[^>]*data-note-kind="editorial"[\s\S]*?<h3 id="notes-editorial">/u);
    const details = notes.match(/<details[^>]*data-note-kind="source-text"[^>]*>/u);
    expect(details?.[0]).toBeDefined();
    expect(details![0]).not.toMatch(/\sopen\b/u);
    expect(notes).toMatch(/<summary><h3 id="notes-source-text">[^<]*\(2\)<\/h3><\/summary>/u);
    expect(notes.indexOf('notes-discrepancy')).toBeLessThan(notes.indexOf('notes-source-text'));
  });
});

describe('short citations', () => {
  const citations = (lang: string) =>
    [
      ...read(`${lang}/events/${MEETING}/index.html`).matchAll(
        /<a class="citation"[^>]*data-cited-as="([^"]*)"[^>]*>([^<]*)<\/a>/gu,
      ),
    ].map((m) => ({ citedAs: m[1], shown: m[2] }));
  test('the English page shows Sokolov 127, the Japanese page ソコロフ 127', () => {
    expect(citations('en')).toContainEqual({ citedAs: 'ソコロフ 127', shown: 'Sokolov 127' });
    expect(citations('en')).toContainEqual({ citedAs: '書簡93', shown: 'Correspondence 93' });
    expect(citations('en')).toContainEqual({ citedAs: '中野 92', shown: 'Nakano 92' });
    expect(citations('ja')).toContainEqual({ citedAs: 'ソコロフ 127', shown: 'ソコロフ 127' });
  });
  test("events.json keeps the paper's form and each note's kind", () => {
    const meeting = (JSON.parse(read('data/events.json')) as EventRecord[]).find((e) => e.id === MEETING)!;
    expect(meeting.accounts.flatMap((a) => a.citations.map((c) => c.citedAs))).toContain('ソコロフ 127');
    expect(meeting.notes.map((n) => n.kind)).toEqual([
      'source-text',
      'source-text',
      'discrepancy',
      'discrepancy',
      'editorial',
      'editorial',
    ]);
  });
});

test('no built page names a working file', () => {
  const hits = htmlFiles(DIST).flatMap((file) => {
    const m = visibleText(readFileSync(file, 'utf8')).match(WORKING_FILE);
    return m ? [`${relative(DIST, file)}: …${m[0]}…`] : [];
  });
  expect(hits).toEqual([]);
});
