/** The interactive timeline in real Chromium, on the real built site, at desktop, projector and phone sizes. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

const SIZES = {
  desktop: { viewport: { width: 1440, height: 900 } },
  projector: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
} satisfies Record<string, BrowserContextOptions>;
type Size = keyof typeof SIZES;

async function open(path: string, options: BrowserContextOptions & { size?: Size } = {}): Promise<Page> {
  const { size, ...rest } = options;
  const context = await newContext(browser, { ...(size ? SIZES[size] : {}), ...rest });
  const page = await context.newPage();
  collectErrors(page, path);
  await page.goto(`${base}${path}`);
  if (rest.javaScriptEnabled !== false) await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  return page;
}

/** Event titles drawn in the lanes that a reader can read on the first screen: whole, inside the lanes and the viewport. */
const readableTitles = (page: Page) =>
  page.evaluate(() => {
    const lanes = document.querySelector('[data-timeline] .vis-center')!.getBoundingClientRect();
    const inside = (r: DOMRect, box: { left: number; right: number; top: number; bottom: number }) =>
      r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    return [...document.querySelectorAll<HTMLElement>('[data-timeline] .vis-item:not([data-bucket]) .item-label')]
      .filter((label) => (label.textContent ?? '').trim().length > 3)
      .filter((label) => {
        const r = label.getBoundingClientRect();
        // Drawn is not shown: vis-timeline keeps a drawing hidden (visibility) until its window has settled.
        return (
          r.width > 0 && label.checkVisibility({ visibilityProperty: true }) && inside(r, lanes) && inside(r, screen)
        );
      })
      .map((label) => label.textContent!.trim());
  });
const countLabels = (page: Page) =>
  page.$$eval('[data-timeline] .vis-item[data-bucket] .item-label', (n) =>
    n.map((label) => ({
      text: label.textContent ?? '',
      clipped: label.scrollWidth > label.closest('.vis-item')!.clientWidth + 1,
    })),
  );
const resultCount = async (page: Page) =>
  Number((await page.textContent('form [data-result-count]'))!.match(/\d+/)![0]);
const windowEntries = (page: Page) =>
  page.$$eval('[data-window-list] .window-entry', (n) => n.map((e) => (e as HTMLElement).dataset.eventId!));
const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, (node) => {
    const r = node.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });
const itemShown = (page: Page, id: string) =>
  page.evaluate((want) => {
    const lanes = document.querySelector('[data-timeline] .vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll(`[data-timeline] .vis-item[data-event-id="${want}"]`)].some((n) => {
      const r = n.getBoundingClientRect();
      return (
        r.width > 0 && n.checkVisibility({ visibilityProperty: true }) && r.left < lanes.right && r.right > lanes.left
      );
    });
  }, id);

describe('the first screen', () => {
  for (const size of ['desktop', 'projector', 'phone'] as const) {
    for (const lang of ['ja', 'en'] as const) {
      test(`${size}, ${lang}: event titles readable in the lanes, counts in full, axis in the page's language`, async () => {
        // The browser speaks the other language: the axis must follow the page, not the browser.
        const page = await open(`/${lang}/`, { size, locale: lang === 'ja' ? 'en-US' : 'ja-JP' });
        const titles = await readableTitles(page);
        expect(titles.length, titles.join(' | ')).toBeGreaterThanOrEqual(size === 'phone' ? 3 : 8);
        for (const count of await countLabels(page)) {
          expect(count.text).toMatch(lang === 'ja' ? /^\d+件$/ : /^\d+ events?$/);
          expect(count.clipped, count.text).toBe(false);
        }
        const axis = await page.$$eval('[data-timeline] .vis-time-axis .vis-text', (n) =>
          n.map((x) => x.textContent).join(' '),
        );
        // The opening window (September 1923 on) shows months: 9月 10月… on /ja/, Sept Oct… on /en/, never the other.
        if (lang === 'ja') {
          expect(axis).toMatch(/9月.*10月/);
          expect(axis).not.toMatch(/Sept|Oct|Nov|Dec/);
        } else {
          expect(axis).toMatch(/Sept.*Oct/);
          expect(axis).not.toMatch(/月/);
        }
        await closeChecked(page);
      });
    }
  }
});

