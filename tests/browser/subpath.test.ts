/**
 * The site published under a sub-path of a public address: one real build with
 * SITE_URL=https://history.example.org BASE_PATH=/nisso-timeline/, served only under /nisso-timeline/ (anything
 * else is 404, as on a shared university server), then read as files and driven in Chromium:
 * - every internal link, asset, form action and data URL stays inside the sub-path and resolves to a file;
 * - permalinks (events.json, canonical, Open Graph, citations) carry the public address; nothing names a loopback;
 * - the timeline draws, search answers and the presentation's service worker is scoped to the sub-path;
 * - the sitemap lists both languages' event pages; event pages carry Highwire citation_* tags;
 * - the data page links every export, served with its content type.
 * A production build without SITE_URL stops and names it (that build fails at once, before any page is made).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { astroBuild } from '../support/build';
import { serveStatic } from '../support/static-server';
import { launchBrowser, newContext } from '../support/browser';
import { decodeEntities, tags } from '../support/html-tags';
import type { EventRecord } from '../../src/lib/exports';

const SITE = 'https://history.example.org';
const BASE = '/nisso-timeline/';
const ROOT_URL = `${SITE}${BASE}`;
const URL_ATTRS = ['href', 'src', 'action', 'poster', 'data-data-url'];

let dir: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let closeBrowser: () => Promise<void>;
let events: EventRecord[];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** The built file a site path names, if any (the path must be inside the sub-path). */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const file = join(dir, rest.endsWith('/') || rest === '' ? join(rest, 'index.html') : rest);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nisso-subpath-'));
  const result = astroBuild({ site: SITE, base: BASE, outDir: dir });
  if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.output}`);
  events = JSON.parse(read('data/events.json')) as EventRecord[];
  server = await serveStatic(dir, { base: BASE });
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 900_000);

afterAll(async () => {
  await closeBrowser?.();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('built for https://history.example.org/nisso-timeline/', () => {
  test('every internal link, asset and data URL stays inside the sub-path and resolves to a file', () => {
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const file of files(dir).filter((f) => f.endsWith('.html'))) {
      const page = `${BASE}${relative(dir, file).replace(/index\.html$/, '')}`;
      for (const { name, attrs } of tags(readFileSync(file, 'utf8'))) {
        const values = URL_ATTRS.filter((a) => attrs.has(a)).map((a) => attrs.get(a)!);
        if (
          name === 'meta' &&
          /^(og:url|og:image|twitter:image|citation_public_url)$/.test(attrs.get('property') ?? attrs.get('name') ?? '')
        )
          values.push(attrs.get('content')!);
        if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh')
          values.push(/url=(.+)$/i.exec(attrs.get('content') ?? '')?.[1] ?? '');
        for (const value of values) {
          const url = new URL(value, `${SITE}${page}`);
          if (url.origin !== SITE) continue;
          checked++;
          if (!url.pathname.startsWith(BASE)) outside.push(`${page}: <${name}> ${value}`);
          else if (!fileFor(url.pathname)) broken.push(`${page}: <${name}> ${value}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(outside.slice(0, 20)).toEqual([]);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  test('scripts and styles name no root path outside the sub-path', () => {
    const offenders = files(join(dir, '_astro'))
      .filter((f) => /\.(js|css)$/.test(f))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/["'`(]\/(data|_astro|ja|en|present-sw\.js|favicon\.svg)\b[^"'`)]*/g)].map(
          (m) => `${relative(dir, f)}: ${m[0]}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  test('permalinks carry the public address and nothing names a loopback address', () => {
    for (const event of events) {
      expect(event.url.ja).toBe(`${ROOT_URL}ja/events/${event.id}/`);
      expect(event.url.en).toBe(`${ROOT_URL}en/events/${event.id}/`);
    }
    const id = events[0]!.id;
    expect(read(`en/events/${id}/index.html`)).toContain(`<link rel="canonical" href="${ROOT_URL}en/events/${id}/">`);
    const loopback = files(dir)
      .filter((f) => /\.(html|json|csv|bib|xml|js|txt)$/.test(f))
      .filter((f) => /127\.0\.0\.1|localhost/.test(readFileSync(f, 'utf8')));
    expect(loopback.map((f) => relative(dir, f))).toEqual([]);
  });

  test('the sitemap lists every event page in both languages', () => {
    const index = read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const locs = new Set(
      maps.flatMap((map) =>
        [...read(new URL(map).pathname.slice(BASE.length)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
      ),
    );
    for (const event of events) {
      expect(locs.has(event.url.ja), event.url.ja).toBe(true);
      expect(locs.has(event.url.en), event.url.en).toBe(true);
    }
  });

  test('event pages carry Highwire citation_* tags for Zotero; the Japanese citation reads 「題」『サイト名』', () => {
    const event = events.find((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting')!;
    for (const lang of ['ja', 'en'] as const) {
      const meta = new Map(
        tags(read(`${lang}/events/${event.id}/index.html`))
          .filter((t) => t.name === 'meta' && t.attrs.get('name')?.startsWith('citation_'))
          .map((t) => [t.attrs.get('name')!, t.attrs.get('content')!]),
      );
      expect(meta.get('citation_title')).toBe(event.title[lang]);
      expect(meta.get('citation_online_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta.get('citation_public_url')).toBe(event.url[lang]);
      expect(meta.get('citation_language')).toBe(lang);
    }
    const html = read(`ja/events/${event.id}/index.html`);
    const citation = decodeEntities(
      /<pre class="cite-text" id="cite-ja-humanities"[^>]*>([\s\S]*?)<\/pre>/.exec(html)![1]!.replace(/<[^>]+>/g, ''),
    );
    expect(citation.startsWith(`「${event.title.ja}」『`)).toBe(true);
    expect(citation).toContain(`』`);
    expect(citation).toContain(`${event.url.ja}（`);
    expect(citation).toMatch(/閲覧）$/);
  });

  test('the data page links events.csv, events.json and works.bib, served with their content types', async () => {
    for (const lang of ['ja', 'en'] as const) {
      const hrefs = tags(read(`${lang}/data/index.html`))
        .filter((t) => t.name === 'a')
        .map((t) => t.attrs.get('href'));
      for (const file of ['events.csv', 'events.json', 'works.bib', 'works.json'])
        expect(hrefs).toContain(`${BASE}data/${file}`);
    }
    const types = Object.fromEntries(
      await Promise.all(
        ['events.csv', 'events.json', 'works.bib'].map(async (file) => [
          file,
          (await fetch(`${server.url}${BASE}data/${file}`)).headers.get('content-type'),
        ]),
      ),
    );
    expect(types).toEqual({
      'events.csv': 'text/csv; charset=utf-8; header=present',
      'events.json': 'application/json; charset=utf-8',
      'works.bib': 'application/x-bibtex; charset=utf-8',
    });
    expect((await fetch(`${server.url}/ja/`)).status).toBe(404);
  });
});

describe('served under the sub-path, in Chromium', () => {
  /** Every same-origin request a page makes, with its status. */
  async function openRecording(
    path: string,
  ): Promise<{ page: Page; requests: Array<{ url: string; status: number }> }> {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requests: Array<{ url: string; status: number }> = [];
    page.on('response', (response) => {
      if (response.url().startsWith(server.url)) requests.push({ url: response.url(), status: response.status() });
    });
    await page.goto(`${server.url}${path}`);
    return { page, requests };
  }
  const outsideOrFailed = (requests: Array<{ url: string; status: number }>) =>
    requests
      .filter((r) => !new URL(r.url).pathname.startsWith(BASE) || r.status >= 400)
      .map((r) => `${r.status} ${r.url}`);

  test('the timeline draws, with every request inside the sub-path', async () => {
    const { page, requests } = await openRecording(`${BASE}ja/`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    expect(await page.$$eval('[data-timeline] .vis-item', (n) => n.length)).toBeGreaterThan(20);
    expect(requests.some((r) => r.url.endsWith(`${BASE}data/timeline-index.ja.json`))).toBe(true);
    expect(outsideOrFailed(requests)).toEqual([]);
    await page.context().close();
  });

  test('search answers, and its results link inside the sub-path', async () => {
    const { page, requests } = await openRecording(`${BASE}en/search/?q=Karakhan`);
    await page.waitForSelector('[data-search-results][data-done]');
    const links = await page.$$eval('.search-result-title a', (anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link.startsWith(`${BASE}en/`), link).toBe(true);
    const first = await fetch(`${server.url}${links[0]}`);
    expect(first.status).toBe(200);
    expect(outsideOrFailed(requests)).toEqual([]);
    await page.context().close();
  });

  test('the root chooses a language inside the sub-path; the presentation registers its worker for the sub-path', async () => {
    const { page, requests } = await openRecording(BASE);
    await page.waitForURL(/\/nisso-timeline\/(ja|en)\/$/);
    await page.goto(`${server.url}${BASE}en/present/`);
    await page.waitForSelector('[data-present][data-ready="true"]');
    await page.waitForSelector('[data-present][data-offline-ready="true"]');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}${BASE}`);
    expect(outsideOrFailed(requests)).toEqual([]);
    await page.context().close();
  });
});

test('a production build without SITE_URL stops and says how to set it', () => {
  const out = mkdtempSync(join(tmpdir(), 'nisso-nosite-'));
  try {
    const result = astroBuild({ site: null, outDir: out });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL is not set');
    expect(result.output).toContain('SITE_URL=https://');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
