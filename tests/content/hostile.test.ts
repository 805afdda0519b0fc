/**
 * Hostile content stays text. A copy of the mini fixture corpus gains an event, a person, a place, a theme, a
 * labelled side and a work whose every text field carries markup that would run script if it ever became HTML
 * (<script>, <img onerror>, <svg onload>, javascript: links in HTML and in Markdown, attribute and element
 * break-outs). Each payload sets window.__pwned to the name of its field instead of calling alert.
 *
 * The corpus is built with the real `astro build` and every page type is opened in Chromium twice: once with the
 * pages' own Content-Security-Policy, where no CSP violation may even be reported (nothing was blocked, because
 * nothing tried to run), and once with CSP bypassed, where the payloads would run if they were markup. Either way
 * window.__pwned stays undefined, no dialog opens, and the payload is shown as visible text. The data files
 * carry the payloads as plain strings, and every page's CSP forbids inline script.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { astroBuild } from '../support/build';
import { serveStatic } from '../support/static-server';
import { launchBrowser, newContext } from '../support/browser';
import { scripts, tags } from '../support/html-tags';
import { cspProblems, htmlFiles } from '../support/csp';
import type { EventRecord } from '../../src/lib/exports';

const ID = '1923-10-01-hostile';
const LANGS = ['ja', 'en'] as const;
type Lang = (typeof LANGS)[number];
/** A word of the English title that search must find. */
const WORD = 'Zanzibarite';

const js = (field: string) => `window.__pwned='${field}'`;
/** Markup that runs script in every way an HTML context allows, plus break-outs of attributes, titles, comments. */
const payload = (field: string) =>
  `XSS-${field} "><script>${js(field)}</script><img src=x onerror="${js(field)}"> '><svg onload="${js(field)}"></svg> <a href="javascript:${js(field)}">a</a> [md](javascript:${js(field)}) </script></title></textarea></style>--><iframe src="javascript:${js(field)}"></iframe> END-${field}`;
/** A short form must fit in a citation group: no brackets or semicolons. */
const SHORT_FORM = `<img src=x onerror=${js('work.shortForm')}>`;

const event = {
  date: '1923-10-01',
  dateAsWritten: payload('dateAsWritten'),
  title: { ja: `${WORD} ${payload('title.ja')}`, en: `${WORD} ${payload('title.en')}` },
  paper: 'shimosato',
  locator: { ja: payload('locator.ja'), en: payload('locator.en') },
  themes: ['hostile-theme', 'beijing-talks'],
  people: ['hostile-person', 'karakhan'],
  places: ['hostile-place'],
  related: ['1923-09-22-first-meeting'],
  notes: [{ kind: 'discrepancy', ja: payload('note.ja'), en: payload('note.en') }],
};
/** The accounts as written in the body (marker, text, citation group) and the text each must keep. */
const accounts = (lang: Lang) => [
  { marker: '●', text: `<img src=x onerror="${js(`account.img.${lang}`)}"> ${lang === 'ja' ? '日本側の記述' : 'Japanese side'} [x](javascript:${js(`account.md.${lang}`)}) [y](javascript:alert(1))`, cite: '中野 92' },
  { marker: '★', text: `<script>${js(`account.script.${lang}`)}</script> <a href="javascript:${js(`account.a.${lang}`)}">${lang === 'ja' ? 'リンク' : 'link'}</a>`, cite: 'ソコロフ 127' },
  // A paragraph that starts with <script> is a raw HTML block to Markdown: it must still be an account, as text.
  { marker: '', text: `<script>${js(`account.block.${lang}`)}</script> ${lang === 'ja' ? '背景' : 'context'}`, cite: '中野 92' },
  { marker: '[hostile]', text: `<svg onload="${js(`account.svg.${lang}`)}"></svg><iframe src="javascript:${js(`account.iframe.${lang}`)}"></iframe> ${payload(`account.full.${lang}`)}`, cite: `${SHORT_FORM} 5` },
];
const body = LANGS.map((lang) => `## ${lang}\n\n${accounts(lang).map((a) => `${a.marker ? `${a.marker} ` : ''}${a.text} (${a.cite})`).join('\n\n')}\n`).join('\n');

