/**
 * The built site (the global setup builds it into DIST) as a crawler and a validator see it:
 * - crawl from / following every internal href, src, form action and data URL: no broken link, no missing
 *   fragment (#id must exist on the target page), no orphan page, every event reachable in both languages;
 * - Japanese pages link only to Japanese pages and English pages to English ones (except the language switch and
 *   the <link rel="alternate" hreflang> in the head);
 * - every HTML page validates with html-validate's recommended rules.
 *
 * The crawl reads the files in DIST (a URL path maps to a file the way the static server maps it), so it is fast
 * and needs no server; tags and attributes are read with tests/support/html-tags.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST } from '../support/paths';
import { tags } from '../support/html-tags';
import type { EventRecord } from '../../src/lib/exports';

interface Link {
  /** The page (URL path) the link is on. */
  from: string;
  tag: string;
  attr: string;
  value: string;
  url: URL;
  /** The language switch and <link rel="alternate" hreflang> may point to the other language. */
  crossLanguageAllowed: boolean;
}

interface Page {
  path: string;
  ids: Set<string>;
  links: Link[];
}

const events = JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8')) as EventRecord[];
/** The origin the site was built for (SITE_URL): absolute links to it (canonical, og:url) are internal. */
const SITE = new URL(events[0]!.url.ja).origin;

/** The attributes that hold a URL the site serves (data-data-url: the timeline's data file). */
const URL_ATTRS = [
  'href',
  'src',
  'action',
  'poster',
  'data-data-url',
  'data-opening-url',
  'data-index-url',
  'data-text-url',
];

function readPage(path: string, file: string): Page {
  const ids = new Set<string>();
  const links: Link[] = [];
  const base = new URL(path, SITE);
  for (const { name, attrs } of tags(readFileSync(file, 'utf8'))) {
    if (attrs.has('id')) ids.add(attrs.get('id')!);
    if (name === 'a' && attrs.has('name')) ids.add(attrs.get('name')!);
    const values: Array<[string, string]> = URL_ATTRS.filter((a) => attrs.has(a)).map((a) => [a, attrs.get(a)!]);
    if (attrs.has('srcset'))
      for (const candidate of attrs.get('srcset')!.split(','))
        values.push(['srcset', candidate.trim().split(/\s+/)[0]!]);
    if (name === 'meta' && /^(og:url|og:image|twitter:image)$/.test(attrs.get('property') ?? attrs.get('name') ?? ''))
      values.push(['content', attrs.get('content')!]);
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(attrs.get('content') ?? '')?.[1];
      if (target) values.push(['content', target.trim()]);
    }
    const crossLanguageAllowed =
      (name === 'a' && attrs.has('data-language-switch')) ||
      (name === 'link' && attrs.get('rel') === 'alternate' && attrs.has('hreflang'));
    for (const [attr, value] of values)
      links.push({ from: path, tag: name, attr, value, url: new URL(value, base), crossLanguageAllowed });
  }
  return { path, ids, links };
}

/** The file the static server sends for a URL path, or why there is none. */
function fileFor(pathname: string): { file: string } | { error: string } {
  const path = decodeURIComponent(pathname);
  if (path.split('/').includes('..')) return { error: 'path leaves the site' };
  const file = join(DIST, path.endsWith('/') ? join(path, 'index.html') : path);
  if (!existsSync(file)) return { error: 'no such file' };
  if (statSync(file).isDirectory()) return { error: 'a folder: the link needs the trailing slash' };
  return { file };
}

const isInternal = (url: URL) => url.origin === SITE;

const pages = new Map<string, Page>();
const assets = new Set<string>();
const broken: string[] = [];

