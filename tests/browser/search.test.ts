/** Site search (Pagefind, built with the site) in Chromium: Japanese inside sentences, English words. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;
beforeAll(async () => ({ browser, close } = await launchBrowser()));
afterAll(async () => close?.());

async function search(page: Page, lang: 'ja' | 'en', query: string): Promise<string[]> {
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-results][data-done]');
  return page.$$eval('.search-result a', (links) => links.map((a) => a.getAttribute('href')!));
}

test.each([
  ['ja', '芳澤', '/ja/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
  ['ja', '尼港', '/ja/events/1920-03-12-nikolaevsk-incident/'],
  ['ja', '批准', '/ja/events/1925-02-20-soviet-ratification/'],
  ['en', 'Karakhan Yoshizawa first time', '/en/events/1923-09-22-karakhan-yoshizawa-first-meeting/'],
  ['en', 'rehabilitated', '/en/events/1956-karakhan-rehabilitated/'],
] as const)('%s: %s finds %s', async (lang, query, expected) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const hits = await search(page, lang, query);
  expect(hits).toContain(expected);
  for (const hit of hits) expect(hit.startsWith(`/${lang}/events/`)).toBe(true);
  await context.close();
});

test('the search box in the header of any page leads to results', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${base}/en/events/1925-01-20-basic-convention-signed/`);
  await page.fill('.site-search input[name="q"]', 'Sakhalin');
  await page.press('.site-search input[name="q"]', 'Enter');
  await page.waitForSelector('[data-search-results][data-done]');
  expect(new URL(page.url()).pathname).toBe('/en/search/');
  expect(await page.$$eval('.search-result', (n) => n.length)).toBeGreaterThan(5);
  await context.close();
});
