/**
 * The timeline's data split (issue 13), seen from the network in real Chromium: the page loads the opening
 * period's index (preloaded from the head) and vis-timeline (imported by the island once the page's HTML is
 * shown, not preloaded: that delayed the first paint, see docs/benchmarks.md), draws, and only then loads the
 * whole index; an opened event fetches its year's chunk only; a query fetches the searchable texts once; the
 * whole-corpus file is never read by the page.
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
  test('on load: the opening index from the head, vis-timeline after the HTML, the whole index after the first drawing; no texts, no year chunks, not the whole corpus', async () => {
    const { page, requests } = await openRecording('/en/');
    expect(data(requests)).toEqual(['/data/timeline-opening.en.json', '/data/timeline-index.en.json']);
    // The page as served (at run time the import itself adds modulepreload links for vis-timeline's chunks).
    const served = await (await fetch(`${base}/en/`)).text();
    expect(served).toMatch(/<link rel="preload" href="[^"]*\/data\/timeline-opening\.en\.json"/);
    expect(served, 'the whole index is not preloaded').not.toMatch(/<link[^>]*timeline-index/);
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

  test('the first drawing, from the opening index alone, is the drawing the whole index gives', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    collectErrors(page, '/ja/');
    // What vis-timeline shows in the frame after the island first hands it items (vis-timeline draws in an
    // animation frame requested before this one), and whether the whole index had been requested by then.
    await page.addInitScript(() => {
      const w = window as unknown as { firstDrawing?: { items: string[]; wholeRequested: boolean } };
      const describe = () =>
        [...document.querySelectorAll<HTMLElement>('[data-timeline] .vis-item')]
          .map((n) => `${n.dataset.side}:${n.dataset.eventId ?? `bucket ${n.textContent}`}`)
          .sort();
      document.addEventListener(
        'timeline-rendered',
        () => {
          if (w.firstDrawing) return;
          w.firstDrawing = { items: [], wholeRequested: false };
          requestAnimationFrame(() => {
            w.firstDrawing = {
              items: describe(),
              wholeRequested: performance.getEntriesByType('resource').some((r) => r.name.includes('timeline-index')),
            };
          });
        },
        true,
      );
    });
    await page.goto(`${base}/ja/`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    const first = await page.evaluate(
      () => (window as unknown as { firstDrawing: { items: string[]; wholeRequested: boolean } }).firstDrawing,
    );
    expect(first.wholeRequested, 'the whole index is requested after the first drawing').toBe(false);
    expect(first.items.length).toBeGreaterThan(5);
    const now = await page.$$eval('[data-timeline] .vis-item', (nodes) =>
      (nodes as HTMLElement[]).map((n) => `${n.dataset.side}:${n.dataset.eventId ?? `bucket ${n.textContent}`}`).sort(),
    );
    expect(first.items).toEqual(now);
    // The counts are the whole corpus's from the first paint (rendered with the page) to the end.
    const total = (await (await fetch(`${base}/data/timeline-index.ja.json`)).json()) as { events: unknown[] };
    expect(await page.textContent('form [data-result-count]')).toContain(String(total.events.length));
    await closeChecked(page);
  });

  test('a reader who acts before the whole index is in loses nothing: the filter, the counts, the list and the panel cover every event', async () => {
    const ids = async (page: Page) =>
      page.$$eval('[data-window-list] .window-entry', (n) => n.map((e) => (e as HTMLElement).dataset.eventId!));
    const count = async (page: Page) => (await page.textContent('form [data-result-count]'))!;
    const fit = async (page: Page) => {
      await page.click('[data-nav="fit"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-window-list] .window-entry').length > 60);
    };
    // The same view loaded at rest: the answer the hurried reader must get too.
    const { page: calm } = await openRecording('/en/?side=japanese,other,context');
    await fit(calm);
    const expected = { count: await count(calm), ids: await ids(calm) };
    await closeChecked(calm);

    const context = await newContext(browser);
    const page = await context.newPage();
    collectErrors(page, '/en/ (whole index delayed)');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/timeline-index.en.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base}/en/`);
    await page.waitForSelector('[data-timeline] .vis-item');
    await page.uncheck('input[name="side"][value="soviet"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('side') === 'japanese,other,context');
    expect(await page.getAttribute('[data-timeline-app]', 'data-ready'), 'still drawing from the opening index').toBe(
      null,
    );
    release();
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    await page.waitForFunction(
      (want) => document.querySelector('form [data-result-count]')?.textContent === want,
      expected.count,
    );
    await fit(page);
    expect(await ids(page)).toEqual(expected.ids);
    // The earliest event lies far outside the opening period; opening it from the list shows its accounts.
    const first = expected.ids[0]!;
    await page.click(`[data-window-list] button[data-event-id="${first}"]`);
    await page.waitForSelector(`[data-detail][data-event-id="${first}"]:not([aria-busy]) .account`);
    await closeChecked(page);
  });

  test('?event= outside the first window fetches that year’s chunk only, and shows the event’s accounts', async () => {
    const id = '1880-karakhan-born-in-tiflis';
    const { page, requests } = await openRecording(`/ja/?event=${id}`);
    await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
    // A linked event may lie anywhere: the whole index is loaded before the first drawing.
    expect(data(requests)).toEqual([
      '/data/timeline-opening.ja.json',
      '/data/timeline-index.ja.json',
      '/data/timeline/ja/1880.json',
    ]);
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
    expect(data(requests)).toEqual([
      '/data/timeline-opening.en.json',
      '/data/timeline-index.en.json',
      '/data/timeline-text.json',
    ]);
    await closeChecked(page);
  });
});
