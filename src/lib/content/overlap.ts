/**
 * Overlap between an account and the papers' text, without the papers: the papers' 30-character runs are kept
 * only as short hashes (tests/fixtures/paper-runs.txt, made by scripts/paper-runs.ts), and an account is checked
 * by hashing its own 30-character windows. Quotations (「…」, “…”, "…") are primary sources quoted on purpose and
 * are left out; so is whitespace, which the papers' plain-text extraction breaks at random.
 */
import { createHash } from 'node:crypto';

/** Length of a run that counts as copied. */
export const RUN_LENGTH = 30;
/** Hex digits kept of each hash: 48 bits, so chance hits across the corpus stay far below one. */
export const HASH_HEX = 12;

const QUOTED = /「[^」]*」|『[^』]*』|“[^”]*”|"[^"]*"/g;

/** NFKC (full-width digits and brackets become ASCII) and no whitespace. */
export function normalizeForOverlap(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The parts of a text outside quotation marks, each normalised. */
export function unquotedSegments(text: string): string[] {
  return text.split(QUOTED).map(normalizeForOverlap).filter((s) => s.length > 0);
}

/** Every window of `n` code points in `text` (none if it is shorter). */
export function windows(text: string, n = RUN_LENGTH): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
  return out;
}

/** The truncated hash a window is stored and looked up as. */
export function hashRun(run: string): string {
  return createHash('sha256').update(run, 'utf8').digest('hex').slice(0, HASH_HEX);
}

/**
 * The windows of an account (outside quotations) whose hashes are in `paperRuns`.
 * @example copiedRuns('「引用は許される」自分の言葉', new Set()) // []
 */
export function copiedRuns(text: string, paperRuns: ReadonlySet<string>, n = RUN_LENGTH): string[] {
  return unquotedSegments(text).flatMap((segment) => windows(segment, n).filter((w) => paperRuns.has(hashRun(w))));
}
