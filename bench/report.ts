/** The benchmark's console table and docs/benchmarks.md, rendered from the results (bench/results.json). */
import type { GeneratedCorpus } from './generate';
import type { OutputSize, RouteStats } from './build';
import type { EventPagesScan } from './event-pages';
import type { BareRun, SiteRun, Weight } from './browser';

export interface SizeResult {
  size: number;
  loadBefore: number;
  loadAfter: number;
  generateMs: number;
  validateMs: number;
  corpus: GeneratedCorpus['stats'];
  accounts: number;
  publishedIdsWritten: boolean;
  build: {
    ok: boolean;
    wallMs: number;
    phases: Record<string, number>;
    maxRssKb: number | null;
    pages: number | null;
    routes?: Record<string, RouteStats>;
  };
  buildError?: string;
  output?: OutputSize;
  eventPages?: EventPagesScan;
  chromium?: string;
  weights?: { timeline: Weight; event: Weight; present: Weight | null };
  sampleEventId?: string;
  /** Visible text of the sample event page without JavaScript vs with it. */
  eventPageWithoutJs?: { textWithJs: number; textWithoutJs: number; ratio: number };
  site?: SiteRun[];
  bare?: BareRun[];
  bareSkipped?: string | null;
  summary?: {
    firstContentfulPaint: number;
    largestContentfulPaint: number;
    lcpInChronology: boolean;
    domInteractive: number;
    islandStart: number;
    timelineJsFirstChange: number;
    timelineItems: number;
    itemsInDom: number;
    heapUsed: number;
    domNodes: number;
    filterOffSettled: number;
    filterOnSettled: number;
    filterOffHandler: number;
    filterOnHandler: number;
    filterOffNextFrame: number;
    filterOnNextFrame: number;
    bareItems: number | null;
    bareItemsInDom: number | null;
    bareTimedOut: boolean;
  };
}

export interface Results {
  machine: {
    nproc: number;
    memoryGiB: number;
    freeMemoryGiB: number;
    cpu: string;
    node: string;
    chromium: string;
    os: string;
    date: string;
    site?: string;
  };
  options: { sizes: number[]; reps: number; bareCapMs: number; seed: number };
  sizes: SizeResult[];
  totalMs: number;
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

const n = (v: number) => v.toLocaleString('en-US');
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
/** KB below 1 MB, else MB. */
const size = (bytes: number | undefined) => (bytes === undefined ? '–' : bytes < 1024 * 1024 ? kb(bytes) : mb(bytes));
const ms = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '–'
    : v >= 10_000
      ? `${(v / 1000).toFixed(1)} s`
      : `${Math.round(v)} ms`;
const sec = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : `${(v / 1000).toFixed(1)} s`);
const ratio = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : `${v.toFixed(digits)}×`;

function bareText(s: SizeResult, capMs: number, key: 'bareItems' | 'bareItemsInDom' = 'bareItemsInDom'): string {
  if (!s.bare?.length) return s.bareSkipped ?? 'not measured';
  if (s.summary?.bareTimedOut) return `> ${capMs / 1000} s (timed out)`;
  return ms(s.summary?.[key]);
}

