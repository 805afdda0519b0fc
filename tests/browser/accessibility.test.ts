/**
 * Accessibility gates on the real built site, in real Chromium:
 * - axe-core on every page type in both languages (timeline ready, with an event open in the detail panel, event
 *   page, people and places, bibliography, about, the root, and the search and presentation pages when the build
 *   has them): no serious or critical violation;
 * - a keyboard-only walk through the timeline: Tab from the top to the filters, Space on a checkbox, Tab on to
 *   the timeline, arrow keys down and back up the window's list of events, Enter to open one, Escape back.
 *
 * axe is loaded as a same-origin script (a route serves node_modules/axe-core/axe.min.js at /__qa/axe.min.js),
 * so the pages keep their real Content-Security-Policy (script-src 'self', no inline script) while it runs.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, expectNoScriptErrors, launchBrowser, newContext } from '../support/browser';
import { DIST, ROOT } from '../support/paths';

const base = inject('baseUrl');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const AXE_URL = '/__qa/axe.min.js';
const LANGS = ['ja', 'en'] as const;
const EVENT = '1923-09-22-karakhan-yoshizawa-first-meeting';

let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function open(path: string, options: { blockRedirect?: boolean } = {}): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  collectErrors(page, path);
  await page.route(`**${AXE_URL}`, (route) => route.fulfill({ path: AXE, contentType: 'text/javascript' }));
  // The root page sends readers on to /ja/ or /en/ with a script; keep it in place to check the root itself.
  if (options.blockRedirect)
    await page.route('**/lang-redirect.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
  await page.goto(`${base}${path}`);
  return page;
}

/** Wait until the page's scripts have drawn what they draw (timeline, detail panel, search results). */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  if (await page.$('[data-timeline-app]')) await page.waitForSelector('[data-timeline-app][data-ready="true"]');
  if (await page.$('[data-present]')) await page.waitForSelector('[data-present][data-slide]');
  if (new URL(page.url()).searchParams.has('event') && (await page.$('[data-detail]')))
    await page.waitForSelector('[data-detail]:not([hidden])');
  if (new URL(page.url()).searchParams.has('q') && (await page.$('[data-search-results]'))) {
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.done === 'true',
    );
  }
  await page.waitForLoadState('networkidle');
}

