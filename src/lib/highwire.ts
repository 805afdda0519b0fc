/**
 * Highwire Press `citation_*` meta tags (read by Zotero's connector and Google Scholar) for an event page, made
 * from the same CSL item as "Cite this event" so the two never disagree.
 */
import type { CslItem } from './references';

export interface MetaTag {
  name: string;
  content: string;
}

/** [[2026, 11, 29]] → "2026/11/29" (Highwire's date form). */
const highwireDate = (parts: number[]) =>
  parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');

/**
 * @example highwireMeta({ title: 'X', issued: { 'date-parts': [[2026, 11, 29]] }, URL: 'https://h.org/ja/events/x/', … })
 *   // [{ name: 'citation_title', content: 'X' }, …, { name: 'citation_online_date', content: '2026/11/29' }, …]
 */
export function highwireMeta(item: CslItem): MetaTag[] {
  const tags: MetaTag[] = [];
  const add = (name: string, value: unknown) => {
    if (typeof value === 'string' && value) tags.push({ name, content: value });
  };
  add('citation_title', item.title);
  const editors = Array.isArray(item.editor)
    ? (item.editor as Array<{ literal?: string; family?: string; given?: string }>)
    : [];
  for (const editor of editors)
    add('citation_editor', editor.literal ?? [editor.family, editor.given].filter(Boolean).join(', '));
  const issued = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (issued) {
    add('citation_date', highwireDate(issued));
    add('citation_online_date', highwireDate(issued));
  }
  add('citation_publisher', item['container-title']);
  add('citation_public_url', item.URL);
  add('citation_abstract_html_url', item.URL);
  add('citation_language', item.language);
  return tags;
}
