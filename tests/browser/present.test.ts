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
  const context = await newContext(browser, {
    javaScriptEnabled: options.javaScript ?? true,
    hasTouch: options.hasTouch ?? false,
  });
  return openIn(context, `${base}${path}`, options);
}

/** Where the deck is: the slide shown, the counter, slide= in the URL, and the event shown. */
async function position(page: Page) {
  return page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('.slide')].filter(
      (s) => s.offsetParent !== null || s.getClientRects().length > 0,
    );
    return {
      shown: shown.map((s) => Number(s.dataset.slide)),
      counter: document.querySelector('[data-counter]')!.textContent,
      slide: new URL(location.href).searchParams.get('slide'),
      event: shown[0]?.dataset.eventId ?? null,
    };
  });
}

const slideCount = (page: Page) => page.$$eval('.slide', (n) => n.length);
/** The event of every slide, in order (a long event has several slides in a row). */
const slideEvents = (page: Page) => page.$$eval('.slide', (n) => n.map((s) => (s as HTMLElement).dataset.eventId!));
/** Each event once, in order. */
const distinct = (ids: string[]) => ids.filter((id, i) => ids[i - 1] !== id);

describe('the deck follows the view', () => {
  test('side=soviet: one slide per event with a ★ account, and no ● account on any slide', async () => {
    const page = await open('/en/present/?side=soviet');
    const expected = en.events.filter((e) => e.sides.includes('soviet')).map((e) => e.id);
    const slides = await slideEvents(page);
    expect(distinct(slides)).toEqual(expected);
    const kinds = await page.$$eval('.slide .account', (n) => n.map((a) => (a as HTMLElement).dataset.sideKind));
    expect(kinds.length).toBeGreaterThanOrEqual(expected.length);
    expect(new Set(kinds)).toEqual(new Set(['soviet']));
    expect(await page.$$eval('.slide .side-marker', (n) => n.filter((m) => m.textContent === '●').length)).toBe(0);
    expect(await page.$$('.slide .column-japanese')).toHaveLength(0);
    // Exactly one slide is on screen, filling the window.
    const pos = await position(page);
    expect(pos.shown).toEqual([1]);
    expect(pos.counter).toBe(`1 / ${slides.length}`);
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
    expect(await slide.locator('.column-japanese .account').count()).toBe(
      event.accounts.filter((a) => a.kind === 'japanese').length,
    );
    expect(await slide.locator('.column-soviet .account').count()).toBe(
      event.accounts.filter((a) => a.kind === 'soviet').length,
    );
    // English slides cite in the works' English short forms; the paper's own form stays in data-cited-as.
    const citations = await slide.locator('.citation').allTextContents();
    expect(citations).toContain('Sokolov 127');
    expect(citations).toContain('Nakano 92');
    expect(citations.join(' ')).not.toMatch(/ソコロフ|中野/);
    expect(await slide.locator('.citation[data-cited-as="ソコロフ 127"]').textContent()).toBe('Sokolov 127');
    const references = await slide.locator('.slide-references .reference').allTextContents();
    expect(references).toContain(en.works['sokolov-1983']!.reference);
    expect(references).toContain(en.works['nakano-1964']!.reference);
    expect(await slide.locator('.citation >> nth=0').getAttribute('href')).toMatch(/^\/en\/works\/#work-/);
    await closeChecked(page);
  });

  test('Japanese slides give the Japanese era', async () => {
    const page = await open('/ja/present/?event=1923-09-22-karakhan-yoshizawa-first-meeting');
    expect(await page.textContent('.slide.is-current .slide-date')).toBe('1923年9月22日（大正12年9月22日）');
    const slides = await slideEvents(page);
    expect(await page.textContent('[data-counter]')).toBe(
      `${slides.indexOf('1923-09-22-karakhan-yoshizawa-first-meeting') + 1} / ${slides.length}`,
    );
    expect(distinct(slides)).toEqual(ja.events.map((e) => e.id));
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
    const slides = await slideEvents(page);
    const pos = await position(page);
    expect(pos).toEqual({ shown: [3], counter: `3 / ${slides.length}`, slide: '3', event: slides[2]! });
    // The URL names the event too, so the link survives events being added before it.
    expect(new URL(page.url()).searchParams.get('event')).toBe(slides[2]!);
    await closeChecked(page);
  });

  test("event=<id> opens on that event's slide, with its number in the URL", async () => {
    const id = '1924-05-14-formal-beijing-negotiations-open';
    const page = await open(`/en/present/?side=soviet&event=${id}`);
    const expected = (await slideEvents(page)).indexOf(id) + 1;
    expect(expected).toBeGreaterThan(1);
    const pos = await position(page);
    expect(pos.event).toBe(id);
    expect(pos.shown).toEqual([expected]);
    expect(pos.slide).toBe(String(expected));
    await closeChecked(page);
  });

  test('a slide number past the end opens the last slide', async () => {
    const page = await open('/en/present/?theme=ratification&slide=999');
    const total = await slideCount(page);
    expect(distinct(await slideEvents(page))).toEqual(
      en.events.filter((e) => e.themes.includes('ratification')).map((e) => e.id),
    );
    expect((await position(page)).shown).toEqual([total]);
    await closeChecked(page);
  });
});

describe('moving between slides', () => {
  test('ArrowRight, PageDown, Space forward; Shift+Space, PageUp, ArrowLeft back; End and Home; slide= follows', async () => {
    const page = await open('/en/present/?side=soviet');
    const total = await slideCount(page);
    const historyLength = await page.evaluate(() => history.length);
    const steps: Array<[string, number]> = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['Shift+Space', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['ArrowLeft', 1],
      ['End', total],
      ['ArrowRight', total],
      ['Home', 1],
    ];
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
    // The site header is hidden while presenting: the deck has its own language link.
    expect(await page.isVisible('.site-header [data-language-switch]')).toBe(false);
    await page.click('.deck-controls [data-language-switch]');
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
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: from[0] + ((to[0] - from[0]) * i) / 5, y: from[1] + ((to[1] - from[1]) * i) / 5 }],
        });
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

  test('the site header, its search and the footer are not shown while presenting', async () => {
    const page = await open('/en/present/');
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('header input[type="search"]')).toBe(false);
    expect(await page.isVisible('.site-footer')).toBe(false);
    expect(await page.isVisible('.slide.is-current')).toBe(true);
    await closeChecked(page);
  });
});