/** Run axe on the whole document; return the serious and critical violations. */
async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ url: AXE_URL });
  const { passes, violations } = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: (ctx: Document, options: object) => Promise<{ passes: unknown[]; violations: Violation[] }> };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  });
  // axe really ran (served same-origin, so the page's own CSP let it in) and checked something.
  expect(passes, 'axe checked nothing').toBeGreaterThan(5);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describeViolations = (path: string, violations: Violation[]) =>
  `${path}:\n${violations.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`).join('\n')}`;

async function expectAccessible(
  path: string,
  prepare?: (page: Page) => Promise<void>,
  options: { blockRedirect?: boolean } = {},
) {
  const page = await open(path, options);
  try {
    await settle(page);
    if (prepare) await prepare(page);
    const serious = await axe(page);
    expect(serious, describeViolations(path, serious)).toEqual([]);
    expectNoScriptErrors(page);
  } finally {
    await page.context().close();
  }
}

describe.each(LANGS)('axe-core: no serious or critical violations (%s)', (lang) => {
  test('chronology and timeline, once the timeline is ready', async () => {
    await expectAccessible(`/${lang}/`);
  });
  test('timeline with every filter group expanded', async () => {
    await expectAccessible(`/${lang}/`, async (page) => {
      for (const summary of await page.$$('[data-filters] details > summary')) await summary.click();
    });
  });
  test('timeline with an event open in the detail panel', async () => {
    await expectAccessible(`/${lang}/?event=${EVENT}`, async (page) => {
      expect(await page.getAttribute('[data-detail]', 'data-event-id')).toBe(EVENT);
    });
  });
  test('an event page', async () => {
    await expectAccessible(`/${lang}/events/${EVENT}/`);
  });
  test('the people index and a person page', async () => {
    await expectAccessible(`/${lang}/people/`);
    await expectAccessible(`/${lang}/people/karakhan/`);
  });
  test('the places index and a place page', async () => {
    await expectAccessible(`/${lang}/places/`);
    await expectAccessible(`/${lang}/places/beijing/`);
  });
  test('the bibliography', async () => {
    await expectAccessible(`/${lang}/works/`);
  });
  test('the questions index and a question page with its chart', async () => {
    await expectAccessible(`/${lang}/questions/`);
    await expectAccessible(`/${lang}/questions/oil-concessions/`);
  });
  test('the about page', async () => {
    await expectAccessible(`/${lang}/about/`);
  });
  test('the presentation mode', async () => {
    await expectAccessible(`/${lang}/present/`);
    await expectAccessible(`/${lang}/present/?event=${EVENT}`);
  });
  test('the search page, with results', async () => {
    await expectAccessible(
      `/${lang}/search/?q=${encodeURIComponent(lang === 'ja' ? 'カラハン' : 'Karakhan')}`,
      async (page) => {
        expect(await page.$$eval('[data-search-results] li', (n) => n.length)).toBeGreaterThan(0);
      },
    );
  });
});

describe('the root page', () => {
  test('axe-core: no serious or critical violations', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('lang-redirect.js');
    await expectAccessible('/', undefined, { blockRedirect: true });
  });
  test('still sends readers to a language at once, with JavaScript (by preference) and without (to /ja/)', async () => {
    for (const [locale, javaScriptEnabled, lang] of [
      ['en-GB', true, 'en'],
      ['ja-JP', true, 'ja'],
      ['en-GB', false, 'ja'],
    ] as const) {
      const context = await newContext(browser, { locale, javaScriptEnabled });
      const page = await context.newPage();
      collectErrors(page, `/ (${locale}${javaScriptEnabled ? '' : ', no JavaScript'})`);
      await page.goto(`${base}/`);
      await page.waitForURL(`${base}/${lang}/`, { timeout: 5_000 });
      expectNoScriptErrors(page);
      await context.close();
    }
  });
});

/** Where the focus is, in words a failing assertion can show. */
const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body)
      return {
        where: 'body',
        name: '',
        value: '',
        text: '',
        aboveFilters: false,
        inTimelineApp: false,
        outline: false,
      };
    const style = getComputedStyle(a);
    return {
      where: a.matches('[data-timeline]')
        ? 'timeline'
        : a.matches('[data-detail]')
          ? 'detail'
          : a.matches('input[name="side"]')
            ? 'side-filter'
            : `${a.tagName.toLowerCase()}${a.className ? `.${a.className.split(' ').join('.')}` : ''}`,
      name: a.getAttribute('name') ?? '',
      value: a.getAttribute('value') ?? '',
      text: (a.textContent ?? '').trim().slice(0, 40),
      // Above the filters: the skip link, the header, or whatever main shows before the timeline (not the list).
      aboveFilters:
        Boolean(a.closest('.site-header')) ||
        a.matches('.skip-link') ||
        (Boolean(a.closest('main')) && !a.closest('#chronology')),
      inTimelineApp: Boolean(a.closest('[data-timeline-app]')),
      // A visible focus indicator: an outline (site.css) or the browser's own ring.
      outline: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });

const visibleEntries = (page: Page) =>
  page.$$eval('[data-window-list] .window-entry', (n) => n.map((e) => (e as HTMLElement).dataset.eventId!));
const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

describe.each(LANGS)('keyboard only (%s)', (lang) => {
  test('Tab to the filters, Space on a checkbox, Tab to the timeline, arrows down and up the window list, Enter opens, Escape returns', async () => {
    const page = await open(`/${lang}/`);
    try {
      await settle(page);
      const titles = new Map(
        (
          JSON.parse(await (await fetch(`${base}/data/events.json`)).text()) as Array<{
            id: string;
            title: Record<string, string>;
          }>
        ).map((e) => [e.id, e.title[lang]]),
      );

      // 1. From the top of the page: the skip link first, then the header (and anything above the timeline), then the first filter.
      expect((await focusInfo(page)).where).toBe('body');
      await page.keyboard.press('Tab');
      const skip = await focusInfo(page);
      expect(skip.where, 'the first Tab stop is the skip link').toMatch(/^a\..*skip-link/);
      expect(
        await page.$eval('.skip-link', (a) => {
          const r = a.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0;
        }),
        'the skip link shows when focused',
      ).toBe(true);
      const beforeFilters: string[] = [];
      let focus = skip;
      for (let i = 0; i < 30 && focus.where !== 'side-filter'; i++) {
        expect(
          focus.aboveFilters,
          `Tab stop ${i + 1} (${focus.where} "${focus.text}") comes before the filters but is not above them`,
        ).toBe(true);
        beforeFilters.push(focus.where);
        await page.keyboard.press('Tab');
        focus = await focusInfo(page);
      }
      expect(focus.where, `never reached the filters; stops: ${beforeFilters.join(', ')}`).toBe('side-filter');
      expect(focus.value).toBe('japanese');
      expect(focus.outline, 'the focused checkbox shows a focus indicator').toBe(true);
      expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(true);

      // 2. Space changes the filter: the URL, the checkbox and the list follow; the focus stays.
      await page.keyboard.press('Space');
      await page.waitForFunction(() => new URLSearchParams(location.search).has('side'));
      expect(new URL(page.url()).searchParams.get('side')).toBe('soviet,other,context');
      expect(await page.isChecked('input[name="side"][value="japanese"]')).toBe(false);
      expect((await focusInfo(page)).value).toBe('japanese');
      await page.waitForFunction(() => !document.querySelector('[data-timeline] .vis-item[data-side="japanese"]'));
      const shownSides = await page.$$eval('[data-timeline] .vis-item[data-side]', (n) =>
        n.map((a) => (a as HTMLElement).dataset.side),
      );
      expect(shownSides.length).toBeGreaterThan(0);
      expect(shownSides).not.toContain('japanese');

      // 3. Tab on, through the rest of the timeline's controls, to the timeline itself.
      const path: string[] = [];
      for (let i = 0; i < 60 && focus.where !== 'timeline'; i++) {
        await page.keyboard.press('Tab');
        focus = await focusInfo(page);
        path.push(`${focus.where}${focus.name ? `[${focus.name}=${focus.value}]` : ''}`);
        expect(focus.inTimelineApp, `Tab left the timeline before reaching it: ${path.join(' → ')}`).toBe(true);
      }
      expect(focus.where, `never reached the timeline: ${path.join(' → ')}`).toBe('timeline');
      expect(focus.outline, 'the timeline shows a focus indicator').toBe(true);
      expect(eventParam(page)).toBeNull();

      // 4. Arrow keys move through the visible events in time order; the URL and the detail panel follow.
      const order = await visibleEntries(page);
      expect(order.length).toBeGreaterThan(3);
      const expectSelected = async (index: number, key: string) => {
        const id = order[index]!;
        await page.waitForFunction((want) => new URLSearchParams(location.search).get('event') === want, id);
        expect(eventParam(page), `after ${key}`).toBe(id);
        expect(new URL(page.url()).searchParams.get('side'), 'the filter stays in the URL').toBe(
          'soviet,other,context',
        );
        expect((await focusInfo(page)).where, `focus stays on the timeline after ${key}`).toBe('timeline');
        await page.waitForSelector(`[data-detail][data-event-id="${id}"]:not([hidden])`);
        expect(await page.textContent('[data-detail] h3')).toBe(titles.get(id));
        // The status line says which event it is, by its title (its number counts every event the filters keep).
        const status = (await page.textContent('[data-status]')) ?? '';
        expect(status, 'the status names the event').toMatch(/\d/);
        expect(status.endsWith(` — ${titles.get(id)}`), status).toBe(true);
      };
      // The first arrow selects the first event on the screen, which is one of the listed events of the window.
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => new URLSearchParams(location.search).has('event'));
      const start = order.indexOf(eventParam(page)!);
      expect(start, `the first arrow selected ${eventParam(page)}, not an event of the window`).toBeGreaterThanOrEqual(
        0,
      );
      await expectSelected(start, 'ArrowRight');
      // Then → walks down the list of the window, one entry per key, and ← walks back up it.
      const steps = Math.min(4, order.length - 1 - start);
      expect(steps, 'the window lists enough events to walk').toBeGreaterThanOrEqual(3);
      for (let k = 1; k <= steps; k++) {
        await page.keyboard.press('ArrowRight');
        await expectSelected(start + k, `ArrowRight ×${k + 1}`);
      }
      await page.keyboard.press('ArrowLeft');
      await expectSelected(start + steps - 1, 'ArrowLeft');
      const opened = order[start + steps - 1]!;

      // 5. Enter opens the event: the focus moves into the detail panel, which shows it without ● accounts.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.matches('[data-detail]'));
      expect(await page.getAttribute('[data-detail]', 'data-event-id')).toBe(opened);
      expect(await page.isVisible('[data-detail]')).toBe(true);
      expect(await page.$$eval('[data-detail] .account[data-side-kind="japanese"]', (n) => n.length)).toBe(0);
      expect(eventParam(page)).toBe(opened);

      // 6. From the panel, Tab reaches the event's permalink; Escape closes the panel and returns to the timeline.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () => document.activeElement?.closest('[data-detail]') !== null && document.activeElement?.tagName,
        ),
      ).toBe('A');
      expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe(
        `/${lang}/events/${opened}/`,
      );
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => document.querySelector('[data-detail]')?.hasAttribute('hidden'));
      expect((await focusInfo(page)).where).toBe('timeline');
      expect(eventParam(page)).toBeNull();
      expectNoScriptErrors(page);
    } finally {
      await page.context().close();
    }
  });
});
