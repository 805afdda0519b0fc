/**
 * remark-accounts: turns the body of an event file into structured accounts.
 *
 * The body has a `## ja` and an `## en` section; each paragraph is one account written the way the papers
 * write them: the side's marker first (● / ★ / [side-id] / none for context), the short citations last in
 * parentheses: `★ カラハンが… (ソコロフ 127)`, or `(uncited)` when the paper states it without a source.
 * Whatever looks like a marker or a citation group but is not one is a problem, never text. The text is taken from the source as written (never rendered
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
  /** Line of each "## ja" / "## en" heading. */
  sections: Partial<Record<'ja' | 'en', number>>;
}

export const LANGUAGES = ['ja', 'en'] as const;

/** A leading symbol that looks like a marker but is not one of ours (☆ ○ ◎ ▲ ■ ※ …). */
// Non-ASCII symbols only: '<', '*' or '+' at the start are text (and stay text), not a marker. Besides symbols
// (So, Sm), the dots and circles an IME offers for "maru" or "ten": 〇 • ・ ･ · ∙ ⋅ ◦ ‣ ⁃.
const MARKER_LIKE = /^(?![\x00-\x7f])(?:[\p{So}\p{Sm}※＊〇•・･·∙⋅◦‣⁃])/u;
const BRACKET_MARKER = /^\[([^\]\s]+)\]\s*/;
/** A side label in brackets that are not ASCII [ ]: ［omsk］ 【omsk】 〔omsk〕 〖omsk〗 〘omsk〙. */
const FULL_WIDTH_LABEL = /^[［【〔〖〘]\s*([A-Za-z0-9ａ-ｚＡ-Ｚ０-９-]+)\s*[］】〕〗〙]/;
const CITATION_GROUP = /[（(]([^（）()]*)[）)]\s*$/;
/** The explicit end of an account that cites nothing: context the paper states without a source. */
export const UNCITED = '(uncited)';
const UNCITED_GROUP = /[（(]uncited[）)]\s*$/;

/** Split the marker off the start of an account. */
export function splitMarker(source: string): { marker: string | null; rest: string } | { error: string } {
  const text = source.trimStart();
  let found: { marker: string | null; rest: string };
  const bracket = BRACKET_MARKER.exec(text);
  const fullWidth = FULL_WIDTH_LABEL.exec(text);
  if (text.startsWith('●') || text.startsWith('★')) found = { marker: text[0]!, rest: text.slice(1).trimStart() };
  else if (bracket) found = { marker: `[${bracket[1]}]`, rest: text.slice(bracket[0].length) };
  else if (fullWidth) return { error: `side label "${fullWidth[0]}" in full-width or Japanese brackets: write it with ASCII brackets, "[${fullWidth[1]!.normalize('NFKC')}]"` };
  else if (MARKER_LIKE.test(text)) return { error: `unknown marker "${[...text][0]}" (use ●, ★, [side-id] or none for context)` };
  else return { marker: null, rest: text };
  if (/^[●★]/.test(found.rest) || BRACKET_MARKER.test(found.rest)) return { error: `two markers ("${found.marker}" and "${[...found.rest][0]}"): an account speaks for one side; split it` };
  return found;
}

export interface SplitCitations {
  text: string;
  citations: string[];
  /** An item of the group is blank: "(中野 92; )". */
  empty: boolean;
  /** Ends with "(uncited)". */
  uncited: boolean;
  /** Why the paragraph does not end with a citation group or "(uncited)". */
  error?: string;
}

const TRAILING_PUNCTUATION = /[（(][^（）()]*[）)]\s*([。．.、,，!！?？」』"”'’：:；;]+)\s*$/;
const OTHER_BRACKETS = /([〔【［\[｛{〈《])[^〔〕【】［］\[\]｛｝{}〈〉《》]*[〕】］\]｝}〉》]\s*$/;

/** Why a paragraph has no citation group at its end (every way a citation is silently lost). */
function missingGroup(text: string): string {
  const punctuation = TRAILING_PUNCTUATION.exec(text);
  if (punctuation) return `"${punctuation[1]}" after the citation group: the group must end the paragraph (put the punctuation before it: "…した。(中野 92)")`;
  const other = OTHER_BRACKETS.exec(text);
  if (other) return `the citation group "${other[0].trim()}" is in ${other[1]} brackets: write citations in parentheses, ( ) or （ ）`;
  const lastOpen = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
  const lastClose = Math.max(text.lastIndexOf(')'), text.lastIndexOf('）'));
  if (lastOpen > lastClose) return `the citation group "${text.slice(lastOpen).trim()}" is not closed: add ")"`;
  if (lastClose >= 0 && /[)）]\s*$/.test(text)) return 'the parentheses at the end do not pair up: the citation group is "(short citation; …)" with no brackets inside';
  return `the account does not end with a citation group: end it with the short citations in parentheses, e.g. "(中野 92)", or with "${UNCITED}" when the paper states it without a source`;
}

/**
 * Split the trailing citation group off an account. A paragraph must end with one, or with "(uncited)".
 * @example splitCitations('… 回答なし。(ソコロフ 127; 書簡93)') // { text: '… 回答なし。', citations: ['ソコロフ 127', '書簡93'], … }
 */
export function splitCitations(source: string): SplitCitations {
  const text = source.trim();
  const uncited = UNCITED_GROUP.exec(text);
  if (uncited) return { text: text.slice(0, uncited.index).trim(), citations: [], empty: false, uncited: true };
  const match = CITATION_GROUP.exec(text);
  if (!match) return { text, citations: [], empty: false, uncited: false, error: missingGroup(text) };
  const citations = match[1]!.split(/[;；]/).map((c) => c.trim());
  return { text: text.slice(0, match.index).trim(), citations: citations.filter(Boolean), empty: citations.some((c) => !c), uncited: false };
}

function headingLanguage(node: RootContent): string | null {
  return node.type === 'heading' ? toString(node).trim() : null;
}

/** Walk the top level of the body and collect accounts per language section. */
export function extractAccounts(tree: Root, source: string, lineOffset = 0): ParsedAccounts {
  const result: ParsedAccounts = { ja: [], en: [], problems: [], sections: {} };
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
        result.sections[heading] ??= line;
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
    const { text, citations, empty, error } = splitCitations(marker.rest);
    // The citation group closes the paragraph: its problems are on the paragraph's last line.
    const endLine = (node.position?.end.line ?? 0) + lineOffset;
    if (error) result.problems.push({ field: `body.${section}[${index}].citations`, message: error, line: endLine });
    if (empty) result.problems.push({ field: `body.${section}[${index}].citations`, message: 'empty item in the citation group', line: endLine });
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