describe('the time window of the view', () => {
  test('present/?side=soviet&from=1923-09-01&to=1925-01-31 starts inside that window and keeps only its events', async () => {
    const from = '1923-09-01';
    const to = '1925-01-31';
    const page = await open(`/en/present/?side=soviet&from=${from}&to=${to}`);
    const ids = distinct(await slideEvents(page));
    const byId = new Map(en.events.map((e) => [e.id, e]));
    const overlaps = (id: string) => {
      const e = byId.get(id)!;
      return e.start <= to && (e.end === null || e.end >= from);
    };
    expect(ids.every(overlaps), ids.filter((id) => !overlaps(id)).join(', ')).toBe(true);
    // It opens on the first of them, not in 1918.
    expect((await position(page)).event).toBe(ids[0]);
    expect(byId.get(ids[0]!)!.start >= '1923-01-01').toBe(true);
    // Every ★ event lying wholly inside the window is there, and none from before it.
    const inside = en.events
      .filter((e) => e.sides.includes('soviet') && e.start >= from && (e.end ?? e.start) <= to)
      .map((e) => e.id);
    expect(inside.length).toBeGreaterThan(20);
    expect(ids.filter((id) => inside.includes(id))).toEqual(inside);
    expect(ids.length).toBeLessThan(en.events.filter((e) => e.sides.includes('soviet')).length);
    // The window stays in the URL, and the way back to the timeline keeps it.
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([from, to]);
    expect(await page.getAttribute('[data-timeline-link]', 'href')).toContain(`from=${from}&to=${to}`);
    await closeChecked(page);
  });
});

