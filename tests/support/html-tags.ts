/**
 * Start tags and attributes of a built page, for crawl and static checks: a small sequential tokenizer (text,
 * comments, start and end tags with quoted attribute values, raw text of <script> and <style>), enough for the
 * well-formed HTML that Astro writes. Attribute values may hold any character but their own quote (Astro escapes
 * `"` and `&` in them, not `<` or `>`), so a tag ends only at a `>` outside quotes.
 */
export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** The raw text of a <script> or <style> element. */
  text?: string;
}

export const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

const ATTR = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Every start tag in document order, with its attributes (names lower-cased, values decoded). */
export function tags(html: string): Tag[] {
  const result: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 64))?.[1];
    if (!name) {
      i = lt + 1; // an end tag, a doctype, or a stray "<" in text
      continue;
    }
    let j = lt + 1 + name.length;
    const attrs = new Map<string, string>();
    for (;;) {
      ATTR.lastIndex = j;
      const a = ATTR.exec(html);
      if (!a) break;
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
      j = ATTR.lastIndex;
    }
    const close = /\s*\/?>/y;
    close.lastIndex = j;
    j = close.exec(html) ? close.lastIndex : html.indexOf('>', j) + 1 || html.length;
    const tag: Tag = { name: name.toLowerCase(), attrs };
    result.push(tag);
    if (RAW_TEXT.has(tag.name)) {
      // Raw and escapable raw text run to the matching end tag; nothing inside is markup.
      const end = html.slice(j).search(new RegExp(`</${tag.name}\\s*>`, 'i'));
      const stop = end === -1 ? html.length : j + end;
      if (tag.name === 'script' || tag.name === 'style') tag.text = html.slice(j, stop);
      i = stop;
    } else i = j;
  }
  return result;
}

/** Every <script> element: its attributes and its raw text. */
export function scripts(html: string): Array<{ attrs: Map<string, string>; text: string }> {
  return tags(html)
    .filter((t) => t.name === 'script')
    .map((t) => ({ attrs: t.attrs, text: t.text ?? '' }));
}

/** The directives of a Content-Security-Policy: name → source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
