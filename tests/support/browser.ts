/** The browser tests' Chromium (scripts/chromium.ts), its contexts, and their script errors. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../scripts/chromium';

export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await launchChromium();
  return { browser, close: () => browser.close() };
}

export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

const pageErrors = new WeakMap<Page, string[]>();

/** Record a page's uncaught script errors (and console errors, if asked) for the test that opened it to check. */
export function collectErrors(page: Page, label: string, options: { console?: boolean } = {}): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
  if (options.console)
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`${label}: console: ${m.text()}`)));
  pageErrors.set(page, errors);
  return errors;
}

/** The page ran without a script error so far (every page opened through collectErrors). */
export function expectNoScriptErrors(page: Page) {
  const errors = pageErrors.get(page);
  if (!errors) throw new Error('expectNoScriptErrors: this page was not opened with collectErrors');
  expect(errors, 'script errors').toEqual([]);
}

/** End of a test's visit: no script errors, then the page's context closes. */
export async function closeChecked(page: Page) {
  expectNoScriptErrors(page);
  await page.context().close();
}
