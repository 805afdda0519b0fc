/** Presentation mode (/<lang>/present/) in real Chromium, on the real built site. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { closeChecked, collectErrors, expectNoScriptErrors, launchBrowser, newContext } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { DIST } from '../support/paths';
import type { TimelineData } from '../../src/lib/timeline-data';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;
let en: TimelineData;
let ja: TimelineData;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
  en = (await (await fetch(`${base}/data/timeline.en.json`)).json()) as TimelineData;
  ja = (await (await fetch(`${base}/data/timeline.ja.json`)).json()) as TimelineData;
});
afterAll(async () => close?.());

/** Script errors and console errors of a page, checked by the test that opened it. */
const watch = (page: Page, label: string) => collectErrors(page, label, { console: true });

async function openIn(context: BrowserContext, url: string, options: { javaScript?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  watch(page, url);
  await page.goto(url);
  if (options.javaScript !== false) await page.waitForSelector('[data-present][data-ready="true"]');
  return page;
}

async function open(path: string, options: { javaScript?: boolean; hasTouch?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled: options.javaScript ?? true, hasTouch: options.hasTouch ?? false });
  return openIn(context, `${base}${path}`, options);
}

/** Where the deck is: the slide shown, the counter, slide= in the URL, and the event shown. */
async function position(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.slide')].filter((s) => s.offsetParent !== null || s.getClientRects().length > 0);
    return {
      shown: shown.map((s) => Number(s.dataset.slide)),
      counter: document.querySelector('[data-counter]')!.textContent,
      slide: new URL(location.href).searchParams.get('slide'),
      event: shown[0]?.dataset.eventId ?? null,
    };
  });
}

const slideCount = (page: Page) => page.$$eval('.slide', (n) => n.length);

