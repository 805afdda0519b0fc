import { describe, expect, test } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { decodeSource, fieldLines, firstInvalidUtf8, lineOfPath, MAX_FILE_BYTES } from '../../src/lib/content/source';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  test('UTF-8 with or without a byte-order mark, CRLF and CR become LF', () => {
    expect(decodeSource(utf8('a: 会見\r\nb: 2\rc: 3\n'))).toEqual({ ok: true, text: 'a: 会見\nb: 2\nc: 3\n' });
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a: 1\n')]))).toEqual({ ok: true, text: 'a: 1\n' });
  });
  test('Shift_JIS is refused at the line of the first byte that is not UTF-8', () => {
    expect(decodeSource(new Uint8Array([...utf8('a: 1\nb: '), 0x89, 0xef, 0x8c, 0xa9, 0x0a]))).toEqual({
      ok: false,
      line: 2,
      message: expect.stringMatching(/bytes 0x89 0xEF .*Shift_JIS/),
    });
  });
  test('UTF-16 is refused', () => {
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({
      ok: false,
      line: 1,
      message: expect.stringContaining('UTF-16'),
    });
  });
  test('a file over the limit is refused at its longest line', () => {
    const big = utf8(`a: 1\nb: ${'x'.repeat(MAX_FILE_BYTES)}\nc: 3\n`);
    expect(decodeSource(big)).toMatchObject({ ok: false, line: 2, message: expect.stringMatching(/at most 512 KB/) });
  });
  test('invisible characters are refused with their line', () => {
    expect(decodeSource(utf8('a: 1\nb: x\u200by\n'))).toMatchObject({
      ok: false,
      line: 2,
      message: expect.stringContaining('U+200B'),
    });
    expect(decodeSource(utf8('a: 1\tb\n'))).toMatchObject({ ok: true });
  });
});

test('firstInvalidUtf8 finds overlong forms, surrogates and truncated sequences', () => {
  expect(firstInvalidUtf8(utf8('ok 会見 😀'))).toBe(-1);
  expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1);
  expect(firstInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
  expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe4, 0xbc]))).toBe(2);
});

test('fieldLines gives the line of every field and item; a missing field falls back to its parent', () => {
  const text =
    'title:\n  ja: 会見\n  en: Meeting\nalsoIn:\n  - paper: a\n    locator: { ja: x, en: y }\npeople: [p, q]\n';
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = fieldLines(doc.contents, counter, 1);
  expect(lines).toMatchObject({
    '': 2,
    title: 2,
    'title.en': 4,
    alsoIn: 5,
    'alsoIn.0': 6,
    'alsoIn.0.locator.en': 7,
    'people.1': 8,
  });
  expect(lineOfPath(lines, ['title', 'ru'])).toBe(2);
  expect(lineOfPath(lines, ['notes', 0])).toBe(2);
});
