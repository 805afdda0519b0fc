/**
 * Every piece of Japanese text a reader sees, taken from the UI strings and the content files, each with the file
 * and field it comes from, so that the Japanese linter (scripts/lint-ja.ts) can name where a problem is.
 * Short citations are left out: they keep the papers' own form — half-width brackets, `ソコロフ 127` — on purpose.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface JapaneseText {
  /** Where it comes from, relative to the project root. */
  file: string;
  /** The field within the file: `title.ja`, `notes[0].ja`, `body.ja[2]`, a UI key. */
  field: string;
  text: string;
}

/** An account's marker (● ★ [omsk]) and the trailing short citation in half-width brackets are the papers' form. */
export function accountProse(paragraph: string): string {
  return paragraph
    .replace(/^(?:[●★]|\[[a-z-]+\])\s*/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim();
}

/** Every `ja` string inside a parsed YAML value, with its path (`roles[1].ja`). */
export function japaneseFields(value: unknown, path = ''): { field: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => japaneseFields(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => {
      const field = path ? `${path}.${key}` : key;
      return key === 'ja' && typeof child === 'string' ? [{ field, text: child }] : japaneseFields(child, field);
    });
  }
  return [];
}

/** The paragraphs of the `## ja` section of an event's Markdown body. */
export function japaneseBody(body: string): string[] {
  const section = /^## ja\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body)?.[1] ?? '';
  return section
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function eventTexts(file: string, source: string): JapaneseText[] {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no front matter`);
  const front = japaneseFields(parseYaml(match[1]!)).map((f) => ({ file, ...f }));
  const body = japaneseBody(match[2]!).map((p, i) => ({ file, field: `body.ja[${i}]`, text: accountProse(p) }));
  return [...front, ...body];
}

/** All Japanese text of a content folder (events, people, places, themes, sides, works) and of the UI strings. */
export function collectJapaneseTexts(
  root: string,
  contentDir = join(root, 'content'),
  ui: Record<string, string> = {},
): JapaneseText[] {
  const texts: JapaneseText[] = Object.entries(ui).map(([key, text]) => ({ file: 'src/i18n/ja.ts', field: key, text }));
  for (const folder of readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of readdirSync(join(contentDir, folder)).sort()) {
      const path = join(contentDir, folder, name);
      const file = relative(root, path);
      const source = readFileSync(path, 'utf8');
      if (name.endsWith('.md')) texts.push(...eventTexts(file, source));
      else if (name.endsWith('.yaml')) texts.push(...japaneseFields(parseYaml(source)).map((f) => ({ file, ...f })));
    }
  }
  return texts.filter((t) => t.text.trim() !== '');
}