/** Site / bare, both timed with the same instrument: the first vis-timeline item in the DOM. */
function siteOverBare(s: SizeResult): number | null {
  if (!s.summary || s.summary.bareItemsInDom === null || !Number.isFinite(s.summary.bareItemsInDom)) return null;
  return s.summary.itemsInDom / s.summary.bareItemsInDom;
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Plain-text table for the console. */
export function renderTable(results: Results): string {
  const cap = results.options.bareCapMs;
  const head = [
    'events',
    'build',
    'output',
    'timeline HTML/CSS/JS gz (+data)',
    'event page gz (max)',
    'present gz',
    'FCP',
    'parsed',
    'island',
    'items mark',
    'items in DOM',
    'bare in DOM',
    'site/bare',
    'filter off/on',
    'JS heap',
  ];
  const rows = results.sizes.map((s) => {
    const w = s.weights;
    const t = w?.timeline.gzip;
    return [
      n(s.size),
      s.build.ok ? sec(s.build.wallMs) : 'FAILED',
      mb(s.output?.bytes),
      t ? `${kb(t.html)} / ${kb(t.css)} / ${kb(t.js)} (+${kb(t.data)})` : '–',
      w ? `${kb(w.event.totalGzip)} (${kb(s.eventPages?.maxTotalGzip)})` : '–',
      w?.present ? kb(w.present.totalGzip) : '–',
      ms(s.summary?.firstContentfulPaint),
      ms(s.summary?.domInteractive),
      ms(s.summary?.islandStart),
      ms(s.summary?.timelineItems),
      ms(s.summary?.itemsInDom),
      bareText(s, cap),
      ratio(siteOverBare(s)),
      s.summary ? `${ms(s.summary.filterOffSettled)} / ${ms(s.summary.filterOnSettled)}` : '–',
      mb(s.summary?.heapUsed),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return ['', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Targets

type Verdict = 'met' | 'not met' | 'not measured';
interface Target {
  name: string;
  verdict: Verdict;
  evidence: string;
  analysis: string;
}

const bySize = (results: Results, size: number) =>
  results.sizes.find((s) => s.size === size && s.build.ok && s.summary);
const largest = (results: Results) =>
  [...results.sizes].filter((s) => s.build.ok && s.summary).sort((a, b) => b.size - a.size)[0];
const smallest = (results: Results) =>
  [...results.sizes].filter((s) => s.build.ok && s.summary).sort((a, b) => a.size - b.size)[0];

/** Build time per event between two sizes. */
function slope(a: SizeResult, b: SizeResult): number {
  return (b.build.wallMs - a.build.wallMs) / (b.size - a.size);
}

export function evaluateTargets(results: Results): Target[] {
  const targets: Target[] = [];
  const ok = results.sizes.filter((s) => s.build.ok && s.summary);
  const big = largest(results);
  const small = smallest(results);

  // 1. Event pages.
  {
    const scans = ok.filter((s) => s.eventPages && s.weights);
    const worst = scans.reduce<SizeResult | undefined>(
      (w, s) => (!w || s.eventPages!.maxTotalGzip > w.eventPages!.maxTotalGzip ? s : w),
      undefined,
    );
    const pages = scans.reduce((sum, s) => sum + s.eventPages!.pages, 0);
    const withScripts = scans.reduce((sum, s) => sum + s.eventPages!.withScripts, 0);
    const over = scans.reduce((sum, s) => sum + s.eventPages!.over20k, 0);
    const noJs = scans.map((s) => s.eventPageWithoutJs).filter((x): x is NonNullable<typeof x> => Boolean(x));
    const worksWithoutJs = noJs.length === scans.length && noJs.every((x) => x.ratio >= 0.97);
    const jsBytes = scans.map((s) => s.weights!.event.gzip.js);
    const scriptNames = [
      ...new Set(
        scans.flatMap((s) =>
          s.weights!.event.requests.filter((r) => r.type === 'script').map((r) => r.url.replace(/^.*\//, '')),
        ),
      ),
    ];
    const verdict: Verdict = !scans.length ? 'not measured' : worksWithoutJs && over === 0 ? 'met' : 'not met';
    targets.push({
      name: 'Event pages need no JavaScript and weigh < 20 KB gzipped in all (HTML + CSS + JS)',
      verdict,
      evidence: worst
        ? [
            `${n(pages)} event pages checked (ja + en, every size): largest ${kb(worst.eventPages!.maxTotalGzip)} in all (${worst.eventPages!.maxPage} at ${n(worst.size)} events: HTML ${kb(worst.eventPages!.maxHtmlGzip)} + its CSS and JS), median ${kb(worst.eventPages!.medianTotalGzip)}; ${over === 0 ? 'none' : n(over)} at or over 20 KB.`,
            withScripts
              ? `${n(withScripts)} of them load a script (${scriptNames.join(', ') || 'see bench/results.json'}, ${kb(Math.max(...jsBytes))} gzipped): the copy buttons of “Cite this event”, which are hidden without JavaScript; the citations themselves are plain text.`
              : 'None loads or references a script.',
            noJs.length
              ? `With JavaScript disabled the sample event page shows ${noJs.map((x) => `${Math.round(x.ratio * 1000) / 10}%`).join(', ')} of its visible text with JavaScript (per size).`
              : '',
          ]
            .filter(Boolean)
            .join(' ')
        : 'no event pages measured',
      analysis:
        verdict === 'met'
          ? `An event page is its own HTML (accounts, references, the citation formats) plus the shared stylesheet${withScripts ? ' and a small enhancement script' : ''}; its size depends on the event, not on the size of the corpus. Nothing on it needs JavaScript.`
          : over
            ? 'Some event pages are over 20 KB: see the largest page above; the weight grows with what the page lists (accounts, related events, references, citation formats).'
            : 'Content is missing when JavaScript is disabled: see the ratio above.',
    });
  }

  // 2. Chronology paints before timeline JavaScript.
  {
    const runs = ok.flatMap((s) => (s.site ?? []).map((r) => ({ size: s.size, r, ...paintOrder(r) })));
    const after = runs.filter((x) => x.order === 'after');
    const unclear = runs.filter((x) => x.order === 'unclear');
    const verdict: Verdict = !runs.length ? 'not measured' : after.length || unclear.length ? 'not met' : 'met';
    const perSize = ok.map((s) => {
      const rs = runs.filter((x) => x.size === s.size);
      const counts = ['before', 'after', 'unclear']
        .map((o) => [o, rs.filter((x) => x.order === o).length] as const)
        .filter(([, c]) => c)
        .map(([o, c]) => `${c}× ${o}`)
        .join(', ');
      return `${n(s.size)} events: chronology painted at ${ms(median(rs.map((x) => x.paint)))}, island started at ${ms(median(rs.map((x) => x.latest)))} (parsing ended at ${ms(s.summary!.domInteractive)}) → ${counts}`;
    });
    const small = after.length ? [...new Set(after.map((x) => x.size))] : [];
    targets.push({
      name: 'Timeline page: the chronology paints before any timeline JavaScript runs',
      verdict,
      evidence: `Per size, medians (chronology painted = the largest contentful paint, whose element was in #chronology in ${runs.filter((x) => x.r.lcpInChronology).length} of ${runs.length} runs, else the first contentful paint; island started = its first lookup of [data-timeline-app]); “before/after” counts the runs: ${perSize.join('; ')}.`,
      analysis:
        verdict === 'met'
          ? 'The island is a module script (deferred): it runs only after the whole document has been parsed, while Chromium paints the chronology as it parses. vis-timeline itself is imported later still, after the timeline data has arrived.'
          : [
              `The island is a module script, so it never runs before the document has been parsed — but nothing makes it wait for the first paint.${small.length ? ` At ${small.map(n).join(' and ')} events the whole document is parsed within about ${ms(median(ok.filter((s) => small.includes(s.size)).map((s) => s.summary!.domInteractive)))}, before Chromium has produced its first frame; from then on it is a race between the first paint and the island (which starts as soon as its module and its filter chunk have loaded), and the island won ${after.filter((x) => small.includes(x.size)).length} of ${runs.filter((x) => small.includes(x.size)).length} runs${after.filter((x) => small.includes(x.size)).length === runs.filter((x) => small.includes(x.size)).length ? ' (in separate checks it also lost some)' : ''}. Its synchronous start — reading every entry of the chronology from the DOM and filtering it — then holds the main thread for another ${ms(median(ok.filter((s) => small.includes(s.size)).map((s) => s.summary!.timelineJsFirstChange - s.summary!.islandStart)))} before the paint can happen.` : ''} With larger corpora Chromium paints the first screenful of the chronology while the rest of the HTML is still being parsed, long before the island can start.`,
              'What would meet it: let the island wait for the first paint — e.g. start it from `requestAnimationFrame(() => setTimeout(() => start(root)))`, which runs after the next frame has been produced — and skip the filter-from-the-DOM pass before the data arrives when the URL carries no filters (then there is nothing to hide).',
            ].join(' '),
    });
  }

  // 3. At 200 events, the timeline is ready no later than bare vis-timeline.
  {
    const s = bySize(results, 200);
    const r = s ? siteOverBare(s) : null;
    const verdict: Verdict = !s
      ? 'not measured'
      : s.summary!.bareTimedOut
        ? 'met'
        : r === null
          ? 'not measured'
          : r <= 1
            ? 'met'
            : 'not met';
    const first = s?.site?.[0];
    targets.push({
      name: 'At 200 events the timeline is ready no later than the bare vis-timeline page',
      verdict,
      evidence: s
        ? `200 events, medians of ${s.site!.length} site and ${s.bare!.length} bare runs, alternating: first item in the DOM at ${ms(s.summary!.itemsInDom)} on the site vs ${bareText(s, results.options.bareCapMs)} on the bare page → ${ratio(r)}. (The site's own 'timeline-items' mark, set when the island hands the items to vis-timeline, comes at ${ms(s.summary!.timelineItems)}; the bare page's own mark, its first 'changed' event, at ${bareText(s, results.options.bareCapMs, 'bareItems')}.)`
        : 'not measured',
      analysis:
        verdict === 'met' || !s || !first
          ? 'At 200 events the site draws the events of its window, so the cost is the same library start-up as the bare page plus the site’s own small work.'
          : `The site starts vis-timeline much later. In a typical run (the first one): the document is parsed at ${ms(first.domInteractive)}; the island starts at ${ms(first.islandStart)} (once parsing is done and its module and filter chunk have loaded); it requests /data/timeline.en.json at ${ms(first.resources.data?.start)} (in by ${ms(first.resources.data?.end)}), and only once the data is parsed and indexed does it import vis-timeline (requested at ${ms(first.resources.visTimeline?.start)}, in by ${ms(first.resources.visTimeline?.end)}); then it creates the timeline and renders the window in an animation frame: mark at ${ms(first.timelineItems)}, first item in the DOM at ${ms(first.itemsInDom)}. The bare page is a 1 KB document whose single script holds vis-timeline and fetches the data at once. From vis-timeline's arrival to the first item the site needs ${ms(median(s.site!.map((x) => (x.itemsInDom ?? NaN) - (x.resources.visTimeline?.end ?? NaN))))} (running vis-timeline, creating the timeline, the first redraw); the bare page needs ${bareText(s, results.options.bareCapMs)} for everything, from navigation start. What would meet it: request the data and vis-timeline in parallel as soon as the island starts (or preload both with <link rel="preload"> / <link rel="modulepreload"> in the page head), so that vis-timeline is loaded and compiled while the data is on its way, and drop the filter-from-the-DOM pass when the URL has no filters.`,
    });
  }

  // 4. Growth of the time until the timeline shows its items.
  {
    const growth = small && big && small !== big ? big.summary!.timelineItems / small.summary!.timelineItems : null;
    const verdict: Verdict =
      growth === null || small!.size !== 200 || big!.size !== 10_000
        ? 'not measured'
        : growth <= 1.5
          ? 'met'
          : 'not met';
    const w = big?.weights?.timeline;
    targets.push({
      name: 'From 200 to 10,000 events the time until the timeline shows its items grows by at most 1.5×',
      verdict,
      evidence:
        growth !== null
          ? `${ok.map((s) => `${n(s.size)}: ${ms(s.summary!.timelineItems)}`).join(', ')} → ${ratio(growth)} from ${n(small!.size)} to ${n(big!.size)}.`
          : 'not measured',
      analysis:
        verdict === 'met' || !big || !w
          ? 'The timeline only draws what is in its window (bucketed above 220 items), so drawing does not grow with the corpus; what grows is loading the page and the data.'
          : [
              `The timeline draws a bounded number of items at every size (${ok.map((s) => `${n(s.size)}: ${s.summary ? median(s.site!.map((r) => r.visItems)) : '–'} items${s.site?.[0]?.bucketed === 'true' ? ', bucketed' : ''}`).join('; ')}), so the drawing is not what grows. What grows is everything before it, all proportional to the corpus:\n`,
              `- **the HTML**: the timeline page server-renders the whole chronology — every event with all its accounts, ${n(big.summary!.domNodes)} DOM nodes at ${n(big.size)} events. /en/ is ${mb(w.raw.html)} (${mb(w.gzip.html)} gzipped); parsing ends at ${ms(big.summary!.domInteractive)} (vs ${ms(small!.summary!.domInteractive)} at ${n(small!.size)} events), and the island, a module script, cannot start before that;`,
              `- **the island's start**: before the data arrives it reads every entry of the chronology from the DOM to filter it: ${ms(big.summary!.timelineJsFirstChange - big.summary!.islandStart)} at ${n(big.size)} events;`,
              `- **the data**: /data/timeline.en.json holds every event with its accounts in full: ${mb(w.raw.data)} (${mb(w.gzip.data)} gzipped) at ${n(big.size)} events, in by ${ms(median(big.site!.map((r) => r.resources?.data?.end ?? NaN)))}; it is parsed, filtered and indexed before vis-timeline is even requested (in by ${ms(median(big.site!.map((r) => r.resources?.visTimeline?.end ?? NaN)))}).`,
              `\nSo at ${n(big.size)} events ${Math.round((big.summary!.domInteractive / big.summary!.timelineItems) * 100)}% of the time until the items show is spent before the island can start at all, and most of the rest in loading the data: the bounded drawing (${ms(big.summary!.timelineItems - median(big.site!.map((r) => r.resources?.visTimeline?.end ?? NaN)))} from vis-timeline's arrival to the mark) is a small part.\n`,
              'What would meet it: make the work before the first draw independent of the corpus size — (1) do not server-render every event on the timeline page: render the opening window (1917–1925) or one period, and move the rest of the chronology to per-year (or per-period) pages linked from it; (2) split the timeline data by period (or by year) and fetch only the window’s part first, with a small index of dates and sides for buckets and counts; (3) import vis-timeline in parallel with the data fetch instead of after it.',
            ].join('\n'),
    });
  }

  // 5. Filter at 10,000 events.
  {
    const s = bySize(results, 10_000);
    const worst = s ? Math.max(s.summary!.filterOffSettled, s.summary!.filterOnSettled) : NaN;
    const verdict: Verdict = !s ? 'not measured' : worst < 100 ? 'met' : 'not met';
    targets.push({
      name: 'A filter change takes < 100 ms at 10,000 events',
      verdict,
      evidence: s
        ? `10,000 events, clicking the ★ (Soviet) side checkbox, medians of ${s.site!.length}: unchecking ${ms(s.summary!.filterOffSettled)} until the DOM settled (handler ${ms(s.summary!.filterOffHandler)}, next frame ${ms(s.summary!.filterOffNextFrame)}); checking it again ${ms(s.summary!.filterOnSettled)} (handler ${ms(s.summary!.filterOnHandler)}, next frame ${ms(s.summary!.filterOnNextFrame)}).`
        : 'not measured',
      analysis:
        verdict === 'met'
          ? 'One linear pass over the events (filter.ts) and a redraw of the window only.'
          : s
            ? `The filtering itself is one linear pass over the data (filter.ts); the time goes into the page around it: the handler also shows or hides every entry and account of the server-rendered chronology (${n(s.summary!.domNodes)} DOM nodes), after which Chromium recomputes style and layout for the whole list in the next frame. What would meet it: keep the chronology on the timeline page short (see the previous target) or virtualise it (render only the entries near the viewport, e.g. with content-visibility: auto on year sections as a first step), and update only the entries whose visibility changes.`
            : '',
    });
  }

  // 6. Build time linear in the number of events.
  {
    const builds = results.sizes.filter((s) => s.build.ok).sort((a, b) => a.size - b.size);
    let verdict: Verdict = 'not measured';
    let evidence = 'fewer than three sizes built';
    let analysis = '';
    if (builds.length >= 3) {
      const slopes = builds.slice(1).map((b, i) => slope(builds[i]!, b));
      const growth = slopes.at(-1)! / slopes[0]!;
      verdict = growth <= 1.25 ? 'met' : 'not met';
      const perEventPage = builds.map((b) => routeMean(b, 'event pages'));
      evidence = `${builds.map((b) => `${n(b.size)}: ${sec(b.build.wallMs)}`).join(', ')}. Time per added event: ${builds
        .slice(1)
        .map((b, i) => `${n(builds[i]!.size)}→${n(b.size)}: ${slopes[i]!.toFixed(1)} ms`)
        .join(
          ', ',
        )} (${ratio(growth)}; “linear” is taken as: this stays within 1.25×, since a single run on this machine varies by some 10–20%).${perEventPage.every(Number.isFinite) ? ` Mean generation time of one event page: ${builds.map((b, i) => `${n(b.size)}: ${perEventPage[i]!.toFixed(2)} ms`).join(', ')}.` : ''}`;
      const last = builds.at(-1)!;
      const mid = builds.at(-2)!;
      const phase = (b: SizeResult, from: string, to: string) =>
        (b.build.phases[to] ?? NaN) - (from ? (b.build.phases[from] ?? NaN) : 0);
      const pageGrowth = routeMean(last, 'event pages') / routeMean(mid, 'event pages');
      const postPerEvent = (b: SizeResult) => phase(b, 'generateDone', 'done') / b.size;
      const kinds = Object.entries(last.build.routes ?? {})
        .sort((a, b) => b[1].totalMs - a[1].totalMs)
        .map(([kind, r]) => `${kind} ${sec(r.totalMs)} (${n(r.count)})`)
        .join(', ');
      const parts = [
        `Where the time goes at ${n(last.size)} events: content sync ${sec(phase(last, '', 'contentSynced'))}, page generation ${sec(phase(last, 'generateStart', 'generateDone'))}${kinds ? ` (${kinds})` : ''}, then the search index and other post-build hooks ${sec(phase(last, 'generateDone', 'done'))}.`,
      ];
      if (verdict === 'met') {
        parts.push(
          `The cost per event page stays about the same (${ratio(pageGrowth)} from ${n(mid.size)} to ${n(last.size)} events), and the pages that list every event (the two chronologies, the data files) are each proportional to the corpus, which is still linear in all. The verdict rests on one run, and the ratio of the per-event times moves with the machine's load from run to run; the per-page generation times, which leave out the fixed part of the build, are the steadier evidence.`,
        );
      } else {
        parts.push(
          `${Number.isFinite(pageGrowth) ? `Most of the build is the event pages, and ${pageGrowth > 1.1 ? 'each of them gets slower' : 'each of them costs about the same'} as the corpus grows: ${ratio(pageGrowth)} per page from ${n(mid.size)} to ${n(last.size)} events. ` : ''}Every event page scans the whole corpus: \`neighbours()\` (src/lib/event-view.ts) runs \`findIndex\` over \`corpus.events\` for the previous/next links, and related events are looked up with \`corpus.events.find\` — O(n) per page, O(n²) over the build — and a larger corpus means a larger heap (peak RSS ${mb((mid.build.maxRssKb ?? 0) * 1024)} → ${mb((last.build.maxRssKb ?? 0) * 1024)}) for the garbage collector to walk on every page. The search index grows a little faster than the corpus as well (${postPerEvent(mid).toFixed(2)} → ${postPerEvent(last).toFixed(2)} ms per event for the post-build hooks). The pages that list every event (the two chronologies, the data files) are proportional to the corpus each, which by itself would be linear.`,
        );
        parts.push(
          'What would meet it: build the lookups once — a Map from id to event and to its position in time order, made in `siteCorpus()` — so an event page does constant work; the rest (listing pages, search index) is then linear or nearly so. Whether GC pressure remains would show in the same benchmark.',
        );
      }
      analysis = parts.join(' ');
    }
    targets.push({ name: 'Build time grows linearly with the number of events', verdict, evidence, analysis });
  }
  return targets;
}

/** Mean generation time (ms) of one page of a kind, from the build log. */
function routeMean(b: SizeResult, kind: string): number {
  const r = b.build.routes?.[kind];
  return r && r.count ? r.totalMs / r.count : NaN;
}

/** When, in one run, the chronology painted relative to the island's start (known only within bounds). */
function paintOrder(r: SiteRun): {
  paint: number;
  earliest: number;
  latest: number;
  order: 'before' | 'after' | 'unclear';
} {
  // The chronology cannot paint before the first contentful paint, and has painted by the largest contentful
  // paint when that element is in it.
  const lower = r.firstContentfulPaint ?? Infinity;
  const upper = r.lcpInChronology ? (r.largestContentfulPaint ?? Infinity) : Infinity;
  // The island cannot run before parsing is done and its script has arrived, and had run by its first DOM change.
  const earliest = r.islandStart ?? Math.max(r.domInteractive, r.resources?.island?.end ?? 0);
  const latest = r.islandStart ?? r.timelineJsFirstChange ?? Infinity;
  const order = upper < earliest ? 'before' : lower > latest ? 'after' : 'unclear';
  return { paint: Number.isFinite(upper) ? upper : lower, earliest, latest, order };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Things the numbers show besides the targets. */
function observations(results: Results): string[] {
  const ok = results.sizes.filter((s) => s.build.ok && s.summary);
  const big = largest(results);
  const small = smallest(results);
  const list: string[] = [];
  if (!big || !small) return list;
  const crossover = ok.find((s) => (siteOverBare(s) ?? Infinity) < 1);
  list.push(
    `Site vs bare vis-timeline: the bare page is faster only at small sizes; ${crossover ? `from ${n(crossover.size)} events on the site is faster (${ok.map((s) => `${n(s.size)}: ${ratio(siteOverBare(s))}`).join(', ')}), because it draws at most 220 items (then buckets) while the bare page lays out every item in the window (${ok.map((s) => `${n(s.bare?.find((b) => b.drawn !== null)?.drawn ?? 0)}`).join(' / ')} drawn)` : `at every size measured (${ok.map((s) => `${n(s.size)}: ${ratio(siteOverBare(s))}`).join(', ')})`}. ${ok.some((s) => s.summary!.bareTimedOut) ? '' : `No bare run reached the ${results.options.bareCapMs / 1000} s cap: with the site’s opening window (1917–1925) and height limit, bare vis-timeline drew ${ok.map((s) => `${n(s.size)} events in ${bareText(s, results.options.bareCapMs)}`).join(', ')} — well below the ~24 s at 2,000 events and > 150 s at 5,000 expected from earlier measurements on this machine (which presumably used another configuration or a busier machine; a quick check with the whole 1905–1945 range and no height limit was not slower).`}`,
  );
  const tw = big.weights?.timeline;
  if (tw)
    list.push(
      `The timeline page's own JavaScript does not grow (${kb(tw.gzip.js)} gzipped at every size, of which vis-timeline is ${kb(tw.requests.find((r) => /vis-timeline[^/]*\.js$/.test(r.url))?.gzip)}); its HTML and data do: ${ok.map((s) => `${n(s.size)}: HTML ${size(s.weights!.timeline.gzip.html)} + data ${size(s.weights!.timeline.gzip.data)} gzipped`).join('; ')}. The JS heap once the timeline is ready grows from ${mb(small.summary!.heapUsed)} to ${mb(big.summary!.heapUsed)}, the DOM from ${n(small.summary!.domNodes)} to ${n(big.summary!.domNodes)} nodes.`,
    );
  const pw = big.weights?.present;
  if (pw)
    list.push(
      `The presentation page is small itself (${kb(pw.totalGzip)} HTML + CSS + JS at every size) but fetches the whole \`/data/timeline.en.json\` to build its slides: ${size(pw.gzip.data)} gzipped (${size(pw.raw.data)} raw) at ${n(big.size)} events, the same growth as the timeline data.`,
    );
  if (big.output)
    list.push(
      `Output at ${n(big.size)} events: ${mb(big.output.bytes)} in ${n(big.output.files)} files — HTML ${mb(big.output.byKind.html)} (about ${kb((big.output.byKind.html ?? 0) / big.size)} per event: two event pages, plus each event's share of the two chronologies and of the people and places pages), data/ ${mb(big.output.byKind.data)}, search index ${mb(big.output.byKind.pagefind)}. The build's peak memory was ${big.build.maxRssKb ? mb(big.build.maxRssKb * 1024) : '–'}.`,
    );
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Markdown

export function renderMarkdown(results: Results): string {
  const m = results.machine;
  const cap = results.options.bareCapMs;
  const ok = results.sizes.filter((s) => s.build.ok && s.summary);
  const targets = evaluateTargets(results);
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(
    '`npm run bench` builds the site from synthetic corpora of 200, 2,000 and 10,000 events and measures the build, the weight of the pages and the interactive timeline in Chromium, next to a bare vis-timeline page given the same events. This file is written by the benchmark (`bench/report.ts`); the raw numbers of the same run are in `bench/results.json`.',
    '',
  );
  out.push(
    `Latest run: ${m.date.slice(0, 16).replace('T', ' ')} UTC, ${sec(results.totalMs)} in all (${(results.totalMs / 60000).toFixed(1)} min).`,
    '',
  );
  out.push('## Machine', '');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${m.cpu} (nproc ${m.nproc})`],
        ['Memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', `${m.chromium} (Debian, headless, via playwright-core)`],
        ['Site built from', m.site ? `git ${m.site}` : 'unknown'],
        [
          'Load average (1 min) before → after each size',
          results.sizes.map((s) => `${n(s.size)}: ${s.loadBefore.toFixed(2)} → ${s.loadAfter.toFixed(2)}`).join('; '),
        ],
      ],
    ).replace('|---|---:|', '|---|---|'),
    '',
  );
  out.push(
    'The machine is shared (other builds and tests may run at the same time), so absolute times move by some tens of percent between runs; the ratios measured within one run (site vs bare, alternating) are the more robust numbers.',
    '',
  );

  out.push('## Targets', '');
  out.push(
    table(
      ['target', 'verdict'],
      targets.map((t) => [
        t.name,
        t.verdict === 'met' ? '**met**' : t.verdict === 'not met' ? '**not met**' : t.verdict,
      ]),
    ).replace(/---:/g, '---'),
    '',
  );
  for (const t of targets) {
    out.push(`### ${t.name}: ${t.verdict}`, '', t.evidence, '', t.analysis, '');
  }

  out.push('## Further observations', '');
  out.push(
    observations(results)
      .map((o) => `- ${o}`)
      .join('\n'),
    '',
  );

  out.push('## Results', '');
  out.push('### Build', '');
  out.push(
    table(
      [
        'events',
        'accounts',
        'pages',
        'build (wall)',
        'content sync',
        'page generation',
        'post-build (search index)',
        'peak RSS',
        'output',
        'of which HTML',
        'data/',
        'pagefind/',
        'files',
      ],
      results.sizes.map((s) => {
        const p = s.build.phases;
        return [
          n(s.size),
          n(s.accounts),
          s.build.pages === null ? '–' : n(s.build.pages),
          s.build.ok ? sec(s.build.wallMs) : `FAILED after ${sec(s.build.wallMs)}`,
          sec(p.contentSynced),
          sec((p.generateDone ?? NaN) - (p.generateStart ?? NaN)),
          sec((p.done ?? NaN) - (p.generateDone ?? NaN)),
          s.build.maxRssKb ? mb(s.build.maxRssKb * 1024) : '–',
          mb(s.output?.bytes),
          mb(s.output?.byKind.html),
          mb(s.output?.byKind.data),
          mb(s.output?.byKind.pagefind),
          s.output ? n(s.output.files) : '–',
        ];
      }),
    ),
    '',
  );
  const kinds = [...new Set(results.sizes.flatMap((x) => Object.keys(x.build.routes ?? {})))];
  if (kinds.length) {
    out.push('Page generation by kind of page (from the per-page times Astro prints; total, and mean per page):', '');
    out.push(
      table(
        ['events', ...kinds],
        results.sizes.map((x) => [
          n(x.size),
          ...kinds.map((k) => {
            const r = x.build.routes?.[k];
            return r ? `${sec(r.totalMs)} for ${n(r.count)} (${(r.totalMs / r.count).toFixed(1)} ms)` : '–';
          }),
        ]),
      ),
      '',
    );
  }
  for (const s of results.sizes.filter((x) => !x.build.ok))
    out.push(`Build of ${n(s.size)} events failed:`, '', '```', s.buildError ?? '', '```', '');

  out.push('### Page weight (gzip level 6)', '');
  out.push(
    'Each page loaded once in Chromium with every response recorded (including chunks imported later; for the timeline page until its items are drawn). HTML + CSS + JS is what the targets count; the timeline data (`/data/timeline.en.json`, fetched by the page) is listed separately.',
    '',
  );
  const weightRows: string[][] = [];
  for (const s of ok) {
    const w = s.weights!;
    const row = (name: string, x: Weight | null) =>
      x &&
      weightRows.push([
        n(s.size),
        name,
        size(x.gzip.html),
        size(x.gzip.css),
        size(x.gzip.js),
        `**${size(x.totalGzip)}**`,
        x.gzip.data ? size(x.gzip.data) : '–',
        size(x.raw.html + x.raw.css + x.raw.js + x.raw.data),
        String(x.scripts),
      ]);
    row('timeline `/en/`', w.timeline);
    row(`event \`/en/events/${s.sampleEventId}/\``, w.event);
    row('presentation `/en/present/`', w.present);
    weightRows.push([
      n(s.size),
      `all ${n(s.eventPages!.pages)} event pages (ja + en), static scan`,
      '',
      '',
      '',
      `max ${kb(s.eventPages!.maxTotalGzip)}, median ${kb(s.eventPages!.medianTotalGzip)}`,
      '',
      '',
      `${n(s.eventPages!.withScripts)} pages with scripts`,
    ]);
  }
  out.push(
    table(['events', 'page', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'data (fetch)', 'raw total', 'scripts'], weightRows),
    '',
  );

  out.push('### Timeline page `/en/` in Chromium', '');
  out.push(
    `Medians of ${results.options.reps} runs per size, each in a fresh browser context (empty cache), viewport 1280×900, times from navigation start.`,
    '',
  );
  out.push(
    table(
      [
        'events',
        'FCP',
        'LCP',
        'parsing done',
        'island starts',
        'data in',
        'vis-timeline in',
        "'timeline-items' mark",
        'first item in DOM',
        'items drawn',
        'filter ★ off',
        'filter ★ on',
        'JS heap (after GC)',
        'DOM nodes',
      ],
      ok.map((s) => {
        const x = s.summary!;
        const first = s.site![0]!;
        const res = (key: 'data' | 'visTimeline') => ms(median(s.site!.map((r) => r.resources?.[key]?.end ?? NaN)));
        return [
          n(s.size),
          ms(x.firstContentfulPaint),
          `${ms(x.largestContentfulPaint)}${x.lcpInChronology ? ' (chronology)' : ''}`,
          ms(x.domInteractive),
          ms(x.islandStart),
          res('data'),
          res('visTimeline'),
          `**${ms(x.timelineItems)}**`,
          ms(x.itemsInDom),
          `${median(s.site!.map((r) => r.visItems))}${first.bucketed === 'true' ? ` (buckets; ${n(first.itemsInWindow ?? 0)} events in window)` : ''}`,
          ms(x.filterOffSettled),
          ms(x.filterOnSettled),
          mb(x.heapUsed),
          n(x.domNodes),
        ];
      }),
    ),
    '',
  );
  out.push(
    'Filter: the time from the click on the ★ checkbox (dispatched in the page) until the DOM settled: the first animation frame after the last DOM change, once two frames in a row changed nothing (so it includes the handler, the timeline’s re-render in the next frame and the style/layout/paint of the filtered chronology). The URL and the result count are updated inside the handler. vis-timeline redraws once more up to 1 s later when a lane disappears (its container-size poll runs every second); that redraw is not counted. Per-run details (handler time, next frame, last DOM change) are in `bench/results.json`.',
    '',
  );

  out.push('### Site timeline vs bare vis-timeline', '');
  out.push(
    `The bare page (\`bench/bare/\`: vis-timeline’s standalone build bundled with esbuild, served next to the built site) fetches the same \`/data/timeline.en.json\` and gives vis-timeline every event at once: one DataSet, one item per event and lane (a point for a single day, a range for anything longer), groups japanese / soviet / context (other labelled sides in context), the site’s opening window and layout options, no filters, no list, no windowing. Both pages are timed with the same instrument: a MutationObserver, installed before the page loads, notes when the first vis-timeline item enters the DOM (vis-timeline inserts the items at the end of a redraw, and the frame with them follows). The site's own mark \`timeline-items\` is set when the island hands the items to vis-timeline (in these runs within a millisecond of the first item entering the DOM: vis-timeline draws them at once); the bare page's mark is its first \`changed\` event with items, a little after its items are in the DOM. Site and bare runs alternate (site, bare, site, bare, …); each bare run is abandoned after ${cap / 1000} s, and after a timeout the remaining bare runs of that size are skipped.`,
    '',
  );
  out.push(
    table(
      [
        'events',
        'site: first item in DOM',
        'bare: first item in DOM',
        'site / bare',
        "site: 'timeline-items' mark",
        "bare: first 'changed'",
        'bare items (drawn)',
        'runs (site, bare)',
      ],
      ok.map((s) => {
        const b = s.bare?.find((x) => x.items !== null);
        return [
          n(s.size),
          ms(s.summary!.itemsInDom),
          bareText(s, cap),
          ratio(siteOverBare(s)),
          ms(s.summary!.timelineItems),
          bareText(s, cap, 'bareItems'),
          b ? `${n(b.items!)} (${n(b.drawn ?? 0)})` : '–',
          `${s.site!.length}, ${s.bare!.length}`,
        ];
      }),
    ),
    '',
  );

  out.push('## The synthetic corpora', '');
  out.push(
    '`bench/generate.ts` copies works, people, places, themes and sides from `content/` and writes N events in the real format with a seeded PRNG (`bench/prng.ts`, seed ' +
      results.options.seed +
      ' + N): both languages; ● / ★ accounts, context accounts without a marker and other labelled sides (`[omsk]` most often); citations written with the works’ real `shortForms` (those that are unambiguous), pages inside a work’s `csl.page` range where it gives one, each citation checked with the project’s resolver; `alsoIn` accounts citing the other paper; exact days, 上旬/中旬/下旬 ranges, two-day ranges, longer ranges, months, years, month ranges, open ends, uncertain and approximate months, Old Style dates before 1918-02-14; 60% of the dates in 1917–1925, the rest spread over 1905–1945; ids `<start of the date>-synthetic-N` (the date part written as the date is, as docs/content-format.md asks). The first five events use exactly `1924-02-21/1924-02-29`, `1925-01-19/1925-01-20`, `1924-04`, `1918` and `1924-05-14/..`. Each corpus is validated with `loadCorpus` (src/lib/content/load.ts) before it is built; a `published-ids.txt` listing the generated ids is written into the corpus because the validator requires one.',
    '',
  );
  out.push(
    table(
      ['events', 'accounts', 'in 1917–1925', 'date kinds', 'sides of accounts', 'generate', 'validate'],
      results.sizes.map((s) => [
        n(s.size),
        n(s.accounts),
        `${Math.round((s.corpus.inCoreYears / s.size) * 100)}%`,
        Object.entries(s.corpus.byDateKind)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
        Object.entries(s.corpus.bySide)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
        ms(s.generateMs),
        ms(s.validateMs),
      ]),
    ),
    '',
  );

  out.push('## How to run', '');
  out.push(
    '```sh',
    'npm run bench                                  # 200, 2,000 and 10,000 events, 3 runs each (about 11 min on this machine)',
    'npm run bench -- --sizes=200,2000 --reps=1      # quicker',
    'npm run bench -- --report-only                 # re-render this file from bench/results.json',
    '```',
    '',
  );
  out.push(
    'Other options: `--bare-cap=120` (seconds before a bare vis-timeline run is abandoned), `--seed=1917`, `--keep` (keep the temp folder with corpora and built sites), `--no-doc`, `--json=FILE`, `--doc=FILE`. Chromium is Debian’s `/usr/bin/chromium` (or `CHROMIUM_PATH`), launched headless with `--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`.',
    '',
  );
  out.push(
    'Everything happens in a temp folder (`/tmp/nisso-bench-*`, removed afterwards): the corpora, each `astro build --force --outDir …` with its own `ASTRO_CACHE_DIR`, never `dist/`. The build runs with its working directory in that folder (`--root` is the project): Astro puts its prerender chunks in `<cwd>/.astro/.prerender/` when the output folder is outside the working directory, and builds sharing the project’s folder there break each other. The built site is served by `sirv` on 127.0.0.1 (no compression; sizes above are gzipped by the benchmark).',
    '',
  );
  out.push('What is measured, and how:', '');
  out.push(
    [
      '- **build**: wall clock of `astro build` (content sync, Vite, page generation and the post-build hooks, including the search index); phases from the log as it streams; peak RSS from `/usr/bin/time`; output size = all bytes in the output folder.',
      '- **page weight**: every response of a page load recorded in Chromium, each body gzipped (level 6); plus a static scan of every built event page (HTML + the stylesheets and scripts it references).',
      '- **paint**: `first-paint` / `first-contentful-paint` paint entries and the last `largest-contentful-paint` entry (and whether its element is inside `#chronology`); **DOM interactive** (navigation timing) is when parsing ended — the timeline island is a module script and cannot run before it; the island’s first DOM change is caught by a MutationObserver installed before the page loads.',
      '- **timeline shows items**: wait for `[data-timeline-app][data-ready="true"]`, read `performance.getEntriesByName(\'timeline-items\')[0].startTime`.',
      '- **JS heap**: CDP `Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`, once the timeline is ready; DOM nodes from CDP `Memory.getDOMCounters`.',
    ].join('\n'),
    '',
  );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
