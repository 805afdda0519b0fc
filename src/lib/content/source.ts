/**
 * From the bytes of a content file to text and line numbers: the encoding checks every file goes through
 * (UTF-8 only; a Windows byte-order mark is accepted, CRLF and CR line ends become LF), and the map from a field
 * of a parsed YAML document to the line it is written on, so that every problem can name its line.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/**
 * An entry file larger than this is refused before it is parsed. The largest event today is about 21 KB; a file
 * of this size would already slow the build's search index and the reader's timeline panel to a crawl.
 */
export const MAX_FILE_BYTES = 512 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line?: number };

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The line with the most bytes: where an oversized file was pasted into. */
function longestLine(bytes: Uint8Array): number {
  let best = { line: 1, length: -1 };
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (i - start > best.length) best = { line, length: i - start };
      line++;
      start = i + 1;
    }
  }
  return best.line;
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/**
 * Decode a content file. Only UTF-8 is accepted: a file saved as Shift_JIS (CP932) or UTF-16 would otherwise be
 * read as mojibake and published as such.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `the file is ${Math.ceil(bytes.length / 1024).toLocaleString('en')} KB; an entry may be at most ${MAX_FILE_BYTES / 1024} KB (every account goes into the timeline page and the search index, which a file this size would make unusably slow): split it into several events`,
      line: longestLine(bytes),
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'the file is saved as UTF-16 ("Unicode" in Windows Notepad); save it as UTF-8', line: 1 };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 byte-order mark
  const body = bytes.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) {
    const hex = [...body.subarray(bad, bad + 2)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    return {
      ok: false,
      message: `the file is not UTF-8 text (bytes ${hex} cannot be read; it looks saved as Shift_JIS/CP932 or another legacy encoding): save it as UTF-8`,
      line: lineAt(body, bad),
    };
  }
  const text = new TextDecoder('utf-8').decode(body).replace(/\r\n?/g, '\n');
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u2060\ufeff]/.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return { ok: false, message: `invisible character U+${code} in the text (pasted from another program?): delete it`, line: text.slice(0, control.index).split('\n').length };
  }
  return { ok: true, text };
}

/** Dotted path of a field ("title.en", "alsoIn.0.paper") → the 1-based line it is written on; "" is the document. */
export type FieldLines = Record<string, number>;

/** The line of every field and list item of a YAML document. Aliases point at the line of the alias. */
export function fieldLines(root: Node | null, counter: LineCounter, lineOffset = 0): FieldLines {
  const lines: FieldLines = {};
  const lineOf = (offset: number) => counter.linePos(offset).line + lineOffset;
  const walk = (node: unknown, path: string) => {
    if (isAlias(node) || isScalar(node) || !node) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = path ? `${path}.${key}` : key;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) lines[at] = lineOf(keyNode.range[0]);
        walk(pair.value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = path ? `${path}.${i}` : String(i);
        const itemNode = item as Node | null;
        if (itemNode?.range) lines[at] = lineOf(itemNode.range[0]);
        walk(item, at);
      });
    }
  };
  if (root?.range) lines[''] = lineOf(root.range[0]);
  walk(root, '');
  return lines;
}

/** The line of a field, or of the nearest enclosing field written in the file (for a missing field). */
export function lineOfPath(lines: FieldLines | undefined, path: ReadonlyArray<PropertyKey>): number | undefined {
  if (!lines) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const line = lines[path.slice(0, n).map(String).join('.')];
    if (line) return line;
  }
  return undefined;
}
