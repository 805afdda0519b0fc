/**
 * Measurements in Debian's Chromium (playwright-core, headless, no download): page weight from the recorded
 * network responses, the timeline page's paint / ready / filter / heap timings, and the bare vis-timeline
 * baseline (guarded by a time cap, since it can block the page's main thread for minutes).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../scripts/chromium';

const VIEWPORT = { width: 1280, height: 900 };

/** The same Chromium, flags and fresh profile as the browser tests (scripts/chromium.ts). */
export const launch = launchChromium;

async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  // A fresh context per measurement: empty HTTP cache, no service worker from an earlier page.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', ...options });
  // tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a __name helper
  // that the page does not have: give it one (it only names functions).
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  return context;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Close a context, giving up after `ms` (a renderer stuck in a long task may not answer). */
async function closeWithin(context: BrowserContext, ms: number): Promise<boolean> {
  return Promise.race([
    context.close().then(
      () => true,
      () => false,
    ),
    sleep(ms).then(() => false),
  ]);
}

// ---------------------------------------------------------------------------------------------------------
// Page weight

export interface Weight {
  url: string;
  /** gzip (level 6, as a typical server sends it) of each kind of response the page loaded. */
  gzip: { html: number; css: number; js: number; data: number; other: number };
  raw: { html: number; css: number; js: number; data: number; other: number };
  /** HTML + CSS + JS, gzipped. */
  totalGzip: number;
  /** `fromFile`: Chromium no longer held the body (it drops large ones), so it was read from the output folder. */
  requests: Array<{ url: string; type: string; bytes: number; gzip: number; fromFile?: boolean }>;
  scripts: number;
}

const KIND: Record<string, keyof Weight['gzip']> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  fetch: 'data',
  xhr: 'data',
};

/** Load a page and record every response it gets (including chunks imported later), until `ready` holds. */
export async function pageWeight(
  browser: Browser,
  url: string,
  siteDir: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<Weight> {
  const fromFile = (address: string): Buffer | null => {
    const path = decodeURIComponent(new URL(address).pathname);
    const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
    return existsSync(file) ? readFileSync(file) : null;
  };
  const context = await newContext(browser);
  const page = await context.newPage();
  const pending: Array<Promise<void>> = [];
  const requests: Weight['requests'] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300) return;
        const type = response.request().resourceType();
        let body: Buffer | null = null;
        let file = false;
        try {
          body = await response.body();
        } catch {
          body = fromFile(response.url());
          file = true;
        }
        if (!body) return;
        requests.push({
          url: response.url().replace(/^https?:\/\/[^/]+/, ''),
          type,
          bytes: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
          ...(file ? { fromFile: true } : {}),
        });
      })(),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
    await ready(page);
    await sleep(500);
    await Promise.all(pending);
  } finally {
    await closeWithin(context, 15_000);
  }
  const gzip = { html: 0, css: 0, js: 0, data: 0, other: 0 };
  const raw = { html: 0, css: 0, js: 0, data: 0, other: 0 };
  for (const r of requests) {
    // A preloaded fetch reports itself as 'other': the data files are data whatever fetched them.
    const kind = /^\/data\/.*\.json$/.test(r.url) ? 'data' : (KIND[r.type] ?? 'other');
    gzip[kind] += r.gzip;
    raw[kind] += r.bytes;
  }
  return {
    url,
    gzip,
    raw,
    totalGzip: gzip.html + gzip.css + gzip.js,
    requests,
    scripts: requests.filter((r) => r.type === 'script').length,
  };
}

/**
 * Whether a page needs JavaScript: its visible text with JavaScript disabled against with it enabled
 * (an enhancement such as a copy button may add a few words; missing content would show here).
 */