describe('selection where the eye is', () => {
  test.each([
    ['desktop', 'en'],
    ['projector', 'ja'],
    ['phone', 'en'],
    ['phone', 'ja'],
  ] as const)(
    '%s (%s): a click or tap shows the first account in the viewport, the item stays in sight; Escape returns',
    async (size, lang) => {
      const page = await open(`/${lang}/`, { size });
      const item = page.locator('[data-timeline] .vis-item.vis-point:not([data-bucket])').first();
      const id = await item.getAttribute('data-event-id');
      if (size === 'phone') await item.locator('.item-label').tap();
      else await item.locator('.item-label').click();
      await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
      expect(await inViewport(page, '[data-detail] .account')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.matches('[data-detail]'))).toBe(true);
      // The item the reader tapped or clicked stays in sight: on a phone above the bottom sheet, not under it.
      await page.waitForFunction((want) => {
        const label = document.querySelector(
          `[data-timeline] .vis-item.vis-selected[data-event-id="${want}"] .item-label`,
        );
        const panel = document.querySelector('[data-detail]')!.getBoundingClientRect();
        if (!label) return false;
        const r = label.getBoundingClientRect();
        const uncovered = innerWidth < 992 ? r.bottom <= panel.top : r.right <= panel.left;
        return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && uncovered;
      }, id);
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('[data-detail]')?.hasAttribute('hidden'));
      expect(new URL(page.url()).searchParams.has('event')).toBe(false);
      await closeChecked(page);
    },
  );
  test.each([
    '1880-karakhan-born-in-tiflis',
    '1904-karakhan-joins-rsdlp',
    '1956-karakhan-rehabilitated',
    '1925-01-20-basic-convention-signed',
  ])('?event=%s opens with its item on the timeline and its accounts in view', async (id) => {
    const page = await open(`/en/?event=${id}`, { size: 'desktop' });
    await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
    expect(await itemShown(page, id)).toBe(true);
    expect(await page.$$eval('.vis-item.vis-selected', (n) => n.length)).toBeGreaterThan(0);
    expect(await inViewport(page, '[data-detail] .account')).toBe(true);
    await closeChecked(page);
  });
});

describe('citations in the page’s language', () => {
  test('the English panel cites in English short forms, the Japanese one as the paper writes', async () => {
    const id = '1923-09-22-karakhan-yoshizawa-first-meeting';
    for (const [lang, sokolov, nakano] of [
      ['en', 'Sokolov 127', 'Nakano 92'],
      ['ja', 'ソコロフ 127', '中野 92'],
    ] as const) {
      const page = await open(`/${lang}/?event=${id}`, { size: 'desktop' });
      await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([aria-busy]) .account`);
      const citations = await page.$$eval('[data-detail] .citation', (n) => n.map((a) => a.textContent));
      expect(citations).toContain(sokolov);
      expect(citations).toContain(nakano);
      if (lang === 'en') expect(citations.join(' ')).not.toMatch(/ソコロフ|中野/);
      expect(await page.getAttribute(`[data-detail] .citation[data-cited-as="ソコロフ 127"]`, 'href')).toBe(
        `/${lang}/works/#work-sokolov-1983`,
      );
      await closeChecked(page);
    }
  });
});

