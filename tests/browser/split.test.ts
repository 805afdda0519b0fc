/**
 * The timeline's data split (issue 13), seen from the network in real Chromium: the page loads only the small
 * index (preloaded from the head) and vis-timeline (imported by the island once the page's HTML is shown, not
 * preloaded: that delayed the first paint, see docs/benchmarks.md); an opened event fetches its year's
 * chunk only; a query fetches the searchable texts once; the whole-corpus file is never read by the page.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';
import type { TimelineTexts } from '../../src/lib/timeline-data';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

/** Open a page and record the paths of every request it makes (in order). */
async function openRecording(path: string): Promise<{ page: Page; requests: string[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  collectErrors(page, path);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${base}${path}`);
  await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  return { page, requests };
}
const data = (requests: string[]) => requests.filter((p) => p.startsWith('/data/'));

describe('the timeline page loads what the screen needs', () => {
  test('on load: the index once from the head, vis-timeline once after the HTML; no texts, no year chunks, not the whole corpus', async () => {
    const { page, requests } = await openRecording('/en/');
    expect(data(requests)).toEqual(['/data/timeline-index.en.json']);
    // The page as served (at run time the import itself adds modulepreload links for vis-timeline's chunks).
    const served = await (await fetch(`${base}/en/`)).text();
    expect(served).toMatch(/<link rel="preload" href="[^"]*\/data\/timeline-index\.en\.json"/);
    expect(served, 'vis-timeline is not preloaded from the head').not.toMatch(/<link[^>]*vis-timeline/);
    const isVis = (p: string) => /\/_astro\/vis-timeline[^/]*\.js$/.test(p);
    expect(requests.filter(isVis)).toHaveLength(1);
    // Requested by the island once the document is parsed, so its compilation does not hold up the first paint.
    const { parsed, visStart } = await page.evaluate(() => ({
      parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      visStart: performance
        .getEntriesByType('resource')
        .find((r) => /\/_astro\/vis-timeline[^/]*\.js$/.test(new URL(r.name).pathname))!.startTime,
    }));
    expect(visStart).toBeGreaterThanOrEqual(parsed);
    expect(await page.$$eval('[data-timeline] .vis-item', (n) => n.length)).toBeGreaterThan(5);
    await closeChecked(page);
  });

  test('?event= outside the first window fetches that year’s chunk only, and shows the event’s accounts', async () => {
    const id = '1880-karakhan-born-in-tiflis';
    const { page, requests } = await openRecording(`/ja/?event=${id}`);
    await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
    expect(data(requests)).toEqual(['/data/timeline-index.ja.json', '/data/timeline/ja/1880.json']);
    const chunk = (await (await fetch(`${base}/data/timeline/ja/1880.json`)).json()) as {
      events: Array<{ id: string; accounts: unknown[] }>;
    };
    const event = chunk.events.find((e) => e.id === id)!;
    expect(await page.$$eval('[data-detail] .account', (n) => n.length)).toBe(event.accounts.length);
    await closeChecked(page);
  });

  test('a free-text query fetches the searchable texts once; the next query reuses them', async () => {
    const { page, requests } = await openRecording('/en/');
    const submit = async (q: string) => {
      await page.fill('form[data-filters] input[name="q"]', q);
      await page.press('form[data-filters] input[name="q"]', 'Enter');
      await page.waitForFunction((want) => new URL(location.href).searchParams.get('q') === want, q);
      await page.waitForFunction(() => document.querySelector('[data-timeline-app] [data-status]')?.textContent === '');
    };
    await submit('Vladivostok');
    const first = Number((await page.textContent('form [data-result-count]'))!.match(/\d+/)![0]);
    await submit('Harbin');
    const second = Number((await page.textContent('form [data-result-count]'))!.match(/\d+/)![0]);
    const { texts } = (await (await fetch(`${base}/data/timeline-text.json`)).json()) as TimelineTexts;
    const matching = (word: string) => Object.values(texts).filter((t) => t.includes(word.toLowerCase())).length;
    // Every event whose texts hold the word is counted (aliases may add more).
    expect(first).toBeGreaterThanOrEqual(matching('Vladivostok'));
    expect(second).toBeGreaterThanOrEqual(matching('Harbin'));
    expect(matching('Harbin')).toBeGreaterThan(0);
    expect(data(requests)).toEqual(['/data/timeline-index.en.json', '/data/timeline-text.json']);
    await closeChecked(page);
  });
});