/** Relative imports and site paths that the built scripts load at run time (dynamic import, CSS, Pagefind). */
function scriptReferences(path: string): string[] {
  const source = readFileSync(join(DIST, path), 'utf8');
  const found = new Set<string>();
  for (const m of source.matchAll(/(["'`])((?:\.\/|\/?_astro\/)[\w./-]+\.(?:js|mjs|css|json|wasm))\1/g)) {
    const ref = m[2]!;
    found.add(
      ref.startsWith('./') ? new URL(ref, new URL(path, SITE)).pathname : ref.startsWith('/') ? ref : `/${ref}`,
    );
  }
  return [...found];
}

function cssReferences(path: string): string[] {
  const source = readFileSync(join(DIST, path), 'utf8');
  return [...source.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)]
    .map((m) => m[2]!)
    .filter((u) => !u.startsWith('data:') && !u.startsWith('#'))
    .map((u) => new URL(u, new URL(path, SITE)).pathname);
}

/** Every HTML file built, as URL paths. */
function builtPages(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  walk(DIST);
  return files.map((file) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

/** Redirect pages for renamed events (content/redirects.yaml) are linked from nowhere by design. */
const isRedirectPage = (path: string) =>
  tags(readFileSync((fileFor(path) as { file: string }).file, 'utf8')).some(
    (t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'refresh',
  ) && path !== '/';
const redirects: string[] = [];

beforeAll(() => {
  const queue = ['/'];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const target = fileFor(path);
    if ('error' in target) continue; // reported where it is linked from
    if (!target.file.endsWith('.html')) {
      assets.add(path);
      // Only the site's own bundles: third-party files (Pagefind's wasm glue) have strings that look like paths.
      const more =
        path.startsWith('/_astro/') && path.endsWith('.js')
          ? scriptReferences(path)
          : path.endsWith('.css')
            ? cssReferences(path)
            : [];
      for (const ref of more) {
        const file = fileFor(ref);
        if ('error' in file) broken.push(`${path} loads ${ref}: ${file.error}`);
        else if (!seen.has(ref)) (seen.add(ref), queue.push(ref));
      }
      continue;
    }
    const page = readPage(path, target.file);
    pages.set(path, page);
    for (const link of page.links) {
      if (!isInternal(link.url) || seen.has(link.url.pathname)) continue;
      seen.add(link.url.pathname);
      queue.push(link.url.pathname);
    }
  }
  // Redirect pages are reached from old permalinks, not links: check their links like any page's.
  for (const path of builtPages()) {
    if (pages.has(path) || !isRedirectPage(path)) continue;
    redirects.push(path);
    pages.set(path, readPage(path, (fileFor(path) as { file: string }).file));
  }
});

describe('crawling the site from /', () => {
  test('reaches the pages of every type', () => {
    expect(pages.size).toBeGreaterThan(500);
    for (const path of [
      '/',
      '/ja/',
      '/en/',
      '/ja/people/',
      '/en/people/karakhan/',
      '/ja/places/',
      '/en/places/beijing/',
      '/ja/works/',
      '/en/about/',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
    // …and what the pages load: the timeline's script and data, and the chunks those load. Stylesheets are
    // inline (astro.config.mjs: the first paint waits for no request), so no page loads a CSS file.
    expect([...assets].filter((a) => a.endsWith('.css'))).toEqual([]);
    expect([...assets].filter((a) => a.startsWith('/_astro/') && a.endsWith('.js')).length).toBeGreaterThan(1);
    expect(assets).toContain('/data/timeline.ja.json');
  });

  test('no link, script, stylesheet or data URL is broken', () => {
    const problems = [...broken];
    for (const page of pages.values()) {
      for (const link of page.links) {
        if (link.url.protocol === 'javascript:')
          problems.push(`${page.path}: <${link.tag} ${link.attr}="${link.value}">: a javascript: URL`);
        if (!isInternal(link.url)) continue;
        const target = fileFor(link.url.pathname);
        if ('error' in target)
          problems.push(`${page.path}: <${link.tag} ${link.attr}="${link.value}">: ${target.error}`);
      }
    }
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });

  test('every #fragment exists on the page it points to', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      for (const link of page.links) {
        if (!isInternal(link.url) || !link.url.hash || link.url.hash === '#') continue;
        const target = pages.get(link.url.pathname);
        if (!target) continue; // not a page: reported above if missing
        checked++;
        const id = decodeURIComponent(link.url.hash.slice(1));
        if (!target.ids.has(id))
          problems.push(`${page.path}: <${link.tag} ${link.attr}="${link.value}">: no id="${id}" on ${target.path}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });

  test('links to the timeline name events that exist (?event=)', () => {
    const ids = new Set(events.map((e) => e.id));
    const problems: string[] = [];
    for (const page of pages.values()) {
      for (const link of page.links) {
        const event = isInternal(link.url) ? link.url.searchParams.get('event') : null;
        if (event !== null && !ids.has(event)) problems.push(`${page.path}: ${link.value}: no event "${event}"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every event has a page in both languages, reached by the crawl and named by events.json', () => {
    const missing: string[] = [];
    for (const event of events) {
      for (const lang of ['ja', 'en'] as const) {
        const path = `/${lang}/events/${event.id}/`;
        if (!pages.has(path)) missing.push(path);
        expect(new URL(event.url[lang]).pathname).toBe(path);
      }
    }
    expect(missing, missing.join('\n')).toEqual([]);
  });

  test('no built page is an orphan: every HTML file is linked from somewhere (redirect pages aside)', () => {
    const orphans = builtPages().filter((path) => !pages.has(path));
    expect(orphans, orphans.join('\n')).toEqual([]);
  });

  test('Japanese pages link only to Japanese pages, English pages only to English ones', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages.values()) {
      const lang = /^\/(ja|en)\//.exec(page.path)?.[1];
      if (!lang) continue;
      const other = lang === 'ja' ? 'en' : 'ja';
      for (const link of page.links) {
        if (!isInternal(link.url)) continue;
        checked++;
        const linked = /^\/(ja|en)\//.exec(link.url.pathname)?.[1];
        if (linked === other && !link.crossLanguageAllowed)
          problems.push(`${page.path}: <${link.tag} ${link.attr}="${link.value}">`);
        // The data file the timeline loads is the page's language too.
        if (/\/data\/timeline\.(ja|en)\.json$/.test(link.url.pathname) && !link.url.pathname.endsWith(`.${lang}.json`))
          problems.push(`${page.path}: loads ${link.url.pathname}`);
      }
      // …and the language switch itself goes to the same page in the other language.
      const switches = page.links.filter((l) => l.tag === 'a' && l.crossLanguageAllowed);
      for (const s of switches) {
        if (s.url.pathname !== page.path.replace(/^\/(ja|en)\//, `/${other}/`))
          problems.push(`${page.path}: language switch goes to ${s.value}`);
      }
      // The slides hide the site header while presenting, so their control bar carries a second switch.
      const expectedSwitches = /^\/(ja|en)\/present\/$/.test(page.path) ? 2 : 1;
      if (switches.length !== expectedSwitches && !redirects.includes(page.path))
        problems.push(`${page.path}: ${switches.length} language switches`);
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });
});

describe('the HTML validates (html-validate:recommended)', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // An SEO length heuristic (search engines cut titles at ~70 characters), not a conformance rule: an event
      // page's <title> is the event's full title followed by the site name (Base.astro), which many exceed.
      'long-title': 'off',
      // A group of checkboxes sharing one name is how a form submits a multi-valued parameter (side=…&side=…).
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  });

  test('every page built, in both languages', async () => {
    const types = new Set<string>();
    const messages: string[] = [];
    for (const page of pages.values()) {
      const file = fileFor(page.path) as { file: string };
      types.add(page.path.replace(/^\/(ja|en)\//, '/:lang/').replace(/\/(events|people|places)\/[^/]+\/$/, '/$1/:id/'));
      const report = await validator.validateString(readFileSync(file.file, 'utf8'), relative(DIST, file.file));
      for (const result of report.results) {
        for (const m of result.messages)
          messages.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    for (const type of [
      '/',
      '/:lang/',
      '/:lang/events/:id/',
      '/:lang/people/',
      '/:lang/people/:id/',
      '/:lang/places/',
      '/:lang/places/:id/',
      '/:lang/works/',
      '/:lang/about/',
    ]) {
      expect(types, `no page of type ${type} was validated`).toContain(type);
    }
    expect(messages, `${messages.length} problem(s):\n${messages.slice(0, 40).join('\n')}`).toEqual([]);
  });
});