export async function jsFreeCheck(
  browser: Browser,
  url: string,
): Promise<{ textWithJs: number; textWithoutJs: number; ratio: number }> {
  const text = async (javaScriptEnabled: boolean) => {
    const context = await newContext(browser, { javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return (await page.locator('body').innerText()).replace(/\s+/g, ' ').length;
    } finally {
      await closeWithin(context, 15_000);
    }
  };
  const textWithJs = await text(true);
  const textWithoutJs = await text(false);
  return { textWithJs, textWithoutJs, ratio: textWithoutJs / textWithJs };
}

// ---------------------------------------------------------------------------------------------------------
// The site's timeline page

export interface FilterTiming {
  /** The change handler, synchronous (the URL and the result count are updated inside it). */
  handlerMs: number;
  /** Click dispatch → the next animation frame after it (the URL and count had changed by then). */
  nextFrameMs: number;
  /**
   * Click dispatch → the first animation frame after the last DOM change, once two frames in a row brought
   * no change: the filtered list and the re-rendered timeline have been drawn.
   */
  settledMs: number;
  /** Frames until settled. */
  frames: number;
  /**
   * Click dispatch → the last DOM change seen within 1.5 s, including vis-timeline's size poll (every 1 s
   * it redraws when its container changed size, as it does when a lane disappears). Not part of settledMs.
   */
  lastMutationMs: number;
  countBefore: string;
  countAfter: string;
  urlChanged: boolean;
}

export interface SiteRun {
  /** All times in ms from navigation start. */
  responseEnd: number;
  firstPaint: number | null;
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  lcpInChronology: boolean | null;
  /** Parsing done: module scripts (the timeline island) cannot run before this. */
  domInteractive: number;
  /** When the island started: its first document.querySelector('[data-timeline-app]'). */
  islandStart: number | null;
  /** When the island's first DOM change was delivered (the end of its synchronous start). */
  timelineJsFirstChange: number | null;
  domContentLoaded: number;
  load: number;
  /** performance mark 'timeline-items': the timeline shows its items. */
  timelineItems: number;
  /** When the first vis-timeline item entered the DOM (vis-timeline redraws after the mark). */
  itemsShown: number | null;
  visItems: number;
  bucketed: string | null;
  itemsInWindow: number | null;
  chronologyEntries: number;
  /** JS heap in use after a forced GC (CDP Runtime.getHeapUsage), bytes. */
  heapUsed: number;
  heapUsedBeforeGc: number;
  /** DOM nodes (CDP Memory.getDOMCounters). */
  domNodes: number | null;
  /** Resource timing (ms from navigation start) of the island's script, the timeline data and vis-timeline. */
  resources: Record<'island' | 'opening' | 'index' | 'visTimeline', { start: number; end: number } | null>;
  filterOff: FilterTiming;
  filterOn: FilterTiming;
  /** The first free-text query (fetches the searchable texts), then a second one (texts already in). */
  queryCold: FilterTiming;
  queryWarm: FilterTiming;
}

/** Place names found in the real corpus and in every synthetic one (the generator copies the places). */
export const QUERIES = ['Vladivostok', 'Harbin'] as const;

/**
 * Installed before any page script. Records: LCP entries (and whether their element is in #chronology);
 * when the timeline island starts (its first lookup of [data-timeline-app]) and its first DOM change; when
 * the first vis-timeline item enters the DOM (the same instrument on the site and on the bare page).
 */
const PAGE_INIT = () => {
  const bench = {
    lcp: [] as Array<{ t: number; inChronology: boolean }>,
    islandStart: null as number | null,
    jsFirstChange: null as number | null,
    itemsShown: null as number | null,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { element?: Element | null }>) {
        bench.lcp.push({ t: entry.startTime, inChronology: Boolean(entry.element?.closest?.('#chronology')) });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    /* not supported */
  }
  const querySelector = Document.prototype.querySelector;
  Document.prototype.querySelector = function (this: Document, selector: string) {
    if (bench.islandStart === null && typeof selector === 'string' && selector.includes('data-timeline-app'))
      bench.islandStart = performance.now();
    return querySelector.call(this, selector);
  } as typeof Document.prototype.querySelector;
  const changes = new MutationObserver((records) => {
    for (const record of records) {
      if ((record.target as Element).matches?.('.timeline-ui, [data-timeline-fallback]')) {
        bench.jsFirstChange = performance.now();
        changes.disconnect();
        return;
      }
    }
  });
  changes.observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  document.addEventListener('DOMContentLoaded', () => {
    const container = querySelector.call(document, '[data-timeline], #timeline');
    if (!container) return;
    // On screen: an item in the DOM and the timeline not hidden (vis-timeline keeps its first drawing hidden
    // until it has settled its window), so what is timed is what a reader sees.
    const items = new MutationObserver(() => {
      const root = container.querySelector<HTMLElement>('.vis-timeline');
      if (!root || root.style.visibility === 'hidden' || !container.querySelector('.vis-item')) return;
      bench.itemsShown = performance.now();
      items.disconnect();
    });
    items.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
  });
};

interface PageBench {
  lcp: Array<{ t: number; inChronology: boolean }>;
  islandStart: number | null;
  jsFirstChange: number | null;
  itemsShown: number | null;
}

/**
 * Change a filter and time until the page has settled; runs inside the page. `side:<kind>` clicks that side's
 * checkbox; `query:<words>` types the words into the timeline's search box and submits it (the first query
 * also fetches the searchable texts). Settled = the first animation frame after the last DOM change, once the
 * status line is empty again (a query shows "searching…" until its texts are in) and two frames in a row
 * changed nothing.
 */
async function changeFilter(page: Page, change: string): Promise<FilterTiming> {
  return page.evaluate(async (what) => {
    const [kind, value] = [what.slice(0, what.indexOf(':')), what.slice(what.indexOf(':') + 1)];
    const form = document.querySelector<HTMLFormElement>('form[data-filters]')!;
    const count = document.querySelector<HTMLElement>('[data-result-count]')!;
    const status = document.querySelector<HTMLElement>('[data-timeline-app] [data-status]')!;
    const countBefore = count.textContent ?? '';
    const urlBefore = location.href;
    let lastMutation = 0;
    let mutated = false;
    const observer = new MutationObserver(() => {
      lastMutation = performance.now();
      mutated = true;
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const t0 = performance.now();
    if (kind === 'side') {
      form.querySelector<HTMLInputElement>(`input[name="side"][value="${value}"]`)!.click();
    } else {
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = value;
      form.requestSubmit();
    }
    const t1 = performance.now();
    const urlChanged = location.href !== urlBefore;
    let settled = 0;
    let nextFrame = 0;
    let quiet = 0;
    let frames = 0;
    while (frames < 1200 && (quiet < 2 || status.textContent !== '')) {
      const t = await frame();
      frames++;
      if (!nextFrame) nextFrame = t;
      if (mutated) {
        mutated = false;
        quiet = 0;
        settled = 0;
      } else {
        quiet++;
      }
      // The first frame that starts after the last change: that change has been rendered by then.
      if (!settled && t > lastMutation) settled = t;
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    observer.disconnect();
    return {
      handlerMs: t1 - t0,
      nextFrameMs: nextFrame - t0,
      settledMs: settled - t0,
      frames,
      lastMutationMs: lastMutation - t0,
      countBefore,
      countAfter: count.textContent ?? '',
      urlChanged,
    };
  }, change);
}

export async function measureSite(browser: Browser, url: string, timeoutMs = 240_000): Promise<SiteRun> {
  const context = await newContext(browser);
  try {
    await context.addInitScript(PAGE_INIT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForSelector('[data-timeline-app][data-ready="true"]', { state: 'attached', timeout: timeoutMs });
    // The mark comes when the island hands the items to vis-timeline; vis-timeline draws them a moment later.
    await page
      .waitForFunction(() => (window as unknown as { __bench: PageBench }).__bench.itemsShown !== null, null, {
        timeout: 60_000,
      })
      .catch(() => undefined);
    const metrics = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = (name: string) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? null;
      const bench = (window as unknown as { __bench: PageBench }).__bench;
      const lcp = bench.lcp.at(-1) ?? null;
      const canvas = document.querySelector<HTMLElement>('[data-timeline]');
      return {
        responseEnd: nav.responseEnd,
        firstPaint: paint('first-paint'),
        firstContentfulPaint: paint('first-contentful-paint'),
        largestContentfulPaint: lcp?.t ?? null,
        lcpInChronology: lcp ? lcp.inChronology : null,
        domInteractive: nav.domInteractive,
        islandStart: bench.islandStart,
        timelineJsFirstChange: bench.jsFirstChange,
        domContentLoaded: nav.domContentLoadedEventStart,
        load: nav.loadEventStart,
        timelineItems: performance.getEntriesByName('timeline-items')[0]?.startTime ?? NaN,
        itemsShown: bench.itemsShown,
        visItems: document.querySelectorAll('[data-timeline] .vis-item').length,
        bucketed: canvas?.dataset.bucketed ?? null,
        itemsInWindow: canvas?.dataset.itemsInWindow ? Number(canvas.dataset.itemsInWindow) : null,
        chronologyEntries: document.querySelectorAll('#chronology .chronology-entry, [data-window-list] .window-entry')
          .length,
        resources: Object.fromEntries(
          (
            [
              ['island', /TimelineApp[^/]*\.js$/],
              ['opening', /\/data\/timeline-opening\.[a-z]+\.json$/],
              ['index', /\/data\/timeline-index\.[a-z]+\.json$/],
              ['visTimeline', /vis-timeline[^/]*\.js$/],
            ] as const
          ).map(([key, re]) => {
            const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) =>
              re.test(new URL(r.name).pathname),
            );
            return [key, entry ? { start: entry.startTime, end: entry.responseEnd } : null];
          }),
        ) as SiteRun['resources'],
      };
    });
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const dom = (await cdp.send('Memory.getDOMCounters').catch(() => null)) as { nodes: number } | null;
    await sleep(300);
    const filterOff = await changeFilter(page, 'side:soviet');
    const filterOn = await changeFilter(page, 'side:soviet');
    const queryCold = await changeFilter(page, `query:${QUERIES[0]}`);
    const queryWarm = await changeFilter(page, `query:${QUERIES[1]}`);
    return {
      ...metrics,
      heapUsed: after.usedSize,
      heapUsedBeforeGc: before.usedSize,
      domNodes: dom?.nodes ?? null,
      filterOff,
      filterOn,
      queryCold,
      queryWarm,
    };
  } finally {
    await closeWithin(context, 20_000);
  }
}

// ---------------------------------------------------------------------------------------------------------
// The bare vis-timeline page

export interface BareRun {
  timedOut: boolean;
  /** performance mark 'bare-items' (ms from navigation start), or null when it timed out. */
  itemsDrawn: number | null;
  /** When the first item entered the DOM (same instrument as on the site). */
  itemsShown: number | null;
  /** The bare page's first contentful paint (its heading). */
  firstContentfulPaint: number | null;
  items: number | null;
  drawn: number | null;
  /** True when the page had to be abandoned (context did not close in time). */
  stuck: boolean;
}

/**
 * One load of a page until its first contentful paint, nothing more (the same instruments installed as in the
 * full runs): the extra alternating samples of the first-paint comparison, which moves by tens of
 * milliseconds from load to load on a shared machine. Null when no paint came within the time allowed.
 */
export async function measureFirstPaint(browser: Browser, url: string, timeoutMs = 30_000): Promise<number | null> {
  const context = await newContext(browser);
  await context.addInitScript(PAGE_INIT);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const paint = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime,
      null,
      { timeout: timeoutMs, polling: 20 },
    );
    return (await paint.jsonValue()) as number;
  } catch {
    return null;
  } finally {
    await closeWithin(context, 15_000);
  }
}