const person = {
  name: { ja: payload('person.name.ja'), en: payload('person.name.en'), ru: payload('person.name.ru') },
  yomi: 'ほすたいる',
  roles: [{ date: '1923-09', ja: payload('person.role.ja'), en: payload('person.role.en'), paper: 'shimosato' }],
  summary: { ja: payload('person.summary.ja'), en: payload('person.summary.en') },
};
const place = {
  name: { ja: payload('place.name.ja'), en: payload('place.name.en'), ru: payload('place.name.ru') },
  yomi: 'ほすたいる',
  description: { ja: payload('place.description.ja'), en: payload('place.description.en') },
};
const work = {
  role: 'cited',
  side: 'soviet',
  shortForms: [SHORT_FORM],
  citedIn: ['shimosato'],
  csl: { type: 'book', title: payload('work.title'), author: [{ family: payload('work.author') }], issued: { 'date-parts': [[1990]] }, publisher: payload('work.publisher') },
  translatedTitle: { ja: payload('work.translatedTitle.ja'), en: payload('work.translatedTitle.en') },
};

let corpus: MiniCorpus;
let outDir: string;
let base: string;
let stopServer: () => Promise<void>;
let browser: Browser;
let closeBrowser: () => Promise<void>;

beforeAll(async () => {
  corpus = miniCorpus();
  corpus.write(`events/${ID}.md`, `---\n${stringify(event)}---\n\n${body}`);
  corpus.write('people/hostile-person.yaml', stringify(person));
  corpus.write('places/hostile-place.yaml', stringify(place));
  corpus.write('themes/hostile-theme.yaml', stringify({ name: { ja: payload('theme.name.ja'), en: payload('theme.name.en') } }));
  corpus.write('sides/hostile.yaml', stringify({ marker: '[hostile]', kind: 'other', label: { ja: payload('side.label.ja'), en: payload('side.label.en') } }));
  corpus.write('works/hostile-work.yaml', stringify(work));
  if (existsSync(join(corpus.dir, 'published-ids.txt'))) {
    const ids = corpus.read('published-ids.txt').split('\n').filter(Boolean);
    writeFileSync(join(corpus.dir, 'published-ids.txt'), `${[...ids, ID].sort().join('\n')}\n`);
  }
  outDir = join(corpus.dir, '..', 'dist');
  const cache = process.env.ASTRO_CACHE_DIR;
  process.env.ASTRO_CACHE_DIR = join(corpus.dir, '..', 'astro-cache');
  const result = astroBuild({ contentDir: corpus.dir, outDir, site: 'http://127.0.0.1:4321' });
  if (cache === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = cache;
  if (result.status !== 0) throw new Error(`astro build of the hostile corpus failed:\n${result.output.slice(-4000)}`);
  ({ url: base, close: stopServer } = await serveStatic(outDir));
  ({ browser, close: closeBrowser } = await launchBrowser());
}, 300_000);

afterAll(async () => {
  await closeBrowser?.();
  await stopServer?.();
  corpus?.cleanup();
});

interface Visit {
  path: string;
  /** Payload fields that must show as visible text. */
  visible: string[];
  /** Wait for the page's scripts, open panels, type into search… */
  prepare?: (page: Page) => Promise<void>;
}

const full = (field: string) => (field === 'work.shortForm' ? SHORT_FORM : payload(field));

async function timelineReady(page: Page) {
  await page.waitForSelector('[data-timeline-app][data-ready="true"]');
}

async function eventOpen(page: Page) {
  await timelineReady(page);
  await page.waitForSelector(`[data-detail][data-event-id="${ID}"]:not([hidden])`);
  // Hovering and clicking the item runs vis-timeline's own hover and selection code on the hostile item.
  const item = await page.$(`[data-timeline] .vis-item[data-event-id="${ID}"]:not(.vis-dot)`);
  if (item) {
    await item.hover();
    await item.click();
  }
}

function visits(lang: Lang): Visit[] {
  const list: Visit[] = [
    { path: `/${lang}/`, visible: [`title.${lang}`], prepare: timelineReady },
    { path: `/${lang}/chronology/1923/`, visible: [`title.${lang}`, `account.full.${lang}`] },
    {
      path: `/${lang}/`,
      visible: [`person.name.${lang}`, `theme.name.${lang}`, `work.translatedTitle.${lang}`],
      prepare: async (page) => {
        await timelineReady(page);
        for (const summary of await page.$$('[data-filters] details > summary')) await summary.click();
        // The timeline's own free-text filter finds the event by a word of its title.
        await page.fill('[data-filters] input[name="q"]', WORD);
        await page.waitForFunction(() => /(^|\D)1(\D|$)/.test(document.querySelector('form [data-result-count]')?.textContent ?? ''));
        await page.click('[data-nav="fit"]');
        await page.waitForFunction((id) => {
          const shown = [...document.querySelectorAll<HTMLElement>('[data-window-list] .window-entry')].map((e) => e.dataset.eventId);
          return shown.length === 1 && shown[0] === id;
        }, ID);
      },
    },
    { path: `/${lang}/?event=${ID}`, visible: [`title.${lang}`, `account.full.${lang}`, `note.${lang}`], prepare: eventOpen },
    { path: `/${lang}/events/${ID}/`, visible: [`title.${lang}`, 'dateAsWritten', `locator.${lang}`, `note.${lang}`, `account.full.${lang}`, `person.name.${lang}`, `place.name.${lang}`, `theme.name.${lang}`, `side.label.${lang}`, 'work.shortForm'] },
    { path: `/${lang}/events/1923-09-22-first-meeting/`, visible: [`title.${lang}`] },
    { path: `/${lang}/people/`, visible: [`person.name.${lang}`] },
    { path: `/${lang}/people/hostile-person/`, visible: [`person.name.${lang}`, `person.role.${lang}`, `person.summary.${lang}`, `title.${lang}`] },
    { path: `/${lang}/places/`, visible: [`place.name.${lang}`] },
    { path: `/${lang}/places/hostile-place/`, visible: [`place.name.${lang}`, `place.description.${lang}`, `title.${lang}`] },
    { path: `/${lang}/works/`, visible: [`work.translatedTitle.${lang}`, 'work.shortForm'] },
    // The URL is input too: a view link with markup in its parameters.
    { path: `/${lang}/?q=${encodeURIComponent(payload('url.q'))}&event=${encodeURIComponent(payload('url.event'))}&person=${encodeURIComponent(payload('url.person'))}`, visible: [], prepare: timelineReady },
  ];
  list.push({
    path: `/${lang}/present/?event=${ID}`,
    visible: [`title.${lang}`],
    prepare: async (page) => {
      await page.waitForSelector(`[data-present][data-slide] .slide.is-current[data-event-id="${ID}"]`);
    },
  });
  list.push({ path: `/${lang}/present/?event=${encodeURIComponent(payload('url.event'))}&q=${encodeURIComponent(payload('url.q'))}`, visible: [] });
  list.push({
    path: `/${lang}/search/?q=${encodeURIComponent(payload('url.q'))}`,
    // The search page echoes the query in its search box (a value, not page text); what is checked is that it
    // never becomes markup or runs.
    visible: [],
    prepare: async (page) => {
      // A query that matches nothing leaves the (empty) result list hidden: wait for the search to finish, not to show.
      await page.waitForSelector('[data-search-results][data-done="true"]', { state: 'attached' });
    },
  });
  list.push({
    path: `/${lang}/`,
    visible: [],
    prepare: async (page) => {
      // Type a word of the hostile title into the search box and read the results.
      const box = (await page.$('[data-search-input]')) ?? (await page.$('form[role="search"]:not([data-filters]) input[type="search"]'));
      expect(box, 'no search box').not.toBeNull();
      await box!.fill(WORD);
      await box!.press('Enter');
      await page.waitForURL((url) => url.pathname === `/${lang}/search/` && url.searchParams.get('q') === WORD);
      await page.waitForSelector('[data-search-results][data-done="true"]');
      const results = await page.$$eval('[data-search-results] a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(results).toContain(`/${lang}/events/${ID}/`);
      expect(await page.innerText('[data-search-results]')).toContain(`XSS-title.${lang}`);
    },
  });
  return list;
}

/** Everything in the DOM that would be script: handlers, javascript: URLs, inline scripts, the payloads' elements. */
const liveMarkup = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
        if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (script.textContent?.includes('__pwned') && script.type !== 'application/json') found.push(`<script>${script.textContent.slice(0, 80)}`);
    }
    for (const img of document.querySelectorAll('img[src="x"], svg[onload], iframe')) found.push(img.outerHTML.slice(0, 120));
    return found;
  });