describe('the deck follows the view', () => {
  test('side=soviet: one slide per event with a ★ account, and no ● account on any slide', async () => {
    const page = await open('/en/present/?side=soviet');
    const expected = en.events.filter((e) => e.sides.includes('soviet')).map((e) => e.id);
    expect(await page.$$eval('.slide', (n) => n.map((s) => (s as HTMLElement).dataset.eventId))).toEqual(expected);
    const kinds = await page.$$eval('.slide .account', (n) => n.map((a) => (a as HTMLElement).dataset.sideKind));
    expect(kinds.length).toBeGreaterThanOrEqual(expected.length);
    expect(new Set(kinds)).toEqual(new Set(['soviet']));
    expect(await page.$$eval('.slide .side-marker', (n) => n.filter((m) => m.textContent === '●').length)).toBe(0);
    expect(await page.$$('.slide .column-japanese')).toHaveLength(0);
    // Exactly one slide is on screen, filling the window.
    const pos = await position(page);
    expect(pos.shown).toEqual([1]);
    expect(pos.counter).toBe(`1 / ${expected.length}`);
    await closeChecked(page);
  });

  test('a slide has the date, the title, both sides with their citations, and the full references', async () => {
    const id = '1923-09-22-karakhan-yoshizawa-first-meeting';
    const event = en.events.find((e) => e.id === id)!;
    const page = await open(`/en/present/?event=${id}`);
    const slide = page.locator('.slide.is-current');
    expect(await slide.getAttribute('data-event-id')).toBe(id);
    expect(await slide.locator('.slide-date').textContent()).toBe('22 September 1923');
    expect(await slide.locator('h2').textContent()).toBe(event.title);
    expect(await slide.locator('.column-japanese .account').count()).toBe(event.accounts.filter((a) => a.kind === 'japanese').length);
    expect(await slide.locator('.column-soviet .account').count()).toBe(event.accounts.filter((a) => a.kind === 'soviet').length);
    const citations = await slide.locator('.citation').allTextContents();
    expect(citations).toContain('ソコロフ 127');
    expect(citations).toContain('中野 92');
    const references = await slide.locator('.slide-references .reference').allTextContents();
    expect(references).toContain(en.works['sokolov-1983']!.reference);
    expect(references).toContain(en.works['nakano-1964']!.reference);
    expect(await slide.locator('.citation >> nth=0').getAttribute('href')).toMatch(/^\/en\/works\/#work-/);
    await closeChecked(page);
  });

  test('Japanese slides give the Japanese era', async () => {
    const page = await open('/ja/present/?event=1923-09-22-karakhan-yoshizawa-first-meeting');
    expect(await page.textContent('.slide.is-current .slide-date')).toBe('1923年9月22日（大正12年9月22日）');
    expect(await page.textContent('[data-counter]')).toBe(`${ja.events.findIndex((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting') + 1} / ${ja.events.length}`);
    expect(await page.textContent('.slide.is-current .column-soviet h3')).toBe('★ ソ連側資料');
    await closeChecked(page);
  });

  test('a view that matches nothing says so', async () => {
    const page = await open('/en/present/?q=zzzz-no-such-text');
    expect(await slideCount(page)).toBe(0);
    expect(await page.textContent('[data-status]')).toBe('No event matches this view.');
    expect(await page.textContent('[data-counter]')).toBe('0 / 0');
    await closeChecked(page);
  });
});

describe('opening on a slide', () => {
  test('slide=3 starts on slide 3', async () => {
    const page = await open('/en/present/?side=soviet&slide=3');
    const expected = en.events.filter((e) => e.sides.includes('soviet'));
    const pos = await position(page);
    expect(pos).toEqual({ shown: [3], counter: `3 / ${expected.length}`, slide: '3', event: expected[2]!.id });
    // The URL names the event too, so the link survives events being added before it.
    expect(new URL(page.url()).searchParams.get('event')).toBe(expected[2]!.id);
    await closeChecked(page);
  });

  test('event=<id> opens on that event\'s slide, with its number in the URL', async () => {
    const id = '1924-05-14-formal-beijing-negotiations-open';
    const page = await open(`/en/present/?side=soviet&event=${id}`);
    const expected = en.events.filter((e) => e.sides.includes('soviet')).findIndex((e) => e.id === id) + 1;
    expect(expected).toBeGreaterThan(1);
    const pos = await position(page);
    expect(pos.event).toBe(id);
    expect(pos.shown).toEqual([expected]);
    expect(pos.slide).toBe(String(expected));
    await closeChecked(page);
  });

  test('a slide number past the end opens the last slide', async () => {
    const page = await open('/en/present/?theme=ratification&slide=99');
    const total = en.events.filter((e) => e.themes.includes('ratification')).length;
    expect((await position(page)).shown).toEqual([total]);
    await closeChecked(page);
  });
});

describe('moving between slides', () => {
  test('ArrowRight, PageDown, Space forward; Shift+Space, PageUp, ArrowLeft back; End and Home; slide= follows', async () => {
    const page = await open('/en/present/?side=soviet');
    const total = await slideCount(page);
    const historyLength = await page.evaluate(() => history.length);
    const steps: Array<[string, number]> = [['ArrowRight', 2], ['PageDown', 3], ['Space', 4], ['Shift+Space', 3], ['PageUp', 2], ['ArrowLeft', 1], ['ArrowLeft', 1], ['End', total], ['ArrowRight', total], ['Home', 1]];
    for (const [key, expected] of steps) {
      await page.keyboard.press(key);
      const pos = await position(page);
      expect(pos.shown, key).toEqual([expected]);
      expect(pos.slide, key).toBe(String(expected));
      expect(pos.counter, key).toBe(`${expected} / ${total}`);
    }
    // The view stays in the URL as the slides move (replaceState: no history entry per slide).
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/present/');
    expect(url.searchParams.get('side')).toBe('soviet');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await closeChecked(page);
  });

  test('the previous and next buttons move and the language switch keeps the slide', async () => {
    const page = await open('/en/present/?side=soviet');
    await page.click('[data-next]');
    await page.click('[data-next]');
    await page.click('[data-previous]');
    expect((await position(page)).shown).toEqual([2]);
    const event = (await position(page)).event!;
    await page.click('[data-language-switch]');
    await page.waitForSelector('[data-present][data-ready="true"]');
    const pos = await position(page);
    expect(new URL(page.url()).pathname).toBe('/ja/present/');
    expect(pos.shown).toEqual([2]);
    expect(pos.event).toBe(event);
    await closeChecked(page);
  });

  test('a swipe on a touch screen moves: left for the next slide, right for the previous; a short or vertical drag does not', async () => {
    const page = await open('/en/present/?side=soviet', { hasTouch: true });
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (from: [number, number], to: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
      for (let i = 1; i <= 5; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from[0] + ((to[0] - from[0]) * i) / 5, y: from[1] + ((to[1] - from[1]) * i) / 5 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await swipe([900, 400], [500, 410]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    await swipe([900, 400], [500, 400]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '3');
    await swipe([400, 400], [800, 390]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '2');
    await swipe([600, 400], [620, 400]);
    await swipe([600, 500], [620, 300]);
    // One real swipe after them: had either of those two moved the deck, this one would land beyond slide 3.
    await swipe([900, 400], [500, 400]);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') !== '2');
    expect((await position(page)).shown).toEqual([3]);
    await closeChecked(page);
  });

  test('F and the button toggle full screen', async () => {
    const page = await open('/en/present/');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement?.matches('[data-present]'));
    // The button follows the fullscreenchange event, which comes just after.
    await page.waitForSelector('[data-fullscreen][aria-pressed="true"]');
    await page.keyboard.press('ArrowRight');
    expect((await position(page)).shown).toEqual([2]);
    await page.click('[data-fullscreen]');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.waitForSelector('[data-fullscreen][aria-pressed="false"]');
    await closeChecked(page);
  });

  test('typing in the site search does not move the slides', async () => {
    const page = await open('/en/present/');
    const search = page.locator('header input[type="search"]');
    expect(await search.count(), 'the header has the site search').toBe(1);
    await search.fill('');
    await search.press('f');
    await search.press('Space');
    await search.press('ArrowRight');
    expect((await position(page)).shown).toEqual([1]);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    await closeChecked(page);
  });
});

describe('permalink on each slide', () => {
  test('the QR code decodes to the event\'s absolute permalink, and the short URL is shown', async () => {
    const page = await open('/en/present/?side=soviet&slide=5');
    for (let step = 0; step < 2; step++) {
      const id = (await position(page)).event!;
      const permalink = `${base}/en/events/${id}/`;
      const qr = page.locator('.slide.is-current img.slide-qr');
      await page.waitForFunction(() => (document.querySelector('.slide.is-current img.slide-qr') as HTMLImageElement | null)?.complete === true && (document.querySelector('.slide.is-current img.slide-qr') as HTMLImageElement).naturalWidth > 0);
      const png = PNG.sync.read(await qr.screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength), png.width, png.height);
      expect(decoded?.data, id).toBe(permalink);
      const link = page.locator('.slide.is-current .slide-url');
      expect(await link.textContent()).toBe(permalink.replace(/^http:\/\//, ''));
      expect(await link.getAttribute('href')).toBe(permalink);
      expect(await qr.getAttribute('alt')).toContain(permalink);
      await page.keyboard.press('ArrowRight');
    }
    await closeChecked(page);
  });
});

describe('links and fallbacks', () => {
  test('the timeline links to the presentation of its current view', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    watch(page, '/en/?side=soviet');
    await page.goto(`${base}/en/?side=soviet`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    expect(await page.textContent('[data-present-link]')).toBe('Present this view as slides');
    expect(await page.getAttribute('[data-present-link]', 'href')).toBe('/en/present/?side=soviet');
    await page.check('input[name="paper"][value="shimosato"]');
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>('[data-present-link]')!.search.includes('paper=shimosato'));
    await page.click('[data-present-link]');
    await page.waitForSelector('[data-present][data-ready="true"]');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/present/');
    expect(url.searchParams.get('side')).toBe('soviet');
    expect(url.searchParams.get('paper')).toBe('shimosato');
    const expected = en.events.filter((e) => e.sides.includes('soviet') && e.papers.includes('shimosato')).length;
    expect(await slideCount(page)).toBe(expected);
    // …and back to the timeline with the same view.
    expect(await page.getAttribute('[data-timeline-link]', 'href')).toBe('/en/?side=soviet&paper=shimosato#timeline');
    expectNoScriptErrors(page);
    await context.close();
  });

  test('the Japanese timeline has the Japanese link', async () => {
    const page = await (await newContext(browser)).newPage();
    watch(page, '/ja/');
    await page.goto(`${base}/ja/`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    expect(await page.textContent('[data-present-link]')).toBe('このビューをスライドで表示');
    expect(await page.getAttribute('[data-present-link]', 'href')).toBe('/ja/present/');
    await closeChecked(page);
  });

  test('without JavaScript the page says so and links back to the chronology', async () => {
    const page = await open('/ja/present/?side=soviet', { javaScript: false });
    expect(await page.isVisible('[data-present-fallback]')).toBe(true);
    expect(await page.textContent('[data-present-fallback]')).toContain('JavaScript');
    expect(await page.getAttribute('[data-present-fallback] a', 'href')).toBe('/ja/#chronology');
    expect(await page.isVisible('[data-deck]')).toBe(false);
    await closeChecked(page);
  });

  test('printing gives one slide per page', async () => {
    // A view whose slides are all short enough for one page each (a long slide runs on to a second page),
    // chosen from the data so that the test follows the corpus as it grows.
    const short = (e: TimelineData['events'][number]) => {
      const kinds = new Set(e.accounts.map((a) => a.kind));
      const columnsFit = [...kinds].every((k) => e.accounts.filter((a) => a.kind === k).reduce((n, a) => n + a.text.length, 0) < 450);
      const references = new Set(e.accounts.flatMap((a) => a.citations.map((c) => c.work)));
      return columnsFit && [...references].reduce((n, w) => n + (en.works[w]?.reference.length ?? 0), 0) < 350;
    };
    const views = ['theme', 'person'].flatMap((param) => [...new Set(en.events.flatMap((e) => (param === 'theme' ? e.themes : e.people)))].map((id) => ({ param, id, events: en.events.filter((e) => (param === 'theme' ? e.themes : e.people).includes(id)) })));
    const view = views.filter((v) => v.events.length >= 2 && v.events.length <= 6 && v.events.every(short)).sort((a, b) => b.events.length - a.events.length)[0]!;
    expect(view).toBeDefined();
    const page = await open(`/en/present/?${view.param}=${view.id}`);
    const total = await slideCount(page);
    expect(total).toBe(view.events.length);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBe(total);
    // Every slide prints, each from the top of a page, with its QR code, not only the one on screen.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.slide', (n) => n.map((s) => [getComputedStyle(s).display, getComputedStyle(s).breakAfter, (s.querySelector('img.slide-qr') as HTMLImageElement).getAttribute('src')?.startsWith('data:image/svg+xml') ?? false]));
    expect(printed).toEqual(Array.from({ length: total }, (_, i) => ['flex', i < total - 1 ? 'page' : 'auto', true]));
    await closeChecked(page);
  });
});

describe('offline', () => {
  test('after one visit the deck reloads with no network', async () => {
    // A server of its own, so that it can really go away.
    const server = await serveStatic(DIST);
    const context = await newContext(browser);
    try {
      const page = await openIn(context, `${server.url}/en/present/?side=soviet&slide=2`);
      await page.waitForSelector('[data-present][data-offline-ready="true"]');
      expect(await page.textContent('[data-offline-status]')).toBe('Available offline');
      const total = await slideCount(page);
      await context.setOffline(true);
      await server.close();
      await page.reload();
      await page.waitForSelector('[data-present][data-ready="true"]');
      expect(await slideCount(page)).toBe(total);
      expect((await position(page)).shown).toEqual([2]);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      // Another view of the same page, never loaded before, also opens from the cache.
      await page.goto(`${server.url}/en/present/?side=japanese&slide=4`);
      await page.waitForSelector('[data-present][data-ready="true"]');
      expect((await position(page)).shown).toEqual([4]);
      expect(new Set(await page.$$eval('.slide .account', (n) => n.map((a) => (a as HTMLElement).dataset.sideKind)))).toEqual(new Set(['japanese']));
      await page.keyboard.press('ArrowRight');
      expect((await position(page)).shown).toEqual([5]);
      // Only presentation requests are answered from the cache: the rest of the site is not kept.
      const other = await context.newPage();
      expect(await other.goto(`${server.url}/en/about/`).then(() => 'loaded', () => 'failed')).toBe('failed');
      await other.close();
      expectNoScriptErrors(page);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });
});