export async function measureBare(browser: Browser, url: string, capMs: number): Promise<BareRun> {
  const context = await newContext(browser);
  await context.addInitScript(PAGE_INIT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let result: BareRun = {
    timedOut: true,
    itemsDrawn: null,
    itemsShown: null,
    firstContentfulPaint: null,
    items: null,
    drawn: null,
    stuck: false,
  };
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('bare-items').length > 0 &&
        (window as unknown as { __bench: PageBench }).__bench.itemsShown !== null,
      null,
      {
        timeout: capMs,
        polling: 100,
      },
    );
    const value = await page.evaluate(() => ({
      itemsDrawn: performance.getEntriesByName('bare-items')[0]!.startTime,
      status: document.getElementById('status')?.textContent ?? '',
      drawn: document.querySelectorAll('.vis-item').length,
      itemsShown: (window as unknown as { __bench: PageBench }).__bench.itemsShown,
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? null,
    }));
    const items = Number(/^(\d+) items/.exec(value.status)?.[1] ?? NaN);
    result = {
      timedOut: value.itemsDrawn > capMs,
      itemsDrawn: value.itemsDrawn,
      itemsShown: value.itemsShown,
      firstContentfulPaint: value.firstContentfulPaint,
      items: Number.isNaN(items) ? null : items,
      drawn: value.drawn,
      stuck: false,
    };
  } catch {
    // Timed out: stop the script that holds the main thread, then drop the page.
    await Promise.race([cdp.send('Runtime.terminateExecution').catch(() => undefined), sleep(5_000)]);
  } finally {
    result.stuck = !(await closeWithin(context, 20_000));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// The site search

export interface SearchRun {
  query: string;
  /** Navigation start → the result list is done (includes fetching and indexing /data/search.json). */
  doneMs: number;
  /** Building the in-memory index from search.json (the page's own data-index-ms). */
  indexMs: number | null;
  /** Running the query over the index (the page's own data-query-ms). */
  queryMs: number | null;
  hits: number | null;
  searchJson: { bytes: number; gzip: number } | null;
}

/** Open the search page with a query in its URL and read the page's own timings. */
export async function measureSearch(browser: Browser, baseUrl: string, query: string): Promise<SearchRun> {
  const context = await newContext(browser);
  // Notes when the result list is first marked done (a MutationObserver installed before the page loads).
  await context.addInitScript(() => {
    const w = window as unknown as { __searchDone: number | null };
    w.__searchDone = null;
    new MutationObserver((records, observer) => {
      if (records.some((r) => (r.target as Element).matches?.('[data-search-results][data-done="true"]'))) {
        w.__searchDone = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-done'] });
  });
  try {
    const page = await context.newPage();
    let searchJson: SearchRun['searchJson'] = null;
    page.on('response', async (response) => {
      if (!/\/data\/search\.json$/.test(new URL(response.url()).pathname)) return;
      const body = await response.body().catch(() => null);
      if (body) searchJson = { bytes: body.length, gzip: gzipSync(body, { level: 6 }).length };
    });
    await page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector('[data-search-results][data-done="true"]', { state: 'attached', timeout: 120_000 });
    const value = await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]')!;
      const root = document.querySelector<HTMLElement>('[data-search-page]');
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      return {
        doneMs: (window as unknown as { __searchDone: number | null }).__searchDone ?? performance.now(),
        indexMs: root?.dataset.indexMs ? Number(root.dataset.indexMs) : null,
        queryMs: list.dataset.queryMs ? Number(list.dataset.queryMs) : null,
        hits: status?.dataset.count ? Number(status.dataset.count) : null,
      };
    });
    await sleep(200);
    return { query, ...value, searchJson };
  } finally {
    await closeWithin(context, 15_000);
  }
}
