/**
 * Site search in Chromium on the built site: one search over both languages from either half of the site,
 * every result reachable through "show more", matches marked, spellings folded, filters in the URL.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launchBrowser()));
afterAll(async () => close?.());

async function withPage<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const context = await newContext(browser);
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

async function open(page: Page, lang: 'ja' | 'en', params: string) {
  await page.goto(`${base}/${lang}/search/?${params}`);
  await page.waitForSelector('[data-search-results][data-done]');
}

/** The reported count and every result link, clicking "show more" until it disappears. */
async function allResults(page: Page): Promise<{ count: number; hrefs: string[] }> {
  const count = Number((await page.getAttribute('[data-search-status]', 'data-count')) ?? 'NaN');
  for (let clicks = 0; await page.isVisible('[data-search-more]'); clicks++) {
    if (clicks > 100) throw new Error('"show more" never ran out');
    const before = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  const hrefs = await page.$$eval('.search-result-title a', (links) => links.map((a) => a.getAttribute('href')!));
  return { count, hrefs };
}

async function searchAll(lang: 'ja' | 'en', query: string) {
  return withPage(async (page) => {
    await open(page, lang, `q=${encodeURIComponent(query)}`);
    return allResults(page);
  });
}

describe('one search for both languages, from either half of the site', () => {
  test.each([
    ['ja', 'Karakhan', '/ja/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
    ['ja', 'oil', '/ja/events/'],
    ['ja', 'Nikolaevsk', '/ja/events/1920-03-12-nikolaevsk-incident/'],
    ['en', 'カラハン', '/en/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
    ['en', '尼港', '/en/events/1920-03-12-nikolaevsk-incident/'],
    ['en', '批准', '/en/events/1925-02-20-soviet-ratification/'],
    ['ja', '芳澤', '/ja/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
    ['en', 'Karakhan Yoshizawa first time', '/en/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
    ['en', 'rehabilitated', '/en/events/1956-karakhan-rehabilitated/'],
  ] as const)('%s: %s finds %s', async (lang, query, expected) => {
    const { count, hrefs } = await searchAll(lang, query);
    expect(count).toBeGreaterThan(0);
    expect(hrefs.some((h) => h.startsWith(expected))).toBe(true);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/events/[a-z0-9-]+/$`));
  });

  test('results are written in the page language, with date and side badges', async () => {
    await withPage(async (page) => {
      await open(page, 'en', 'q=カラハン');
      const first = page.locator('.search-result').first();
      expect(await first.locator('.search-result-title').innerText()).toMatch(/[A-Za-z]/);
      expect(await first.locator('.search-result-title').innerText()).not.toMatch(/[\u3040-\u30ff]/);
      expect((await first.locator('.event-date').innerText()).trim()).not.toBe('');
      expect(await first.locator('.search-result-meta .side-badge').count()).toBeGreaterThan(0);
    });
  });
});

test('"Karakhan": every reported result is reachable, each event once, and more than 50 of them', async () => {
  const { count, hrefs } = await searchAll('ja', 'Karakhan');
  expect(count).toBeGreaterThan(50);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs.length).toBe(count);
});

test('matched words are marked in titles and excerpts, and excerpts are account text, not page labels', async () => {
  await withPage(async (page) => {
    await open(page, 'ja', 'q=Karakhan');
    const marks = await page.$$eval('.search-result mark', (m) => m.map((x) => x.textContent));
    expect(marks.length).toBeGreaterThan(10);
    // Each mark is one spelling of Karakhan (alone or in his full name, レフ・カラハン), never a cut word.
    for (const mark of marks) expect(mark).toMatch(/^(レフ・)?カラハン$|^(Lev )?Kara(k)?han$|Карахан$/);
    // The excerpt's own text, without its side badge (whose label is there for screen readers).
    const excerpts = await page.$$eval('.search-excerpt', (p) =>
      p.map((x) => {
        const copy = x.cloneNode(true) as HTMLElement;
        for (const badge of copy.querySelectorAll('.side-badge')) badge.remove();
        return copy.textContent!;
      }),
    );
    expect(excerpts.length).toBeGreaterThan(10);
    for (const text of excerpts) expect(text).not.toMatch(/日本側資料|この側の資料|Japanese-side sources|での日付表記/);
  });
  await withPage(async (page) => {
    // Found only in the other language: the page says where it matched and marks it there.
    await open(page, 'ja', 'q=oil');
    const note = page.locator('.search-other-language').first();
    expect(await note.getAttribute('lang')).toBe('en');
    expect((await note.locator('mark').first().innerText()).toLowerCase()).toBe('oil');
  });
});

describe('spellings historians use', () => {
  test.each([
    ['芳沢', '芳澤', 0.8],
    ['Nikolayevsk', 'Nikolaevsk', 0.8],
    ['樺太', 'サハリン', 0.5],
    ['Ioffe', 'Joffe', 0.8],
    ['karahan', 'Karakhan', 0.8],
    ['Tchitcherin', 'Chicherin', 0.8],
    ['Dalny', '大連', 0.8],
    ['Changchun', '長春', 0.8],
    ['浦塩', 'ウラジオストク', 0.8],
  ] as const)('%s finds at least the share of what %s finds given as %s', async (variant, usual, share) => {
    const [a, b] = [await searchAll('en', variant), await searchAll('ja', usual)];
    expect(b.count).toBeGreaterThan(0);
    expect(a.count).toBeGreaterThanOrEqual(Math.ceil(share * b.count));
  });

  test('サハリン finds the Sakhalin events (more than five)', async () => {
    const { count } = await searchAll('ja', 'サハリン');
    expect(count).toBeGreaterThan(5);
  });
});

test('side and paper filters narrow the results and are written to the URL', async () => {
  await withPage(async (page) => {
    await open(page, 'en', 'q=Karakhan');
    const all = Number(await page.getAttribute('[data-search-status]', 'data-count'));
    const soviet = Number((await page.innerText('[data-count="sides:soviet"]')).replace(/\D/g, ''));
    await page.uncheck('input[name="side"][value="japanese"]');
    await page.uncheck('input[name="side"][value="other"]');
    await page.uncheck('input[name="side"][value="context"]');
    await page.waitForFunction(
      (n) => document.querySelector('[data-search-status]')?.getAttribute('data-count') === String(n),
      soviet,
    );
    expect(soviet).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('side')).toBe('soviet');
    await page.check('input[name="paper"][value="shulatov"]');
    await page.waitForURL((url) => url.searchParams.get('paper') === 'shulatov');
    await page.waitForSelector('[data-search-results][data-done]');
    const narrowed = Number(await page.getAttribute('[data-search-status]', 'data-count'));
    expect(narrowed).toBeLessThan(soviet);
    // The link reproduces the view.
    await page.goto(page.url());
    await page.waitForSelector('[data-search-results][data-done]');
    expect(Number(await page.getAttribute('[data-search-status]', 'data-count'))).toBe(narrowed);
    expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(false);
    expect(await page.isChecked('input[name="paper"][value="shulatov"]')).toBe(true);
  });
});

test('the search box in the header of any page leads to results', async () => {
  await withPage(async (page) => {
    await page.goto(`${base}/en/events/1925-01-20-basic-convention-signed/`);
    await page.fill('.site-search input[name="q"]', 'Sakhalin');
    await page.press('.site-search input[name="q"]', 'Enter');
    await page.waitForSelector('[data-search-results][data-done]');
    expect(new URL(page.url()).pathname).toBe('/en/search/');
    expect(await page.$$eval('.search-result', (n) => n.length)).toBeGreaterThan(5);
  });
});

describe("the timeline's q= and the site search agree on what matches", () => {
  test.each([
    ['ja', '樺太'],
    ['en', 'Nikolayevsk'],
    ['en', 'Ioffe'],
    ['ja', '芳沢'],
  ] as const)('%s: %s', async (lang, query) => {
    const { count } = await searchAll(lang, query);
    expect(count).toBeGreaterThan(0);
    await withPage(async (page) => {
      await page.goto(`${base}/${lang}/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-timeline-app][data-ready="true"]');
      const text = (await page.textContent('form [data-result-count]')) ?? '';
      expect(Number(text.match(/\d+/)?.[0])).toBe(count);
    });
  });
});
