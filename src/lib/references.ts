/**
 * Full references for works, formatted by citation-js (citeproc) with the project's Chicago-style CSL
 * (src/csl/), so no reference is assembled by hand. Fields the papers do not state are listed separately
 * and shown as "not stated".
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import styleXml from '../csl/chicago-author-date-nisso.csl?raw';
import type { Work } from '../schemas/work';
import type { WithId } from './content/types';

export const CSL_TEMPLATE = 'nisso-chicago-author-date';

let registered = false;
/** Register the style once per process (citation-js keeps templates in a global registry). */
export function registerStyle(xml: string = styleXml): void {
  if (registered) return;
  plugins.config.get('@csl').templates.add(CSL_TEMPLATE, xml);
  registered = true;
}

/** The CSL-JSON item of a work, with its id. */
export function toCslItem(work: WithId<Work>): Record<string, unknown> {
  return { id: work.id, ...work.csl };
}

/**
 * One bibliography entry as plain text (rendered as text, never as HTML).
 * @example formatReference(sokolov) // 'Соколов, В. В. 1983. На боевых постах …. М.'
 */
export function formatReference(work: WithId<Work>, lang: 'ja' | 'en' = 'en'): string {
  registerStyle();
  const text = new Cite(toCslItem(work)).format('bibliography', { format: 'text', template: CSL_TEMPLATE, lang: lang === 'ja' ? 'ja-JP' : 'en-US' });
  return String(text).trim();
}
