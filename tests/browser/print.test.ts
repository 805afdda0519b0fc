/**
 * Printing the timeline page, in real Chromium on the built site: print media (what is on paper, and the head
 * that states the view) and real PDFs (how many pages). With an event open it prints that event; without, the
 * events of the view's window as a list.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';
import type { TimelineData } from '../../src/lib/timeline-data';

const base = inject('baseUrl');
const SITE = 'http://127.0.0.1:4321';
let browser: Browser;
let close: () => Promise<void>;
const data: Partial<Record<'ja' | 'en', TimelineData>> = {};

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  for (const lang of ['ja', 'en'] as const)
    data[lang] = (await (await fetch(`${base}/data/timeline.${lang}.json`)).json()) as TimelineData;
});
afterAll(async () => close?.());

async function open(path: string): Promise<Page> {
  const page = await (await newContext(browser, { viewport: { width: 1440, height: 900 } })).newPage();
  collectErrors(page, path, { console: true });
  await page.goto(`${base}${path}`);
  await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  return page;
}

const pdfPages = async (page: Page) =>
  ((await page.pdf({ preferCSSPageSize: true })).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

const today = (lang: 'ja' | 'en') =>
  new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long' }).format(new Date());

/** What the page shows on paper: the head that states the view, the event's accounts or the window's list. */
async function onPaper(page: Page) {
  await page.emulateMedia({ media: 'print' });
  // Print media reaches the page's media listeners at its next rendering step.
  await page.waitForFunction(() => document.documentElement.dataset.printScope !== undefined);
  return page.evaluate(() => {
    const shown = (el: Element | null) =>
      el !== null && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    const head = document.querySelector<HTMLElement>('[data-print-view]')!;
    const detail = document.querySelector<HTMLElement>('[data-detail]')!;
    const columns = [...detail.querySelectorAll<HTMLElement>('.account-column')].filter(shown);
    return {
      headShown: shown(head),
      scope: head.querySelector('[data-print-scope]')!.textContent,
      rows: [...head.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
      address: head.querySelector('[data-print-address]')!.textContent,
      lanesShown: shown(document.querySelector('[data-timeline]')),
      filtersShown: shown(document.querySelector('[data-filters]')),
      detailShown: shown(detail),
      detailEvent: detail.dataset.eventId,
      columnTops: columns.map((c) => Math.round(c.getBoundingClientRect().top)),
      accounts: [...detail.querySelectorAll('.account')].filter(shown).length,
      citations: [...detail.querySelectorAll('.account .citation')].filter(shown).map((a) => a.textContent),
      references: [...detail.querySelectorAll('.detail-references .reference')].filter(shown).length,
      listShown: shown(document.querySelector('[data-window-list]')),
      list: [...document.querySelectorAll<HTMLElement>('[data-window-list] .window-entry')]
        .filter(shown)
        .map((e) => e.dataset.eventId!),
    };
  });
}

describe.each(['ja', 'en'] as const)('printing the timeline page (%s)', (lang) => {
  test('with an event open, it prints that event: accounts side by side, citations, references; a few pages', async () => {
    // The longest event of the corpus (17 accounts, 8 notes): if it fits in three pages, every event does.
    const id = '1925-01-20-basic-convention-signed';
    const event = data[lang]!.events.find((e) => e.id === id)!;
    const page = await open(`/${lang}/?event=${id}`);
    await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
    // On screen the print head is not shown.
    expect(await page.isVisible('[data-print-view]')).toBe(false);
    const pages = await pdfPages(page);
    expect(pages, 'pages printed').toBeGreaterThanOrEqual(1);
    expect(pages, 'pages printed').toBeLessThanOrEqual(3);
    const paper = await onPaper(page);
    expect(paper.headShown).toBe(true);
    expect(paper.lanesShown || paper.filtersShown || paper.listShown).toBe(false);
    expect(paper.detailShown).toBe(true);
    expect(paper.detailEvent).toBe(id);
    expect(paper.scope).toBe(lang === 'ja' ? 'このビューで選択した出来事' : 'The event selected in this view');
    // ● and ★ side by side: the columns start on one line.
    expect(paper.columnTops.length).toBeGreaterThanOrEqual(2);
    expect(new Set(paper.columnTops.slice(0, 2)).size).toBe(1);
    expect(paper.accounts).toBe(event.accounts.length);
    expect(paper.citations.length).toBe(event.accounts.flatMap((a) => a.citations).length);
    expect(paper.references).toBe(new Set(event.accounts.flatMap((a) => a.citations.map((c) => c.work))).size);
    expect(paper.rows.at(-1)![0]).toBe(lang === 'ja' ? '期間' : 'Time window');
    // The window the timeline shows, around the event (20 January 1925), as two days.
    expect(paper.rows.at(-1)![1]).toMatch(
      lang === 'ja' ? /^1924年\d+月\d+日 – 1925年\d+月\d+日$/ : /^\d+ \w+ 1924 – \d+ \w+ 1925$/,
    );
    expect(paper.address).toBe(
      lang === 'ja'
        ? `${today('ja')}に ${SITE}/ja/?event=${id} から印刷`
        : `Printed on ${today('en')} from ${SITE}/en/?event=${id}`,
    );
    await closeChecked(page);
  });

  test('without an event, it prints the window’s events as a list, and says which filters and window chose them', async () => {
    const path = `/${lang}/?side=soviet&both=1&from=1923-09-01&to=1925-01-31`;
    const page = await open(path);
    const paper = await onPaper(page);
    const expected = data[lang]!.events.filter(
      (e) =>
        e.sides.includes('soviet') &&
        e.sides.includes('japanese') &&
        e.start <= '1925-01-31' &&
        (e.end ?? e.start) >= '1923-09-01',
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(paper.detailShown).toBe(false);
    expect(paper.lanesShown).toBe(false);
    expect(paper.list).toEqual(expected.map((e) => e.id));
    expect(paper.scope).toBe(
      lang === 'ja'
        ? `このビューの出来事${expected.length}件（年代順）`
        : `The ${expected.length} events of this view, in time order`,
    );
    expect(paper.rows).toEqual(
      lang === 'ja'
        ? [
            ['資料区分', '★ ソ連側資料'],
            ['絞り込み', '●日本側と★ソ連側の両方の記述がある出来事のみ'],
            ['期間', '1923年9月1日 – 1925年1月31日'],
          ]
        : [
            ['Source side', '★ Soviet-side sources'],
            ['Filters', 'Only events with both ● Japanese-side and ★ Soviet-side accounts'],
            ['Time window', '1 September 1923 – 31 January 1925'],
          ],
    );
    expect(paper.address).toContain(`${SITE}${path}`);
    expect(await pdfPages(page)).toBe(1);
    await closeChecked(page);
  });

  test('the opening view prints its whole window (past the list’s limit on screen) and writes the window out', async () => {
    const page = await open(`/${lang}/`);
    // A wide window: more events than the list shows on screen.
    await page.click('button[data-phase-from="1905-01-01"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '1905-01-01');
    await page.waitForSelector('[data-window-more]:not([hidden])');
    const onScreen = await page.$$eval('[data-window-list] .window-entry', (n) => n.length);
    const paper = await onPaper(page);
    const to = new URL(page.url()).searchParams.get('to')!;
    const inWindow = data[lang]!.events.filter((e) => (e.end ?? e.start) >= '1905-01-01' && e.start <= to);
    expect(paper.list).toEqual(inWindow.map((e) => e.id));
    expect(paper.list.length).toBeGreaterThan(onScreen);
    expect(paper.rows[0]).toEqual(lang === 'ja' ? ['絞り込み', 'なし（全件）'] : ['Filters', 'none (every event)']);
    expect(paper.address).toContain(`/${lang}/?from=1905-01-01&to=${to}`);
    await closeChecked(page);
  });
});
