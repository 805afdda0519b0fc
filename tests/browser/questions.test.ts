/**
 * The questions at stake as a reader meets them in Chromium: an index in both languages, each question's
 * Japanese-side and Soviet-side accounts set against each other and linked to their events, the oil-share chart
 * drawn without JavaScript with its table of figures, and a phone layout that does not scroll sideways.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, newContext } from '../support/browser';
import { DIST } from '../support/paths';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  // The question pages need no JavaScript: they are read with it off.
  context = await newContext(browser, { javaScriptEnabled: false });
});
afterAll(async () => close?.());

/** Open a page and collect its script errors. */
async function open(
  path: string,
  on: BrowserContext = context,
): Promise<{ page: Page; errors: string[]; done: () => Promise<void> }> {
  const page = await on.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(200);
  return { page, errors, done: () => page.close() };
}

const status = async (path: string) => (await fetch(`${base}${path}`)).status;

describe.each(['ja', 'en'] as const)('/%s/questions/', (lang) => {
  test('lists at least six questions, each linked to its page, and is linked from the site navigation', async () => {
    const { page, done } = await open(`/${lang}/`);
    expect(await page.locator(`header nav a[href="/${lang}/questions/"]`).count()).toBe(1);
    await done();
    const index = await open(`/${lang}/questions/`);
    const links = await index.page.$$eval('.question-index li h2 a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) expect(href).toMatch(new RegExp(`^/${lang}/questions/[a-z0-9-]+/$`));
    await index.done();
  });
});

/** The questions as published, read from the built data file: one test per question and language. */
const QUESTION_IDS = (
  JSON.parse(readFileSync(join(DIST, 'data', 'questions.json'), 'utf8')) as Array<{ id: string }>
).map((q) => q.id);
const sideCountsSeen = new Map<string, { japanese: number; soviet: number }>();

describe.each(['ja', 'en'] as const)('question pages (%s)', (lang) => {
  test.each(QUESTION_IDS)(
    '%s sets the ● and ★ accounts against each other in time, each linked to its event',
    async (id) => {
      const href = `/${lang}/questions/${id}/`;
      const { page, errors, done } = await open(href);
      const japanese = await page.locator('.question-cell.column-japanese .account[data-side-kind="japanese"]').count();
      const soviet = await page.locator('.question-cell.column-soviet .account[data-side-kind="soviet"]').count();
      sideCountsSeen.set(`${lang}/${id}`, { japanese, soviet });
      // Where the papers give fewer than two accounts from a side, the page says so with the count.
      const thin = await page.$$eval('[data-thin-side]', (notes) =>
        notes.map((n) => [n.getAttribute('data-thin-side'), n.getAttribute('data-thin-count'), n.textContent] as const),
      );
      expect(thin.map(([kind]) => kind)).toEqual([
        ...(japanese < 2 ? ['japanese'] : []),
        ...(soviet < 2 ? ['soviet'] : []),
      ]);
      for (const [kind, count, text] of thin) {
        const seen = kind === 'japanese' ? japanese : soviet;
        expect(count).toBe(String(seen));
        // "only 1 account" names the count; none is said in words (ない / no), never "only 0".
        if (seen === 0) expect(text).toMatch(lang === 'ja' ? /記述がない/ : /give no /);
        else expect(text).toContain(String(seen));
      }
      // Each account sits in a row whose event link is that event's permalink, and carries data-side.
      const rows = await page.$$eval('.question-row', (items) =>
        items.map((row) => ({
          id: row.getAttribute('data-event-id'),
          link: row.querySelector('.question-event-link')?.getAttribute('href') ?? null,
          accounts: [...row.querySelectorAll('.account')].map((a) => a.getAttribute('data-side')),
          date: row.querySelector('time')?.getAttribute('datetime') ?? null,
        })),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.link).toBe(`/${lang}/events/${row.id}/`);
        expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(row.accounts.length).toBeGreaterThan(0);
        for (const side of row.accounts) expect(side).toMatch(/^[a-z-]+$/);
      }
      const dates = rows.map((r) => r.date!);
      expect(dates).toEqual([...dates].sort());
      // The view on the timeline and the slides show the question's events.
      expect(await page.getAttribute('[data-timeline-link]', 'href')).toMatch(
        new RegExp(`^/${lang}/\\?theme=[a-z0-9,-]+#timeline$`),
      );
      expect(await page.getAttribute('[data-present-link]', 'href')).toMatch(
        new RegExp(`^/${lang}/present/\\?theme=[a-z0-9,-]+$`),
      );
      expect(errors).toEqual([]);
      await done();
      for (const link of new Set(rows.map((r) => r.link!))) expect(await status(link), link).toBe(200);
    },
  );
});