describe('moving the window', () => {
  test('a plain wheel scrolls the page; Ctrl + wheel zooms and is written to the URL', async () => {
    const page = await open('/en/', { size: 'desktop' });
    const box = (await page.locator('[data-timeline] .vis-center').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction(() => scrollY > 100);
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    await page.waitForSelector('[data-wheel-hint]:not([hidden])');
    const again = (await page.locator('[data-timeline] .vis-center').boundingBox())!;
    await page.mouse.move(again.x + again.width / 2, again.y + 20);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('from'));
    await closeChecked(page);
  });
  test('zoom, pan and fit buttons work from the keyboard and every view change reaches the URL', async () => {
    const page = await open('/ja/', { size: 'projector' });
    await page.focus('[data-nav="zoom-out"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('from'));
    const zoomed = new URL(page.url()).searchParams;
    const span = (p: URLSearchParams) => Date.parse(p.get('to')!) - Date.parse(p.get('from')!);
    await page.focus('[data-nav="later"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((from) => new URLSearchParams(location.search).get('from') !== from, zoomed.get('from'));
    expect(Math.abs(span(new URL(page.url()).searchParams) - span(zoomed))).toBeLessThan(3 * 86_400_000);
    await page.click('button[data-phase-from="1923-09-01"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '1923-09-01');
    expect(new URL(page.url()).searchParams.get('to')).toBe('1925-01-31');
    // A count box zooms into its period, and that too is a view in the URL.
    const bucket = page.locator('[data-timeline] .vis-item[data-bucket]').first();
    await bucket.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('to') !== '1925-01-31');
    // "Present this view" carries the whole view, the window included.
    const present = new URL((await page.getAttribute('[data-present-link]', 'href'))!, base);
    expect(present.searchParams.get('from')).toBe(new URL(page.url()).searchParams.get('from'));
    await closeChecked(page);
  });
});

describe('filters', () => {
  test('side=soviet: only the ★ lane, only ★ events, and the count agrees', async () => {
    const page = await open('/en/?side=soviet');
    expect(
      new Set(
        await page.$$eval('[data-timeline] .vis-item[data-side]', (n) => n.map((x) => (x as HTMLElement).dataset.side)),
      ),
    ).toEqual(new Set(['soviet']));
    expect(await page.$$eval('.lane-label', (n) => n.map((x) => x.textContent))).toEqual(['★ Soviet-side sources']);
    const sides = await page.$$eval('[data-window-list] .window-entry', (n) =>
      n.map((x) => (x as HTMLElement).dataset.side ?? ''),
    );
    expect(sides.length).toBeGreaterThan(3);
    for (const s of sides) expect(s.split(' ')).toContain('soviet');
    expect(await resultCount(page)).toBe(Number(await page.textContent('[data-count="side:soviet"]')));
    await closeChecked(page);
  });
  test('free text at the real corpus gives one answer, the same as the texts say, from the first count on', async () => {
    const { texts } = (await (await fetch(`${base}/data/timeline-text.json`)).json()) as {
      texts: Record<string, string>;
    };
    const expected = Object.values(texts).filter((t) => t.includes('カラハン')).length;
    expect(expected).toBeGreaterThan(50);
    const context = await newContext(browser);
    const page = await context.newPage();
    collectErrors(page, 'q=カラハン');
    const seen: number[] = [];
    await page.exposeFunction('recordCount', (n: number) => seen.push(n));
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const text = document.querySelector('form [data-result-count]')?.textContent ?? '';
        const n = text.match(/\d+/);
        if (n) (window as unknown as { recordCount: (n: number) => void }).recordCount(Number(n[0]));
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${base}/en/?q=${encodeURIComponent('カラハン')}`);
    await page.waitForSelector('[data-timeline-app][data-ready="true"]');
    expect(await resultCount(page)).toBe(expected);
    expect(new Set(seen)).toEqual(new Set([expected]));
    await closeChecked(page);
  });
  test('both sides: the filter is in the URL, with its count, and keeps only events with ● and ★', async () => {
    const events = (await (await fetch(`${base}/data/events.json`)).json()) as Array<{
      id: string;
      accounts: Array<{ sideKind: string }>;
    }>;
    const both = events.filter(
      (e) => e.accounts.some((a) => a.sideKind === 'japanese') && e.accounts.some((a) => a.sideKind === 'soviet'),
    );
    expect(both.length).toBeGreaterThan(0);
    const page = await open('/ja/', { size: 'desktop' });
    expect(Number(await page.textContent('[data-count="both"]'))).toBe(both.length);
    await page.check('input[name="both"]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('both') === '1');
    expect(await resultCount(page)).toBe(both.length);
    await page.click('[data-nav="fit"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-window-list] .window-entry').length === n,
      both.length,
    );
    expect(new Set(await windowEntries(page))).toEqual(new Set(both.map((e) => e.id)));
    await closeChecked(page);
  });
  test('nothing matches: the view says so and offers to clear the filter; the last side cannot be unchecked silently', async () => {
    const page = await open('/en/?q=zzqxqzz', { size: 'desktop' });
    await page.waitForSelector('[data-empty]:not([hidden])');
    expect(await page.textContent('[data-empty-message]')).toContain('No event matches');
    await page.click('[data-clear-filters]');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'));
    expect(await resultCount(page)).toBeGreaterThan(200);
    for (const side of ['japanese', 'other', 'context']) {
      await page.uncheck(`input[name="side"][value="${side}"]`);
      await page.waitForFunction(
        (s) =>
          !(new URLSearchParams(location.search).get('side') ?? '').includes(s) &&
          new URLSearchParams(location.search).has('side'),
        side,
      );
    }
    await page.click('input[name="side"][value="soviet"]');
    await page.waitForSelector('[data-side-notice]:not([hidden])');
    expect(await page.isChecked('input[name="side"][value="soviet"]')).toBe(true);
    expect(new URL(page.url()).searchParams.get('side')).toBe('soviet');
    await closeChecked(page);
  });
  test('changing the view updates the URL; back and forward restore it; the language switch keeps it', async () => {
    const page = await open('/en/');
    await page.uncheck('input[name="side"][value="japanese"]');
    await page.waitForFunction(() => location.search.includes('side='));
    expect(new URL(page.url()).searchParams.get('side')).toBe('soviet,other,context');
    await page.check('input[name="paper"][value="ozawa-1987"]');
    await page.waitForFunction(() => location.search.includes('paper=ozawa-1987'));
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('paper='));
    expect(await page.isChecked('input[name="paper"][value="ozawa-1987"]')).toBe(false);
    expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(false);
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('side='));
    expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(true);
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('side=soviet'));
    expect(await page.getAttribute('[data-language-switch]', 'href')).toContain('/ja/?side=soviet,other,context');
    await closeChecked(page);
  });
});

describe('keyboard', () => {
  test('Tab reaches the timeline; arrows walk the window list from its first event; Enter opens; Escape closes', async () => {
    const page = await open('/en/?from=1923-09-01&to=1923-12-31');
    await page.focus('[data-timeline]');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URLSearchParams(location.search).has('event'));
    const order = await windowEntries(page);
    const first = new URL(page.url()).searchParams.get('event');
    expect(first).toBe(order[0]);
    // Then down the window's list: the same order as "Events in this view".
    const second = order[1];
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((previous) => new URLSearchParams(location.search).get('event') !== previous, first);
    expect(new URL(page.url()).searchParams.get('event')).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.matches('.event-detail'));
    expect(await page.getAttribute('.event-detail', 'data-event-id')).toBe(second);
    expect(await page.textContent('[data-status]')).toMatch(/Event \d+ of \d+/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.event-detail')?.hasAttribute('hidden'));
    await closeChecked(page);
  });
});

describe('dates are drawn honestly', () => {
  test('an exact day is a point, a month or 下旬 a hatched span, in any time zone', async () => {
    for (const timezoneId of ['Asia/Tokyo', 'America/Los_Angeles']) {
      const page = await open('/en/?from=1924-02-15&to=1924-03-05', { timezoneId, size: 'desktop' });
      expect(
        await page.$('.vis-item.vis-point[data-event-id="1924-02-24-yoshizawa-calls-on-karakhan-de-facto-proposal"]'),
        timezoneId,
      ).not.toBeNull();
      expect(
        await page.$(
          '.vis-item.partial[data-event-id="1924-02-21-karakhan-proposes-talks-yoshizawa-seeks-instructions"]',
        ),
        timezoneId,
      ).not.toBeNull();
      await closeChecked(page);
    }
  });
});

describe('without JavaScript', () => {
  test('every event is two clicks away: the timeline page links every year, each year page links and shows its events', async () => {
    const events = (await (await fetch(`${base}/data/events.json`)).json()) as Array<{ id: string }>;
    for (const lang of ['ja', 'en']) {
      const page = await open(`/${lang}/`, { javaScriptEnabled: false });
      expect(await page.isVisible('[data-timeline-fallback]')).toBe(true);
      const years = await page.$$eval('#chronology .year-links a', (n) =>
        n.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => (a as HTMLAnchorElement).href),
      );
      const reached = new Set<string>();
      for (const year of years) {
        const html = await (await fetch(year)).text();
        for (const m of html.matchAll(
          new RegExp(
            `<li class="chronology-entry"[^>]*data-event-id="([^"]+)"[\\s\\S]*?href="/${lang}/events/([^/"]+)/"`,
            'g',
          ),
        )) {
          expect(m[2]).toBe(m[1]);
          reached.add(m[1]!);
        }
      }
      expect(reached).toEqual(new Set(events.map((e) => e.id)));
      await closeChecked(page);
    }
  });
});
