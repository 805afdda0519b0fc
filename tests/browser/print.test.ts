/** Printing the timeline page (real Chromium, print media and real PDFs of the built site). */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';
import type { TimelineData } from '../../src/lib/timeline-data';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;
let en: TimelineData;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  en = (await (await fetch(`${base}/data/timeline.en.json`)).json()) as TimelineData;
});
afterAll(async () => close?.());

async function open(path: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  collectErrors(page, path, { console: true });
  await page.goto(`${base}${path}`);
  await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  return page;
}

const pdfPages = async (page: Page) => ((await page.pdf({ preferCSSPageSize: true })).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** What the page shows on paper: the print head, the chronology entries and references that print. */
async function onPaper(page: Page) {
  // Print media reaches the page's media listeners at its next rendering step.
  await page.waitForFunction(() => document.documentElement.dataset.printScope !== undefined);
  return page.evaluate(() => {
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    const head = document.querySelector<HTMLElement>('[data-print-view]')!;
    return {
      headShown: shown(head),
      scope: head.querySelector('[data-print-scope]')!.textContent,
      rows: [...head.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
      address: head.querySelector('[data-print-address]')!.textContent,
      today: { en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date()), ja: new Intl.DateTimeFormat('ja-JP', { dateStyle: 'long' }).format(new Date()) },
      entries: [...document.querySelectorAll<HTMLElement>('.chronology-entry')].filter(shown).map((e) => e.dataset.eventId!),
      references: [...document.querySelectorAll<HTMLElement>('.print-references .reference')].filter(shown).map((r) => r.dataset.work!),
      timelineShown: shown(document.querySelector('[data-timeline-app]')!),
    };
  });
}

describe('printing the timeline page', () => {
  test('with an event selected, it prints that event, not the whole chronology', { timeout: 180_000 }, async () => {
    const id = '1925-01-20-basic-convention-signed';
    const page = await open(`/en/?event=${id}`);
    // On screen the print head is not shown.
    expect(await page.isVisible('[data-print-view]')).toBe(false);
    const pages = await pdfPages(page);
    await page.emulateMedia({ media: 'print' });
    const paper = await onPaper(page);
    expect(paper.headShown).toBe(true);
    expect(paper.timelineShown).toBe(false);
    expect(paper.entries).toEqual([id]);
    expect(paper.scope).toBe('The event selected in this view');
    expect(paper.address).toBe(`Printed on ${paper.today.en} from http://127.0.0.1:4321/en/?event=${id}`);
    // Its references: every work its accounts cite and its paper, nothing else.
    const event = en.events.find((e) => e.id === id)!;
    expect(new Set(paper.references)).toEqual(new Set([...event.works, ...event.papers]));
    // The longest event of the corpus, with its references: a few pages, where the whole chronology takes dozens.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    await closeChecked(page);
  });

  test('a filtered view in a time window prints those events and says which filters and window chose them', { timeout: 180_000 }, async () => {
    const page = await open('/ja/?side=soviet&from=1923-09-01&to=1925-01-31');
    // The filter has reached the chronology list (some entries hidden) before printing.
    await page.waitForFunction(() => document.querySelector('.chronology-entry[hidden]') !== null);
    await page.emulateMedia({ media: 'print' });
    const paper = await onPaper(page);
    const inWindow = en.events.filter((e) => e.sides.includes('soviet') && e.start <= '1925-01-31' && (e.end === null || e.end >= '1923-09-01'));
    expect(paper.entries.length).toBeGreaterThan(20);
    expect(paper.entries.filter((id) => !inWindow.some((e) => e.id === id))).toEqual([]);
    expect(paper.scope).toBe(`このビューの出来事${paper.entries.length}件（年代順）`);
    expect(paper.rows).toEqual([['資料の側', '★ ソ連側資料'], ['期間', '1923年9月1日 – 1925年1月31日']]);
    expect(paper.address).toBe(`${paper.today.ja}に http://127.0.0.1:4321/ja/?side=soviet&from=1923-09-01&to=1925-01-31 から印刷`);
    await closeChecked(page);
  });

  test('the whole chronology, unfiltered, says so and prints every event', { timeout: 180_000 }, async () => {
    const page = await open('/en/');
    await page.emulateMedia({ media: 'print' });
    const paper = await onPaper(page);
    expect(paper.entries).toHaveLength(en.events.length);
    expect(paper.rows).toEqual([['Filters', 'none (every event)'], ['Time window', 'the whole period']]);
    await closeChecked(page);
  });
});
