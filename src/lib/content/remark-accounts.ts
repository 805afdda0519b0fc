/**
 * remark-accounts: turns the body of an event file into structured accounts.
 *
 * The body has a `## ja` and an `## en` section; each paragraph is one account written the way the papers
 * write them: the side's marker first (● / ★ / [side-id] / none for context), the short citations last in
 * parentheses: `★ カラハンが… (ソコロフ 127)`. The text is taken from the source as written (never rendered
 * as Markdown), so nothing in an entry can become HTML. Anything else in the body is reported, not dropped.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { VFile } from 'vfile';

export interface ParsedAccount {
  marker: string | null;
  text: string;
  citations: string[];
  line: number;
}

export interface AccountsProblem {
  field: string;
  message: string;
  line?: number;
}

export interface ParsedAccounts {
  ja: ParsedAccount[];
  en: ParsedAccount[];
  problems: AccountsProblem[];
}

export const LANGUAGES = ['ja', 'en'] as const;

/** A leading symbol that looks like a marker but is not one of ours (☆ ○ ◎ ▲ ■ ※ …). */
// Non-ASCII symbols only: '<', '*' or '+' at the start are text (and stay text), not a marker.
const MARKER_LIKE = /^(?![\x00-\x7f])[\p{So}\p{Sm}※＊]/u;
const BRACKET_MARKER = /^\[([^\]\s]+)\]\s*/;
const CITATION_GROUP = /[（(]([^（）()]*)[）)]\s*$/;

/** Split the marker off the start of an account. */
export function splitMarker(source: string): { marker: string | null; rest: string } | { error: string } {
  const text = source.trimStart();
  if (text.startsWith('●') || text.startsWith('★')) return { marker: text[0]!, rest: text.slice(1).trimStart() };
  const bracket = BRACKET_MARKER.exec(text);
  if (bracket) return { marker: `[${bracket[1]}]`, rest: text.slice(bracket[0].length) };
  if (MARKER_LIKE.test(text)) return { error: `unknown marker "${[...text][0]}" (use ●, ★, [side-id] or none for context)` };
  return { marker: null, rest: text };
}

/**
 * Split the trailing citation group off an account.
 * @example splitCitations('… 回答なし。(ソコロフ 127; 書簡93)') // { text: '… 回答なし。', citations: ['ソコロフ 127', '書簡93'] }
 */
export function splitCitations(text: string): { text: string; citations: string[]; empty: boolean } {
  const match = CITATION_GROUP.exec(text);
  if (!match) return { text: text.trim(), citations: [], empty: false };
  const citations = match[1]!.split(/[;；]/).map((c) => c.trim());
  return { text: text.slice(0, match.index).trim(), citations: citations.filter(Boolean), empty: citations.some((c) => !c) };
}

function headingLanguage(node: RootContent): string | null {
  return node.type === 'heading' ? toString(node).trim() : null;
}

/** Walk the top level of the body and collect accounts per language section. */
export function extractAccounts(tree: Root, source: string, lineOffset = 0): ParsedAccounts {
  const result: ParsedAccounts = { ja: [], en: [], problems: [] };
  const seen = new Set<string>();
  let section: 'ja' | 'en' | null = null;
  for (const node of tree.children) {
    const line = (node.position?.start.line ?? 0) + lineOffset;
    const heading = headingLanguage(node);
    if (heading !== null) {
      if (node.type === 'heading' && node.depth === 2 && (heading === 'ja' || heading === 'en')) {
        if (seen.has(heading)) result.problems.push({ field: `body.${heading}`, message: `section "## ${heading}" appears twice`, line });
        seen.add(heading);
        section = heading;
      } else {
        result.problems.push({ field: 'body', message: `unexpected heading "${heading}" (the body has only "## ja" and "## en")`, line });
        section = null;
      }
      continue;
    }
    if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) continue; // authors' comments
    if (!section) {
      result.problems.push({ field: 'body', message: 'text outside the "## ja" / "## en" sections', line });
      continue;
    }
    // Raw HTML is an account like any other: its text is kept as written and shown as text, never as markup.
    if (node.type !== 'paragraph' && node.type !== 'html') {
      result.problems.push({ field: `body.${section}`, message: `only paragraphs can be accounts, found a ${node.type}`, line });
      continue;
    }
    const raw = source.slice(node.position!.start.offset!, node.position!.end.offset!).replace(/\s*\n\s*/g, ' ');
    const marker = splitMarker(raw);
    const index = result[section].length;
    if ('error' in marker) {
      result.problems.push({ field: `body.${section}[${index}].marker`, message: marker.error, line });
      continue;
    }
    const { text, citations, empty } = splitCitations(marker.rest);
    if (empty) result.problems.push({ field: `body.${section}[${index}].citations`, message: 'empty item in the citation group', line });
    if (!text) result.problems.push({ field: `body.${section}[${index}].text`, message: 'account has no text', line });
    result[section].push({ marker: marker.marker, text, citations, line });
  }
  for (const lang of LANGUAGES) {
    if (!seen.has(lang)) result.problems.push({ field: `body.${lang}`, message: `section "## ${lang}" is missing` });
  }
  return result;
}

/** The remark plugin: stores the accounts on `file.data.accounts`. */
export function remarkAccounts(options: { lineOffset?: number } = {}) {
  return (tree: Root, file: VFile) => {
    file.data.accounts = extractAccounts(tree, String(file.value), options.lineOffset ?? 0);
  };
}

/** Parse a Markdown body with remark and remark-accounts. */
export function parseAccounts(markdown: string, lineOffset = 0): ParsedAccounts {
  const processor = unified().use(remarkParse).use(remarkAccounts, { lineOffset });
  const file = new VFile(markdown);
  processor.runSync(processor.parse(file), file);
  return file.data.accounts!;
}

declare module 'vfile' {
  interface DataMap {
    accounts: ParsedAccounts;
  }
}
