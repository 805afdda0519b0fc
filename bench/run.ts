/**
 * `npm run bench`: build the site from synthetic corpora of 200, 2,000 and 10,000 events and measure the
 * build, the pages' weight and the timeline page in Chromium, against a bare vis-timeline page given the
 * same events. Prints a table, writes bench/results.json and docs/benchmarks.md.
 *
 * Options (after `npm run bench --`):
 *   --sizes=real,200,2000,10000   corpus sizes; `real` is the project's own content/ (built as it is)
 *   --reps=3                 timeline-page / bare-page repetitions per size (alternating site, bare, …)
 *   --fcp-pairs=8            extra first-paint-only loads per size, site and bare alternating
 *   --bare-cap=120           seconds before a bare vis-timeline measurement is abandoned
 *   --seed=1917              PRNG seed of the generated corpora
 *   --keep                   keep the temp folder (corpora and built sites)
 *   --no-doc                 do not write the results JSON and the Markdown report
 *   --json=FILE              where to write the results (default bench/results.json)
 *   --doc=FILE               where to write the report (default docs/benchmarks.md)
 *   --report-only[=FILE]     only re-render the table and the report from a results JSON (default --json)
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { generateCorpus, writePublishedIds, type GeneratedCorpus } from './generate';
import { astroBuild, outputSize, prepareBuildRoot } from './build';
import { scanEventPages } from './event-pages';
import {
  jsFreeCheck,
  launch,
  measureBare,
  measureFirstPaint,
  measureSearch,
  measureSite,
  pageWeight,
  QUERIES,
  type BareRun,
  type SiteRun,
} from './browser';
import { serve } from './server';
import type { LighthouseResults } from './lighthouse';
import { bundleBarePage } from './bare/bundle';
import { renderMarkdown, renderTable, type Results, type SizeResult } from './report';
import { loadCorpus } from '../src/lib/content/load';
import { ContentError } from '../src/lib/content/problems';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function option(name: string): string | undefined {
  const arg = process.argv.slice(2).find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
}

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function machine(): Results['machine'] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return {
    nproc: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    cpu: model,
    node: process.version,
    chromium: '',
    os: existsSync('/etc/debian_version')
      ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}`
      : process.platform,
    date: new Date().toISOString(),
    site: siteVersion(),
  };
}

/** The commit the site was built from, and how many files differed from it (read-only git). */
function siteVersion(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ` + ${changed} uncommitted change(s) in the working tree` : ''}`;
  } catch {
    return 'unknown';
  }
}

/** Validate with the project's own loader; add a published-ids.txt if the validator asks for one. */
function validate(
  dir: string,
  ids: string[],
): { ms: number; events: number; accounts: number; publishedIdsWritten: boolean } {
  const started = performance.now();
  let publishedIdsWritten = existsSync(join(dir, 'published-ids.txt'));
  for (let attempt = 0; ; attempt++) {
    try {
      const corpus = loadCorpus(dir);
      return {
        ms: performance.now() - started,
        events: corpus.events.length,
        accounts: corpus.events.reduce((n, e) => n + e.accounts.length, 0),
        publishedIdsWritten,
      };
    } catch (error) {
      const problems = error instanceof ContentError ? error.problems : [];
      if (attempt === 0 && problems.length && problems.every((p) => /published/i.test(`${p.file} ${p.message}`))) {
        writePublishedIds(dir, ids);
        publishedIdsWritten = true;
        continue;
      }
      throw error;
    }
  }
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The project's own corpus as the benchmark describes a generated one. */
function realCorpus(dir: string): GeneratedCorpus {
  const corpus = loadCorpus(dir);
  const stats: GeneratedCorpus['stats'] = {
    events: corpus.events.length,
    accounts: 0,
    byDateKind: {},
    bySide: {},
    inCoreYears: 0,
  };
  for (const e of corpus.events) {
    stats.accounts += e.accounts.length;
    for (const a of e.accounts) stats.bySide[a.side] = (stats.bySide[a.side] ?? 0) + 1;
    const year = Number(e.earliest.slice(0, 4));
    if (year >= 1917 && year <= 1925) stats.inCoreYears++;
  }
  // The event page to weigh: the one with the most accounts (the heaviest page of the real corpus).
  const sample = [...corpus.events].sort((a, b) => b.accounts.length - a.accounts.length)[0]!;
  return { dir, ids: corpus.events.map((e) => e.id), sampleEventId: sample.id, stats };
}

async function measureSize(
  spec: number | 'real',
  options: { tmp: string; seed: number; reps: number; fcpPairs: number; bareCapMs: number; benchDir: string },
): Promise<SizeResult> {
  const { tmp, seed, reps, fcpPairs, bareCapMs, benchDir } = options;
  const result = { loadBefore: loadavg()[0]!, loadAfter: NaN, real: spec === 'real' } as SizeResult;

  let started = performance.now();
  let corpus: GeneratedCorpus;
  if (spec === 'real') {
    log('real corpus (content/): reading');
    corpus = realCorpus(join(PROJECT, 'content'));
  } else {
    log(`${spec} events: generating corpus`);
    corpus = generateCorpus({
      events: spec,
      seed: seed + spec,
      dir: join(tmp, `corpus-${spec}`, 'content'),
      source: join(PROJECT, 'content'),
    });
  }
  const size = corpus.stats.events;
  result.size = size;
  result.generateMs = performance.now() - started;
  result.corpus = corpus.stats;
  const validation = validate(corpus.dir, corpus.ids);
  result.validateMs = validation.ms;
  result.accounts = validation.accounts;
  result.publishedIdsWritten = validation.publishedIdsWritten;
  log(
    `${size} events: valid (${validation.events} events, ${validation.accounts} accounts, ${Math.round(validation.ms)} ms); building`,
  );

  const outDir = join(tmp, `out-${size}`);
  const build = await astroBuild({
    project: PROJECT,
    root: tmp,
    contentDir: corpus.dir,
    outDir,
    cacheDir: join(tmp, `cache-${size}`),
    logFile: join(tmp, `build-${size}.log`),
  });
  result.build = {
    ok: build.ok,
    wallMs: build.wallMs,
    phases: build.phases,
    maxRssKb: build.maxRssKb,
    pages: build.pages,
    routes: build.routes,
  };
  if (!build.ok) {
    log(
      `${size} events: BUILD FAILED after ${(build.wallMs / 1000).toFixed(1)} s (log: ${build.logFile})\n${build.tail}`,
    );
    result.buildError = build.tail;
    result.loadAfter = loadavg()[0]!;
    return result;
  }
  result.output = outputSize(outDir);
  log(
    `${size} events: built in ${(build.wallMs / 1000).toFixed(1)} s, ${build.pages} pages, ${(result.output.bytes / 1e6).toFixed(1)} MB; scanning event pages`,
  );
  result.eventPages = scanEventPages(outDir);

  // For the real corpus, the same timeline page without its modulepreload links, to see what they bring.
  const noPreload = join(benchDir, 'no-modulepreload');
  rmSync(noPreload, { recursive: true, force: true });
  if (result.real) {
    mkdirSync(noPreload, { recursive: true });
    const html = readFileSync(join(outDir, 'en', 'index.html'), 'utf8');
    writeFileSync(join(noPreload, 'index.html'), html.replace(/<link rel="modulepreload"[^>]*>/g, ''));
  }
  const server = await serve(outDir, benchDir);
  let browser = await launch();
  result.chromium = browser.version();
  try {
    const timelineUrl = `${server.url}/en/`;
    const eventUrl = `${server.url}/en/events/${corpus.sampleEventId}/`;
    const ready = (selector: string) => (page: import('playwright-core').Page) =>
      page.waitForSelector(selector, { state: 'attached', timeout: 240_000 });
    log(`${size} events: page weights`);
    result.weights = {
      timeline: await pageWeight(browser, timelineUrl, outDir, ready('[data-timeline-app][data-ready="true"]')),
      event: await pageWeight(browser, eventUrl, outDir, async () => undefined),
      present: existsSync(join(outDir, 'en', 'present', 'index.html'))
        ? await pageWeight(browser, `${server.url}/en/present/`, outDir, (page) =>
            page
              .waitForSelector('[data-ready="true"]', { state: 'attached', timeout: 60_000 })
              .catch(() => page.waitForLoadState('networkidle')),
          )
        : null,
    };
    const textFile = readFileSync(join(outDir, 'data', 'timeline-text.json'));
    result.weights.timelineText = { raw: textFile.length, gzip: gzipSync(textFile, { level: 6 }).length };
    result.sampleEventId = corpus.sampleEventId;
    result.eventPageWithoutJs = await jsFreeCheck(browser, eventUrl);

    log(`${size} events: site search`);
    result.search = [];
    for (const query of QUERIES) result.search.push(await measureSearch(browser, server.url, query));

    const site: SiteRun[] = [];
    const bare: BareRun[] = [];
    let bareSkipped: string | null = null;
    for (let rep = 1; rep <= reps; rep++) {
      log(`${size} events: timeline page, run ${rep}/${reps}`);
      site.push(await measureSite(browser, timelineUrl));
      const s = site.at(-1)!;
      log(
        `  site: FCP ${s.firstContentfulPaint?.toFixed(0)} ms, island ${s.islandStart?.toFixed(0)} ms, items ${s.timelineItems.toFixed(0)} ms (on screen ${s.itemsShown?.toFixed(0)} ms), filter ${s.filterOff.settledMs.toFixed(0)}/${s.filterOn.settledMs.toFixed(0)} ms, query ${s.queryCold.settledMs.toFixed(0)}/${s.queryWarm.settledMs.toFixed(0)} ms, heap ${(s.heapUsed / 1e6).toFixed(1)} MB`,
      );
      if (bareSkipped) continue;
      log(`${size} events: bare vis-timeline, run ${rep}/${reps} (cap ${bareCapMs / 1000} s)`);
      const b = await measureBare(browser, `${server.url}/__bench/bare/`, bareCapMs);
      bare.push(b);
      log(
        `  bare: ${b.timedOut ? `> ${bareCapMs / 1000} s (timed out)` : `FCP ${b.firstContentfulPaint?.toFixed(0)} ms, ${b.itemsDrawn!.toFixed(0)} ms (on screen ${b.itemsShown?.toFixed(0)} ms), ${b.items} items (${b.drawn} drawn)`}`,
      );
      if (b.stuck) {
        await browser.close().catch(() => undefined);
        browser = await launch();
      }
      if (b.timedOut)
        bareSkipped = `the first run timed out after ${bareCapMs / 1000} s; the other runs at this size were skipped`;
    }
    // The first paints of the full runs above, and as many again from loads that only wait for the paint
    // (site, bare, site, …): a comparison of two medians of a handful of noisy numbers needs more of them.
    const firstPaint = { site: site.map((s) => s.firstContentfulPaint), bare: bare.map((b) => b.firstContentfulPaint) };
    if (!bareSkipped && fcpPairs > 0) {
      log(`${size} events: first paint only, ${fcpPairs} pairs (site, bare)`);
      for (let pair = 1; pair <= fcpPairs; pair++) {
        firstPaint.site.push(await measureFirstPaint(browser, timelineUrl));
        firstPaint.bare.push(await measureFirstPaint(browser, `${server.url}/__bench/bare/`));
      }
    }
    const paints = (list: Array<number | null>) => list.filter((v): v is number => v !== null);
    result.firstPaint = { site: paints(firstPaint.site), bare: paints(firstPaint.bare) };
    log(
      `  first paint, medians of ${result.firstPaint.site.length} / ${result.firstPaint.bare.length}: site ${median(result.firstPaint.site).toFixed(0)} ms, bare ${median(result.firstPaint.bare).toFixed(0)} ms`,
    );
    if (result.real) {
      const ab: { with: SiteRun[]; without: SiteRun[] } = { with: [], without: [] };
      for (let rep = 1; rep <= reps; rep++) {
        log(`${size} events: modulepreload A/B, run ${rep}/${reps}`);
        ab.with.push(await measureSite(browser, timelineUrl));
        ab.without.push(await measureSite(browser, `${server.url}/__bench/no-modulepreload/`));
        log(
          `  with: items on screen ${ab.with.at(-1)!.itemsShown?.toFixed(0)} ms; without: ${ab.without.at(-1)!.itemsShown?.toFixed(0)} ms`,
        );
      }
      const pick = (runs: SiteRun[]) => ({
        itemsShown: runs.map((r) => r.itemsShown ?? NaN),
        visRequested: runs.map((r) => r.resources.visTimeline?.start ?? NaN),
        visIn: runs.map((r) => r.resources.visTimeline?.end ?? NaN),
      });
      result.modulepreload = { with: pick(ab.with), without: pick(ab.without) };
    }
    result.site = site;
    result.bare = bare;
    result.bareSkipped = bareSkipped;
    result.summary = {
      firstContentfulPaint: median(result.firstPaint.site),
      largestContentfulPaint: median(site.map((s) => s.largestContentfulPaint ?? NaN)),
      lcpInChronology: site.every((s) => s.lcpInChronology),
      domInteractive: median(site.map((s) => s.domInteractive)),
      islandStart: median(site.map((s) => s.islandStart ?? NaN)),
      timelineJsFirstChange: median(site.map((s) => s.timelineJsFirstChange ?? NaN)),
      timelineItems: median(site.map((s) => s.timelineItems)),
      itemsShown: median(site.map((s) => s.itemsShown ?? NaN)),
      heapUsed: median(site.map((s) => s.heapUsed)),
      domNodes: median(site.map((s) => s.domNodes ?? NaN)),
      filterOffSettled: median(site.map((s) => s.filterOff.settledMs)),
      filterOnSettled: median(site.map((s) => s.filterOn.settledMs)),
      filterOffHandler: median(site.map((s) => s.filterOff.handlerMs)),
      filterOnHandler: median(site.map((s) => s.filterOn.handlerMs)),
      filterOffNextFrame: median(site.map((s) => s.filterOff.nextFrameMs)),
      filterOnNextFrame: median(site.map((s) => s.filterOn.nextFrameMs)),
      queryColdSettled: median(site.map((s) => s.queryCold.settledMs)),
      queryWarmSettled: median(site.map((s) => s.queryWarm.settledMs)),
      bareFirstContentfulPaint: result.firstPaint.bare.length ? median(result.firstPaint.bare) : null,
      bareItems: bare.length && bare.every((b) => !b.timedOut) ? median(bare.map((b) => b.itemsDrawn!)) : null,
      bareItemsShown:
        bare.length && bare.every((b) => !b.timedOut) ? median(bare.map((b) => b.itemsShown ?? NaN)) : null,
      bareTimedOut: bare.some((b) => b.timedOut),
    };
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
  result.loadAfter = loadavg()[0]!;
  return result;
}

/** The latest Lighthouse run (bench/lighthouse.ts), rendered into the same report when there is one. */
function readLighthouse(): LighthouseResults | undefined {
  const file = join(PROJECT, 'bench', 'lighthouse.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LighthouseResults) : undefined;
}

async function main() {
  const reportOnly = option('report-only');
  const docPath = resolve(option('doc') ?? join(PROJECT, 'docs', 'benchmarks.md'));
  const jsonPath = resolve(option('json') ?? join(PROJECT, 'bench', 'results.json'));
  if (reportOnly) {
    const results = JSON.parse(readFileSync(resolve(reportOnly === 'true' ? jsonPath : reportOnly), 'utf8')) as Results;
    console.log(renderTable(results));
    writeFileSync(docPath, renderMarkdown(results, readLighthouse()));
    log(`wrote ${docPath}`);
    return;
  }
  const sizes = (option('sizes') ?? 'real,200,2000,10000')
    .split(',')
    .map((s): number | 'real' => (s === 'real' ? 'real' : Number(s.replace(/_/g, ''))));
  const reps = Number(option('reps') ?? 3);
  const fcpPairs = Number(option('fcp-pairs') ?? 8);
  const bareCapMs = Number(option('bare-cap') ?? 120) * 1000;
  const seed = Number(option('seed') ?? 1917);
  const keep = option('keep') === 'true';
  const writeDoc = option('no-doc') !== 'true';

  const tmp = mkdtempSync(join(tmpdir(), 'nisso-bench-'));
  log(`temp folder ${tmp}`);
  const started = performance.now();
  const results: Results = {
    machine: machine(),
    options: { sizes, reps, fcpPairs, bareCapMs, seed },
    sizes: [],
    totalMs: 0,
  };
  try {
    prepareBuildRoot(tmp, PROJECT);
    const benchDir = join(tmp, 'bench');
    mkdirSync(benchDir, { recursive: true });
    await bundleBarePage(PROJECT, join(benchDir, 'bare'));
    for (const size of sizes) {
      results.sizes.push(await measureSize(size, { tmp, seed, reps, fcpPairs, bareCapMs, benchDir }));
      const built = results.sizes.at(-1)!.size;
      if (!keep) {
        rmSync(join(tmp, `out-${built}`), { recursive: true, force: true });
        rmSync(join(tmp, `cache-${built}`), { recursive: true, force: true });
      }
    }
  } finally {
    results.totalMs = performance.now() - started;
    results.machine.chromium = results.sizes.find((s) => s.chromium)?.chromium ?? '';
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else log(`kept ${tmp}`);
  }
  console.log(renderTable(results));
  if (writeDoc) {
    writeFileSync(jsonPath, `${JSON.stringify(results, null, 1)}\n`);
    writeFileSync(docPath, renderMarkdown(results, readLighthouse()));
    log(`wrote ${jsonPath} and ${docPath}`);
  }
  log(`total ${(results.totalMs / 60000).toFixed(1)} min`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