async function check(context: BrowserContext, visit: Visit, strictCsp: boolean) {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const cspReports: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|run)/i.test(message.text())) cspReports.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const label = `${visit.path} (${strictCsp ? 'page CSP' : 'CSP bypassed'})`;
  await page.goto(`${base}${visit.path}`);
  await page.waitForLoadState('load');
  await visit.prepare?.(page);
  await page.waitForLoadState('networkidle');
  // A broken image counts as complete once its error event is dispatched; one task later every onerror has run.
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));

  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), `${label}: a payload ran`).toBeUndefined();
  expect(dialogs, `${label}: a dialog opened`).toEqual([]);
  expect(await liveMarkup(page), `${label}: entry text became markup`).toEqual([]);
  if (strictCsp) expect(cspReports, `${label}: CSP had to block something, so entry text reached the page as markup`).toEqual([]);
  expect(errors, `${label}: script errors`).toEqual([]);
  const text = await page.innerText('body');
  for (const field of visit.visible) expect(text, `${label}: ${field} is not shown as text`).toContain(full(field));
  await page.close();
}

describe('hostile entries stay text in every page (Chromium)', () => {
  test('control: the checks see markup run when CSP is bypassed, and CSP reports when it is not', async () => {
    for (const bypassCSP of [true, false]) {
      const context = await newContext(browser, { bypassCSP });
      const page = await context.newPage();
      const reports: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
      });
      await page.goto(`${base}/en/events/${ID}/`);
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__control = 1">'));
      const ran = () => page.evaluate(() => (window as unknown as { __control?: number }).__control);
      if (bypassCSP) await expect.poll(ran, { message: 'with CSP bypassed, injected markup runs' }).toBe(1);
      else {
        // The report comes when the handler is refused: from then on it could only have been blocked.
        await expect.poll(() => reports.length, { message: 'a blocked handler is reported on the console' }).toBeGreaterThan(0);
        expect(await ran(), 'the page CSP blocks inline handlers').toBeUndefined();
      }
      await context.close();
    }
  });

  for (const strictCsp of [true, false]) {
    describe(strictCsp ? 'with the pages\' CSP' : 'with CSP bypassed (the payloads would run if they were markup)', () => {
      // About 15 pages per language, each checked after its scripts have run: allow for a busy machine.
      test.for(LANGS)('%s pages', { timeout: 240_000 }, async (lang) => {
        const context = await newContext(browser, { bypassCSP: !strictCsp, locale: lang === 'ja' ? 'ja-JP' : 'en-GB' });
        try {
          for (const visit of visits(lang)) await check(context, visit, strictCsp);
        } finally {
          await context.close();
        }
      });
      test('the root page', async () => {
        const context = await newContext(browser, { bypassCSP: !strictCsp });
        try {
          await check(context, { path: '/', visible: [], prepare: timelineReady }, strictCsp);
        } finally {
          await context.close();
        }
      });
    });
  }
});

