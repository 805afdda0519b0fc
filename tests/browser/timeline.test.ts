/** The interactive timeline in real Chromium, on the real built site. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

async function open(path: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  collectErrors(page, path);
  await page.goto(`${base}${path}`);
  if (options.javaScript !== false) await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  return page;
}

const visibleAccountSides = (page: Page) => page.$$eval('.chronology-entry:not([hidden]) .account', (nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => (n as HTMLElement).dataset.sideKind));
const timelineSides = (page: Page) => page.$$eval('[data-timeline] .vis-item[data-side]:not(.vis-dot)', (nodes) => nodes.map((n) => (n as HTMLElement).dataset.side));

describe('filtering by side', () => {
  test('side=soviet leaves no ● account visible, anywhere', async () => {
    const page = await open('/en/?side=soviet');
    const sides = await visibleAccountSides(page);
    expect(sides.length).toBeGreaterThan(50);
    expect(new Set(sides)).toEqual(new Set(['soviet']));
    expect(new Set(await timelineSides(page))).toEqual(new Set(['soviet']));
    expect(await page.$$eval('.lane-label', (n) => n.map((x) => x.textContent))).toEqual(['★ Soviet sources']);
    await closeChecked(page);
  });
  test('side=japanese leaves no ★ account visible', async () => {
    const page = await open('/ja/?side=japanese');
    const sides = await visibleAccountSides(page);
    expect(sides.length).toBeGreaterThan(10);
    expect(new Set(sides)).toEqual(new Set(['japanese']));
    expect(new Set(await timelineSides(page))).toEqual(new Set(['japanese']));
    await closeChecked(page);
  });
  test('each filter option shows how many events it keeps', async () => {
    const page = await open('/en/?side=soviet');
    const soviet = Number(await page.textContent('[data-count="side:soviet"]'));
    const shown = await page.$$eval('.chronology-entry:not([hidden])', (n) => n.length);
    expect(shown).toBe(soviet);
    expect(await page.textContent('[data-result-count]')).toContain(String(soviet));
    await closeChecked(page);
  });
  test('free text finds Japanese inside a sentence and English words', async () => {
    const page = await open('/ja/?q=' + encodeURIComponent('芳澤'));
    const titles = await page.$$eval('.chronology-entry:not([hidden])', (n) => n.map((e) => e.textContent ?? ''));
    expect(titles.length).toBeGreaterThan(20);
    expect(titles.filter((text) => !text.includes('芳澤')), 'entries shown without the searched word').toEqual([]);
    await page.goto(`${base}/en/?q=rehabilitated`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    expect(await page.$$eval('.chronology-entry:not([hidden])', (n) => n.map((e) => (e as HTMLElement).dataset.eventId))).toContain('1956-karakhan-rehabilitated');
    await closeChecked(page);
  });
});

describe('views you can link to', () => {
  test('event=<id> selects and centres that event', async () => {
    const id = '1923-09-22-karakhan-yoshizawa-first-meeting';
    const page = await open(`/en/?event=${id}`);
    await page.waitForSelector(`.event-detail[data-event-id="${id}"]`);
    expect(await page.textContent('.event-detail h3')).toContain('Karakhan');
    const selected = await page.$$eval('.vis-item.vis-selected:not(.vis-dot)', (n) => n.map((x) => (x as HTMLElement).dataset.eventId));
    expect(selected.length).toBeGreaterThanOrEqual(2); // ● and ★ lanes, linked
    expect(new Set(selected)).toEqual(new Set([id]));
    const centred = await page.evaluate(() => {
      const canvas = document.querySelector('[data-timeline] .vis-center')!.getBoundingClientRect();
      const item = document.querySelector('.vis-item.vis-dot.vis-selected')!.getBoundingClientRect();
      return Math.abs(item.left - (canvas.left + canvas.width / 2));
    });
    expect(centred).toBeLessThan(200);
    await closeChecked(page);
  });
  test('changing the view updates the URL; back and forward restore it', async () => {
    const page = await open('/en/');
    await page.check('input[name="side"][value="japanese"]').catch(() => undefined);
    await page.uncheck('input[name="side"][value="japanese"]');
    await page.waitForFunction(() => location.search.includes('side='));
    expect(new URL(page.url()).searchParams.get('side')).toBe('soviet,other,context');
    await page.check('input[name="paper"][value="ozawa-1987"]');
    await page.waitForFunction(() => location.search.includes('paper=ozawa-1987'));
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('paper='));
    expect(await page.isChecked('input[name="paper"][value="ozawa-1987"]')).toBe(false);
    expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(false);
    expect(new Set(await visibleAccountSides(page)).has('japanese')).toBe(false);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('side='));
    expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(true);
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('side=soviet'));
    expect(new Set(await visibleAccountSides(page)).has('japanese')).toBe(false);
    await closeChecked(page);
  });
  test('the language switch keeps the view', async () => {
    const page = await open('/ja/?side=soviet&paper=shimosato&event=1924-05-14-formal-beijing-negotiations-open');
    const href = await page.getAttribute('[data-language-switch]', 'href');
    expect(href).toContain('/en/?');
    await page.click('[data-language-switch]');
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/');
    expect(url.searchParams.get('side')).toBe('soviet');
    expect(url.searchParams.get('paper')).toBe('shimosato');
    await page.waitForSelector('.event-detail[data-event-id="1924-05-14-formal-beijing-negotiations-open"]');
    expect(new Set(await visibleAccountSides(page))).toEqual(new Set(['soviet']));
    await closeChecked(page);
  });
});

describe('keyboard and assistive technology', () => {
  test('keyboard alone reaches the timeline, moves in time order and opens an event', async () => {
    const page = await open('/en/?from=1923-09-01&to=1923-12-31');
    await page.focus('[data-filters] input[name="q"]');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'timeline'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.hasAttribute('data-timeline') ? 'timeline' : document.activeElement?.tagName ?? ''));
    }
    expect(focused).toBe('timeline');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('event'));
    const first = new URL(page.url()).searchParams.get('event');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((previous) => new URLSearchParams(location.search).get('event') !== previous, first);
    const second = new URL(page.url()).searchParams.get('event');
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    const order = await page.$$eval('.chronology-entry:not([hidden])', (n) => n.map((e) => (e as HTMLElement).dataset.eventId));
    expect(order.indexOf(second!)).toBe(order.indexOf(first!) + 1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.event-detail'));
    expect(await page.getAttribute('.event-detail', 'data-event-id')).toBe(second);
    expect(await page.textContent('[data-status]')).toMatch(/Event \d+ of \d+/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.event-detail')?.hasAttribute('hidden'));
    await closeChecked(page);
  });
  test('filters are operable from the keyboard', async () => {
    const page = await open('/en/');
    await page.focus('input[name="side"][value="soviet"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('side='));
    expect(new Set(await visibleAccountSides(page)).has('soviet')).toBe(false);
    await closeChecked(page);
  });
  test('timeline items and list entries carry data-event-id and data-side', async () => {
    const page = await open('/en/?from=1924-01-01&to=1924-12-31');
    const items = await page.$$eval('[data-timeline] .vis-item:not([data-bucket]):not(.vis-dot)', (n) => n.map((x) => [(x as HTMLElement).dataset.eventId, (x as HTMLElement).dataset.side]));
    expect(items.length).toBeGreaterThan(10);
    for (const [id, side] of items) {
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(['japanese', 'soviet', 'other', 'context']).toContain(side);
    }
    const entries = await page.$$eval('.chronology-entry', (n) => n.filter((x) => !(x as HTMLElement).dataset.eventId || !(x as HTMLElement).dataset.side).length);
    expect(entries).toBe(0);
    await closeChecked(page);
  });
});

describe('without JavaScript', () => {
  test('the page still lists every event, with sides', async () => {
    const events = (await (await fetch(`${base}/data/events.json`)).json()) as Array<{ id: string }>;
    const page = await open('/ja/', { javaScript: false });
    const ids = await page.$$eval('.chronology-entry', (n) => n.filter((x) => (x as HTMLElement).offsetParent !== null).map((x) => (x as HTMLElement).dataset.eventId));
    expect(new Set(ids)).toEqual(new Set(events.map((e) => e.id)));
    expect(await page.isVisible('[data-timeline-fallback]')).toBe(true);
    await closeChecked(page);
  });
});

describe('dates are drawn honestly', () => {
  test('an exact day is a point, a month or 下旬 a hatched span, in any time zone', async () => {
    for (const timezoneId of ['Asia/Tokyo', 'America/Los_Angeles']) {
      const context = await newContext(browser, { timezoneId });
      const page = await context.newPage();
      await page.goto(`${base}/en/?from=1924-02-01&to=1924-04-30`);
      await page.waitForSelector('[data-timeline-app][data-ready="true"]');
      const exact = await page.$('.vis-item.vis-point[data-event-id="1924-02-24-yoshizawa-calls-on-karakhan-de-facto-proposal"]');
      const partial = await page.$('.vis-item.partial[data-event-id="1924-02-21-karakhan-proposes-talks-yoshizawa-seeks-instructions"]');
      expect(exact, timezoneId).not.toBeNull();
      expect(partial, timezoneId).not.toBeNull();
      await context.close();
    }
  });
});