/** How the shown slide sits on the screen: overflow of the slide and the page, the type size, the bars. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide.is-current')!;
    const controls = document.querySelector<HTMLElement>('.deck-controls')!.getBoundingClientRect();
    const box = slide.getBoundingClientRect();
    const doc = document.scrollingElement!;
    const text = slide.querySelector<HTMLElement>('.account-text');
    return {
      id: slide.dataset.eventId!,
      part: slide.dataset.part!,
      slideOverflow: [slide.scrollHeight - slide.clientHeight, slide.scrollWidth - slide.clientWidth],
      pageOverflow: [doc.scrollHeight - innerHeight, doc.scrollWidth - innerWidth],
      overlap: box.bottom - controls.top,
      fontPx: text ? parseFloat(getComputedStyle(text).fontSize) : 0,
      header: document.querySelector<HTMLElement>('.site-header')!.getBoundingClientRect().height,
      counter: document.querySelector('[data-counter]')!.textContent,
      partLabel: slide.querySelector('.slide-part > [aria-hidden]')?.textContent ?? null,
    };
  });
}

describe('slides fit the screen', () => {
  const convention = '1925-01-20-basic-convention-signed';
  const firstMeeting = '1923-09-22-karakhan-yoshizawa-first-meeting';
  const screens = [
    { width: 1366, height: 768, minFont: 15 },
    { width: 1920, height: 1080, minFont: 20 },
  ];
  for (const screen of screens) {
    for (const lang of ['en', 'ja'] as const) {
      test(`${screen.width}×${screen.height}, ${lang}: the first-meeting and Basic Convention slides, every part, need no scrolling`, async () => {
        const context = await newContext(browser, { viewport: { width: screen.width, height: screen.height } });
        for (const id of [firstMeeting, convention]) {
          const page = await openIn(context, `${base}/${lang}/present/?event=${id}`);
          const parts = (await slideEvents(page)).filter((e) => e === id).length;
          for (let part = 1; part <= parts; part++) {
            const at = await layout(page);
            expect(at.id).toBe(id);
            expect(at.part).toBe(`${part}/${parts}`);
            expect(at.slideOverflow, `${id} ${at.part}`).toEqual([0, 0]);
            expect(at.pageOverflow, `${id} ${at.part}`).toEqual([0, 0]);
            // The control bar is below the slide, not over it; the site header is not shown.
            expect(at.overlap).toBeLessThanOrEqual(0);
            expect(at.header).toBe(0);
            // Scaled to fit, but still readable from the back of a room.
            expect(at.fontPx, `${id} ${at.part}`).toBeGreaterThanOrEqual(screen.minFont);
            await page.keyboard.press('ArrowRight');
          }
          expectNoScriptErrors(page);
          await page.close();
        }
        await context.close();
      });
    }
  }

  test('1366×768: no slide of the Beijing-talks view (★) scrolls', { timeout: 240_000 }, async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    const page = await openIn(context, `${base}/en/present/?side=soviet&from=1923-09-01&to=1925-01-31`);
    const total = await slideCount(page);
    expect(total).toBeGreaterThan(30);
    const bad: string[] = [];
    for (let i = 0; i < total; i++) {
      const at = await layout(page);
      if (at.slideOverflow.some((n) => n > 0) || at.pageOverflow.some((n) => n > 0) || at.fontPx < 14)
        bad.push(`${at.id} ${at.part} ${JSON.stringify(at)}`);
      await page.keyboard.press('ArrowRight');
    }
    expect(bad).toEqual([]);
    await closeChecked(page);
  });

  test('a long event runs on over numbered continuation slides; event= opens its first part, slide= any part', async () => {
    const context = await newContext(browser, { viewport: { width: 1366, height: 768 } });
    const page = await openIn(context, `${base}/en/present/?event=${convention}`);
    const slides = await slideEvents(page);
    const first = slides.indexOf(convention) + 1;
    const parts = slides.filter((e) => e === convention).length;
    expect(parts).toBeGreaterThan(1);
    for (let part = 1; part <= parts; part++) {
      const at = await layout(page);
      expect([at.part, at.partLabel, at.counter]).toEqual([
        `${part}/${parts}`,
        `${part}/${parts}`,
        `${first + part - 1} / ${slides.length}`,
      ]);
      expect(new URL(page.url()).searchParams.get('slide')).toBe(String(first + part - 1));
      expect(new URL(page.url()).searchParams.get('event')).toBe(convention);
      await page.keyboard.press('PageDown');
    }
    // Every account of the event is on one of its slides, once, in the order of the event page.
    const event = en.events.find((e) => e.id === convention)!;
    const shown = await page.$$eval(`.slide[data-event-id="${convention}"] .account-text`, (n) =>
      n.map((t) => t.textContent),
    );
    expect([...shown].sort()).toEqual(event.accounts.map((a) => a.text).sort());
    expect(new Set(shown).size).toBe(event.accounts.length);
    // Reloading on the second part stays there; a plain event= link opens the first.
    const second = await openIn(context, `${base}/en/present/?event=${convention}&slide=${first + 1}`);
    expect((await layout(second)).part).toBe(`2/${parts}`);
    expectNoScriptErrors(page);
    await closeChecked(second);
  });

  test('phone 390×844: the slide fills the screen under the controls, the columns stacked', async () => {
    const context = await newContext(browser, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    const page = await openIn(context, `${base}/ja/present/?event=${firstMeeting}`);
    const at = await layout(page);
    expect(at.pageOverflow).toEqual([0, 0]);
    expect(at.overlap).toBeLessThanOrEqual(0);
    expect(at.fontPx).toBeGreaterThanOrEqual(11);
    const columns = await page.$$eval('.slide.is-current .account-column', (n) =>
      n.map((c) => Math.round(c.getBoundingClientRect().left)),
    );
    expect(new Set(columns).size).toBe(1);
    await closeChecked(page);
  });
});

describe('permalink on each slide', () => {
  test("the QR code decodes to the event's permalink at the public address, and the event id is shown under it", async () => {
    const page = await open('/en/present/?side=soviet&slide=5');
    // The public address (SITE_URL) is not where the test server runs: the QR code must not use location.
    const site = new URL((await page.getAttribute('link[rel="canonical"]', 'href'))!).origin;
    expect(site).not.toBe(new URL(base).origin);
    for (let step = 0; step < 2; step++) {
      const id = (await position(page)).event!;
      const permalink = `${site}/en/events/${id}/`;
      const qr = page.locator('.slide.is-current img.slide-qr');
      await page.waitForFunction(
        () =>
          (document.querySelector('.slide.is-current img.slide-qr') as HTMLImageElement | null)?.complete === true &&
          (document.querySelector('.slide.is-current img.slide-qr') as HTMLImageElement).naturalWidth > 0,
      );
      const png = PNG.sync.read(await qr.screenshot());
      const decoded = jsQR(
        new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
        png.width,
        png.height,
      );
      expect(decoded?.data, id).toBe(permalink);
      const link = page.locator('.slide.is-current .slide-url');
      expect(await link.textContent()).toBe(id);
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
    await page.waitForFunction(() =>
      document.querySelector<HTMLAnchorElement>('[data-present-link]')!.search.includes('paper=shimosato'),
    );
    await page.click('[data-present-link]');
    await page.waitForSelector('[data-present][data-ready="true"]');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/en/present/');
    expect(url.searchParams.get('side')).toBe('soviet');
    expect(url.searchParams.get('paper')).toBe('shimosato');
    const expected = en.events
      .filter((e) => e.sides.includes('soviet') && e.papers.includes('shimosato'))
      .map((e) => e.id);
    expect(distinct(await slideEvents(page))).toEqual(expected);
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
    expect(await page.textContent('[data-present-link]')).toBe('表示中の出来事をスライドで見る');
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

  test('printing gives one slide per page', { timeout: 180_000 }, async () => {
    // A view whose slides are all short enough for one page each (a long slide runs on to a second page),
    // chosen from the data so that the test follows the corpus as it grows.
    const short = (e: TimelineData['events'][number]) => {
      const kinds = new Set(e.accounts.map((a) => a.kind));
      const columnsFit = [...kinds].every(
        (k) => e.accounts.filter((a) => a.kind === k).reduce((n, a) => n + a.text.length, 0) < 450,
      );
      const references = new Set(e.accounts.flatMap((a) => a.citations.map((c) => c.work)));
      return columnsFit && [...references].reduce((n, w) => n + (en.works[w]?.reference.length ?? 0), 0) < 350;
    };
    const views = ['theme', 'person'].flatMap((param) =>
      [...new Set(en.events.flatMap((e) => (param === 'theme' ? e.themes : e.people)))].map((id) => ({
        param,
        id,
        events: en.events.filter((e) => (param === 'theme' ? e.themes : e.people).includes(id)),
      })),
    );
    const view = views
      .filter((v) => v.events.length >= 2 && v.events.length <= 6 && v.events.every(short))
      .sort((a, b) => b.events.length - a.events.length)[0]!;
    expect(view).toBeDefined();
    const page = await open(`/en/present/?${view.param}=${view.id}`);
    const total = await slideCount(page);
    expect(total).toBe(view.events.length);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBe(total);
    // Every slide prints, each from the top of a page, with its QR code, not only the one on screen.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('.slide', (n) =>
      n.map((s) => [
        getComputedStyle(s).display,
        getComputedStyle(s).breakAfter,
        (s.querySelector('img.slide-qr') as HTMLImageElement).getAttribute('src')?.startsWith('data:image/svg+xml') ??
          false,
      ]),
    );
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
      expect(
        new Set(await page.$$eval('.slide .account', (n) => n.map((a) => (a as HTMLElement).dataset.sideKind))),
      ).toEqual(new Set(['japanese']));
      await page.keyboard.press('ArrowRight');
      expect((await position(page)).shown).toEqual([5]);
      // Only presentation requests are answered from the cache: the rest of the site is not kept.
      const other = await context.newPage();
      expect(
        await other.goto(`${server.url}/en/about/`).then(
          () => 'loaded',
          () => 'failed',
        ),
      ).toBe('failed');
      await other.close();
      expectNoScriptErrors(page);
    } finally {
      await context.close();
      await server.close().catch(() => undefined);
    }
  });
});