describe('every built page of the hostile corpus', () => {
  test('keeps the payloads out of markup: no handler, no javascript: URL, no inline script', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const name = relative(outDir, file);
      for (const { name: tag, attrs } of tags(html)) {
        for (const [attr, value] of attrs) {
          if (attr.startsWith('on')) problems.push(`${name}: <${tag} ${attr}>`);
          if (/^\s*javascript:/i.test(value) && /^(href|src|action|formaction|data|poster)$/.test(attr)) problems.push(`${name}: <${tag} ${attr}="${value}">`);
        }
        if (tag === 'img' && attrs.get('src') === 'x') problems.push(`${name}: <img src=x>`);
      }
      for (const script of scripts(html)) {
        if (script.attrs.has('src')) continue;
        if (script.attrs.get('type') !== 'application/json') problems.push(`${name}: inline <script> ${script.text.slice(0, 60)}`);
        else {
          // Data in a JSON script block is fine as long as it cannot close the element and still parses.
          expect(() => JSON.parse(script.text), name).not.toThrow();
        }
      }
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  test('every page of the hostile build forbids inline script', () => {
    const problems = cspProblems(outDir);
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('the data files carry the payloads as plain strings', () => {
  const text = (path: string) => readFileSync(join(outDir, path), 'utf8');

  test('/data/events.json', () => {
    const record = (JSON.parse(text('data/events.json')) as EventRecord[]).find((e) => e.id === ID)!;
    expect(record).toBeDefined();
    expect(record.title).toEqual(event.title);
    expect(record.dateAsWritten).toBe(event.dateAsWritten);
    expect(record.locator).toEqual(event.locator);
    expect(record.notes).toEqual(event.notes);
    expect(record.accounts.map((a) => a.text)).toEqual(accounts('ja').map((a, i) => ({ ja: a.text, en: accounts('en')[i]!.text })));
    expect(record.accounts.map((a) => a.marker)).toEqual(accounts('ja').map((a) => a.marker));
    expect(record.accounts[3]!.citations).toEqual([{ work: 'hostile-work', pages: '5', citedAs: `${SHORT_FORM} 5` }]);
  });

  test('/data/timeline.<lang>.json', () => {
    for (const lang of LANGS) {
      const data = JSON.parse(text(`data/timeline.${lang}.json`)) as { events: Array<{ id: string; title: string; accounts: Array<{ text: string }>; notes: string[] }>; sides: Record<string, { label: string }> };
      const datum = data.events.find((e) => e.id === ID)!;
      expect(datum.title).toBe(event.title[lang]);
      expect(datum.accounts.map((a) => a.text)).toEqual(accounts(lang).map((a) => a.text));
      expect(datum.notes).toEqual([event.notes[0]![lang]]);
      expect(data.sides.hostile!.label).toBe(payload(`side.label.${lang}`));
    }
  });

  test('/data/works.json', () => {
    const item = (JSON.parse(text('data/works.json')) as Array<{ id: string; title: string; publisher?: string }>).find((w) => w.id === 'hostile-work')!;
    expect(item.title).toBe(work.csl.title);
    expect(item.publisher).toBe(work.csl.publisher);
  });

  test('/data/events.csv', () => {
    const parsed = Papa.parse<Record<string, string>>(text('data/events.csv').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data.filter((r) => r.id === ID);
    expect(rows.length).toBe(accounts('ja').length);
    for (const row of rows) {
      expect(row.title_ja).toBe(event.title.ja);
      expect(row.title_en).toBe(event.title.en);
    }
    expect(rows.map((r) => r.text_ja)).toEqual(accounts('ja').map((a) => a.text));
    expect(rows.map((r) => r.text_en)).toEqual(accounts('en').map((a) => a.text));
  });
});
