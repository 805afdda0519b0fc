/**
 * Short citations as the papers write them — (ソコロフ 127), (芳澤 1961:77), (書簡93) — resolved to a work
 * of the bibliography and the pages or other locator within it.
 */

export interface ShortFormIndex {
  /** short form → ids of the works that use it */
  byShortForm: Map<string, string[]>;
  /** short forms, longest first, so 芳澤 1961 wins over 芳澤 */
  ordered: string[];
}

import type { ResolvedCitation } from '../schemas/resolved-event';
import { pageNumbers } from '../domain/page-locator';

export { pageNumbers };

export type { ResolvedCitation };

export type CitationResult = { ok: true; citation: ResolvedCitation } | { ok: false; message: string };

export function buildShortFormIndex(works: Iterable<{ id: string; shortForms: string[] }>): ShortFormIndex {
  const byShortForm = new Map<string, string[]>();
  for (const work of works) {
    for (const form of work.shortForms) {
      const ids = byShortForm.get(form) ?? [];
      if (!ids.includes(work.id)) ids.push(work.id);
      byShortForm.set(form, ids);
    }
  }
  const ordered = [...byShortForm.keys()].sort((a, b) => b.length - a.length);
  return { byShortForm, ordered };
}

/** A short form matches at the start of a citation when it is followed by nothing, a separator or a digit. */
function matchesAt(citedAs: string, form: string): boolean {
  if (!citedAs.startsWith(form)) return false;
  const next = citedAs.slice(form.length, form.length + 1);
  return next === '' || /[\s:：,、.\d]/.test(next);
}

/**
 * Resolve one short citation.
 * @example resolveCitation('芳澤 1961:77', index) // { ok: true, citation: { work: 'yoshizawa-1961', pages: '77', citedAs: '芳澤 1961:77' } }
 */
export function resolveCitation(citedAs: string, index: ShortFormIndex): CitationResult {
  const form = index.ordered.find((f) => matchesAt(citedAs, f));
  if (!form) return { ok: false, message: `unknown short citation "${citedAs}": no work has a matching short form` };
  const works = index.byShortForm.get(form)!;
  if (works.length > 1) {
    return {
      ok: false,
      message: `ambiguous short citation "${citedAs}": "${form}" is a short form of ${works.join(', ')}; add the year or another distinguishing form`,
    };
  }
  const pages = citedAs
    .slice(form.length)
    .replace(/^[\s:：,、.]+/, '')
    .trim();
  return { ok: true, citation: { work: works[0]!, pages: pages || null, citedAs } };
}

/** The page range of a work as CSL gives it ("77-81"), or null when not known. */
export function workPageRange(page: string | undefined): [number, number] | null {
  const match = page ? /^(\d+)\s*[-–]\s*(\d+)$/.exec(page.trim()) : null;
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Pages of a citation that fall outside the work's known range. */
export function pagesOutOfRange(pages: string | null, range: [number, number] | null): number[] {
  if (!pages || !range) return [];
  const numbers = pageNumbers(pages);
  if (!numbers) return [];
  return numbers.filter((n) => n < range[0] || n > range[1]);
}