test('at least six questions have two or more accounts from each side, in both languages', () => {
  for (const lang of ['ja', 'en']) {
    const full = QUESTION_IDS.filter((id) => {
      const seen = sideCountsSeen.get(`${lang}/${id}`);
      if (!seen) throw new Error(`question page ${lang}/${id} was not visited`);
      return seen.japanese >= 2 && seen.soviet >= 2;
    });
    expect(full.length, lang).toBeGreaterThanOrEqual(6);
  }
});

describe('the oil-share chart', () => {
  test.each(['ja', 'en'] as const)(
    'is an SVG drawn at build time with a title, a description and a table of the same figures (%s)',
    async (lang) => {
      const { page, done } = await open(`/${lang}/questions/oil-concessions/`);
      const svg = page.locator('svg[role="img"][data-chart]');
      expect(await svg.count()).toBe(1);
      const labelledBy = (await svg.getAttribute('aria-labelledby'))!.split(' ');
      expect(labelledBy).toHaveLength(2);
      for (const id of labelledBy) expect((await page.textContent(`[id="${id}"]`))!.trim().length).toBeGreaterThan(5);
      const figures = await page.$$eval('.position-table tbody tr .figure', (cells) =>
        cells.map((c) => c.textContent!.trim()),
      );
      expect(figures).toEqual(expect.arrayContaining(['60%', '50%', '40%', '45%', '15–20%']));
      expect(await page.locator('svg[data-chart] .chart-mark').count()).toBe(figures.length);
      // Each figure links to the event whose account states it.
      const sources = await page.$$eval('.position-table tbody tr a', (as) => as.map((a) => a.getAttribute('href')!));
      expect(sources).toHaveLength(figures.length);
      for (const href of new Set(sources)) expect(await status(href), href).toBe(200);
      await done();
    },
  );
});

test('an event that bears on questions links to them, and each such question lists the event', async () => {
  const { page, done } = await open('/en/events/1925-01-20-basic-convention-signed/');
  const links = await page.$$eval('[data-question-link]', (as) => as.map((a) => a.getAttribute('href')!));
  expect(links).toEqual(
    expect.arrayContaining(['/en/questions/oil-concessions/', '/en/questions/sakhalin-evacuation/']),
  );
  await done();
  for (const href of links) {
    const html = await (await fetch(`${base}${href}`)).text();
    expect(html.match(/class="question-row" data-event-id="1925-01-20-basic-convention-signed"/g), href).toHaveLength(
      1,
    );
  }
});

test("on a phone the question page does not scroll sideways and keeps each account's side marker", async () => {
  const phone = await newContext(browser, {
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const { page } = await open('/ja/questions/oil-concessions/', phone);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const badges = await page.$$eval('.question-row .account', (accounts) =>
    accounts.map((a) => a.querySelector('.side-badge') !== null),
  );
  expect(badges.length).toBeGreaterThan(10);
  expect(badges.every(Boolean)).toBe(true);
  await phone.close();
});

test('/data/questions.json lists every question with its events and charted figures', async () => {
  const response = await fetch(`${base}/data/questions.json`);
  expect(response.headers.get('content-type')).toMatch(/json/);
  const questions = (await response.json()) as Array<{
    id: string;
    events: Array<{ id: string; accounts: number[] }>;
    measure: null | { positions: Array<{ event: string; account: number; party: string; low: number; high: number }> };
    url: { ja: string; en: string };
  }>;
  expect(questions.length).toBeGreaterThanOrEqual(6);
  const oil = questions.find((q) => q.id === 'oil-concessions')!;
  expect(oil.measure!.positions).toContainEqual(
    expect.objectContaining({
      event: '1924-10-06-moscow-instructs-40-percent-of-oilfields',
      account: 2,
      party: 'japanese',
      low: 60,
      high: 60,
    }),
  );
  const convention = oil.events.find((e) => e.id === '1925-01-20-basic-convention-signed')!;
  expect(convention.accounts).toEqual([6, 8, 14]);
  expect(oil.url.en).toMatch(/\/en\/questions\/oil-concessions\/$/);
});
