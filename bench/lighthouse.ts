/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile, simulated throttling — its defaults) on the site built
 * from the real corpus and served locally; writes bench/lighthouse.json, which `bench/report.ts` renders into
 * docs/benchmarks.md (target: performance ≥ 90 and cumulative layout shift < 0.1 on /ja/ and /en/).
 *
 * Options (after `npm run bench:lighthouse --`): --runs=3 (per page; the median by performance score is
 * reported), --json=FILE (default bench/lighthouse.json), --keep (keep the temp folder), --compare-preload (also
 * measure /ja/ and /en/ with their vis-timeline modulepreload link removed, and the bare vis-timeline page of
 * the benchmark given the same events, for comparison).
 * The site is served gzipped, as a static host serves it: every text file is precompressed (.gz) and sirv sends
 * the compressed copy (Lighthouse's simulated network then transfers what a reader would).
 * Chromium is Debian's (CHROME_PATH, default /usr/bin/chromium), started by chrome-launcher with
 * --headless=new --no-sandbox --disable-gpu.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { astroBuild } from './build';
import { bundleBarePage } from './bare/bundle';
import { serve, type StaticServer } from './server';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The pages measured: both timeline pages (the target), an event page, a question page. */
export const LIGHTHOUSE_PAGES = ['/ja/', '/en/', '/en/events/1925-01-20-basic-convention-signed/', '/en/questions/'];

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds (simulated), except cls (unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  tti: number | null;
  /** The largest layout shifts (element and score), when Lighthouse lists them. */
  shifts: Array<{ node: string; score: number }>;
}

export interface LighthouseResults {
  date: string;
  lighthouse: string;
  chromium: string;
  loadBefore: number;
  loadAfter: number;
  runsPerPage: number;
  pages: Array<{ path: string; variant?: string; runs: LighthouseRun[]; median: LighthouseRun }>;
}

const option = (name: string) =>
  process.argv
    .slice(2)
    .find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    ?.split('=')[1] ?? (process.argv.includes(`--${name}`) ? 'true' : undefined);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function summarise(lhr: Lhr): LighthouseRun {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const shiftItems = (lhr.audits['layout-shifts']?.details as { items?: Array<Record<string, unknown>> } | undefined)
    ?.items;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    speedIndex: value('speed-index'),
    tti: lhr.audits.interactive?.numericValue ?? null,
    shifts: (shiftItems ?? []).slice(0, 3).map((item) => ({
      node: String((item.node as { snippet?: string } | undefined)?.snippet ?? '').slice(0, 120),
      score: Number(item.score ?? 0),
    })),
  };
}

/** Write a gzipped copy (.gz) beside every text file under `dir`. */
function precompress(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(html|js|css|json|svg|xml|txt)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
  }
}

/** The built site, and the variants under /__bench/, served gzipped on 127.0.0.1 (bench/server.ts). */
async function serveGzipped(siteDir: string, variantsDir: string): Promise<StaticServer> {
  mkdirSync(variantsDir, { recursive: true });
  precompress(siteDir);
  precompress(variantsDir);
  return serve(siteDir, variantsDir, { gzip: true });
}

async function main() {
  const runs = Number(option('runs') ?? 3);
  const jsonPath = resolve(option('json') ?? join(PROJECT, 'bench', 'lighthouse.json'));
  const tmp = mkdtempSync(join(tmpdir(), 'nisso-lighthouse-'));
  const loadBefore = loadavg()[0]!;
  try {
    const outDir = join(tmp, 'out');
    console.log(`building the real corpus into ${outDir}`);
    const build = await astroBuild({
      project: PROJECT,
      root: tmp,
      contentDir: join(PROJECT, 'content'),
      outDir,
      cacheDir: join(tmp, 'cache'),
      logFile: join(tmp, 'build.log'),
    });
    if (!build.ok) throw new Error(`build failed:\n${build.tail}`);
    // The variants are served under /__bench/<name>/ (the pages' links are absolute, so they resolve as usual).
    const variants: Array<{ path: string; variant?: string; url: string }> = LIGHTHOUSE_PAGES.map((path) => ({
      path,
      url: path,
    }));
    if (option('compare-preload') === 'true') {
      for (const lang of ['ja', 'en']) {
        const html = readFileSync(join(outDir, lang, 'index.html'), 'utf8');
        const dir = join(tmp, 'variants', `${lang}-no-vis-modulepreload`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(
          join(dir, 'index.html'),
          html.replace(/<link rel="modulepreload" href="[^"]*vis-timeline[^"]*">/g, ''),
        );
        variants.push({
          path: `/${lang}/`,
          variant: 'without the vis-timeline modulepreload',
          url: `/__bench/${lang}-no-vis-modulepreload/`,
        });
      }
    }
    if (option('compare-preload') === 'true') {
      await bundleBarePage(PROJECT, join(tmp, 'variants', 'bare'));
      variants.push({ path: '/__bench/bare/', variant: '(bare vis-timeline, every event)', url: '/__bench/bare/' });
    }
    const server = await serveGzipped(outDir, join(tmp, 'variants'));
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
    });
    const pages: LighthouseResults['pages'] = [];
    let version = '';
    let chromium = '';
    try {
      for (const { path, variant, url } of variants) {
        const list: LighthouseRun[] = [];
        for (let i = 0; i < runs; i++) {
          const result = await lighthouse(`${server.url}${url}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          if (!result) throw new Error(`no result for ${path}`);
          version = result.lhr.lighthouseVersion;
          chromium = result.lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '';
          const run = summarise(result.lhr);
          list.push(run);
          console.log(
            `${path}${variant ? ` (${variant})` : ''} run ${i + 1}: performance ${run.performance}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms, CLS ${run.cls.toFixed(3)}`,
          );
        }
        const median = [...list].sort((a, b) => a.performance - b.performance)[Math.floor(list.length / 2)]!;
        pages.push({ path, ...(variant ? { variant } : {}), runs: list, median });
      }
    } finally {
      chrome.kill();
      await server.close();
    }
    const results: LighthouseResults = {
      date: new Date().toISOString(),
      lighthouse: version,
      chromium,
      loadBefore,
      loadAfter: loadavg()[0]!,
      runsPerPage: runs,
      pages,
    };
    writeFileSync(jsonPath, `${JSON.stringify(results, null, 1)}\n`);
    console.log(`wrote ${jsonPath}`);
  } finally {
    if (option('keep') !== 'true') rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
