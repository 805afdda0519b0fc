/** "Cite this event" in real Chromium: copy buttons copy exactly the text shown; without JavaScript it is plain text. */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { collectErrors, expectNoScriptErrors, launchBrowser, newContext } from '../support/browser';

const base = inject('baseUrl');
const PATH = '/en/events/1923-09-22-karakhan-yoshizawa-first-meeting/';
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

async function openPage(context: BrowserContext, path = PATH) {
  const page = await context.newPage();
  collectErrors(page, path);
  await page.goto(`${base}${path}`);
  return page;
}

test('each copy button puts its block on the clipboard and says so', async () => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openPage(context);
  await page.click('.cite-event summary');
  expect(
    await page.$$eval(
      '.cite-copy',
      (buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length,
    ),
  ).toBe(6);
  for (const format of ['chicago-note', 'chicago-bibliography', 'bibtex', 'ris', 'csl-json']) {
    await page.click(`button[data-copy="cite-${format}"]`);
    const status = page.locator(`section[data-format="${format}"] [data-copy-status]`);
    await expect.poll(() => status.textContent()).toBe('Copied to the clipboard.');
    const shown = await page.textContent(`#cite-${format}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  }
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '"URL": "http://127.0.0.1:4321/en/events/1923-09-22-karakhan-yoshizawa-first-meeting/"',
  );
  expectNoScriptErrors(page);
  await context.close();
});

test("the Japanese citation carries the reader's access date, and the copy carries it too", async () => {
  const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await openPage(context, PATH.replace('/en/', '/ja/'));
  await page.click('.cite-event summary');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
  });
  const shown = (await page.textContent('#cite-ja-humanities'))!;
  expect(shown).toMatch(/^「カラハンと芳澤、北京で初めて会見」『.+』/);
  expect(shown.endsWith(`（${today}閲覧）`)).toBe(true);
  await page.click('button[data-copy="cite-ja-humanities"]');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await context.close();
});

test('where the Clipboard API is missing, the button selects the text instead', async () => {
  const context = await newContext(browser);
  await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  const page = await openPage(context, PATH.replace('/en/', '/ja/'));
  await page.click('.cite-event summary');
  await page.click('button[data-copy="cite-bibtex"]');
  expect(await page.textContent('section[data-format="bibtex"] [data-copy-status]')).toContain('Ctrl+C');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await page.textContent('#cite-bibtex'));
  expectNoScriptErrors(page);
  await context.close();
});

test('without JavaScript the citations are selectable text and no dead button shows', async () => {
  const context = await newContext(browser, { javaScriptEnabled: false });
  const page = await openPage(context);
  await page.click('.cite-event summary');
  expect(await page.isVisible('#cite-bibtex')).toBe(true);
  expect(await page.textContent('#cite-bibtex')).toMatch(/^@misc\{1923-09-22-karakhan-yoshizawa-first-meeting,/);
  expect(
    await page.$$eval(
      '.cite-copy',
      (buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length,
    ),
  ).toBe(0);
  expectNoScriptErrors(page);
  const ja = await openPage(context, PATH.replace('/en/', '/ja/'));
  await ja.click('.cite-event summary');
  // The access date is left for the reader to fill in.
  expect(await ja.textContent('#cite-ja-humanities')).toMatch(/（〇〇〇〇年〇月〇日閲覧）$/);
  await context.close();
});
