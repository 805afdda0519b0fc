/**
 * What a reader's browser must download before the timeline page can run: each page script with the chunks it
 * imports statically. vis-timeline is imported dynamically (in parallel with the data) and is not counted. The
 * island once imported a build-only module by accident and shipped edtf and citation-js: 689 KB instead of 21.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/paths';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** A script and the chunks it imports statically (import … from "./x.js", import "./x.js"), each once. */
function staticClosure(script: string, seen = new Set<string>()): Set<string> {
  if (seen.has(script)) return seen;
  seen.add(script);
  for (const m of read(script).matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g))
    staticClosure(`_astro/${m[1]}`, seen);
  return seen;
}

const pageScripts = (page: string) =>
  [...read(page).matchAll(/<script type="module" src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);

describe.each(['ja', 'en'])('/%s/', (lang) => {
  test('the timeline page loads under 80 KB of its own script before vis-timeline, and no build-only library', () => {
    const scripts = pageScripts(`${lang}/index.html`);
    expect(scripts.some((s) => s.includes('TimelineApp'))).toBe(true);
    const files = new Set(scripts.flatMap((s) => [...staticClosure(s)]));
    const bytes = [...files].reduce((sum, f) => sum + Buffer.byteLength(read(f)), 0);
    expect(bytes).toBeLessThan(80 * 1024);
    for (const f of files) {
      const text = read(f);
      expect(text, `${f} carries citation-js`).not.toMatch(/citation-js|CSL-JSON/);
      expect(text, `${f} carries the edtf grammar`).not.toMatch(/ParserRules/);
      expect(f).not.toMatch(/vis-timeline/);
    }
  });
});
