/**
 * `astro build` of a corpus into a folder, timed (wall clock, with the phases read from the log as it
 * streams), and the size of what it wrote.
 *
 * The build runs with its working directory in the benchmark's temp folder (and `--root` pointing at the
 * project): for an outDir outside the working directory Astro writes its prerender chunks to
 * `<cwd>/.astro/.prerender/`, which would collide with other builds running from the project at the same
 * time. A `node_modules` symlink in the temp folder lets those chunks resolve the project's packages.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  lstatSync,
  symlinkSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Milliseconds from the start to the first log line of each phase (when seen). */
  phases: Record<string, number>;
  /** Peak resident memory of the build process in KB (from /usr/bin/time), when available. */
  maxRssKb: number | null;
  pages: number | null;
  /** Per-page generation times from the log ("├─ /en/events/…/index.html (+12ms)"), by kind of page. */
  routes: Record<string, RouteStats>;
  logFile: string;
  tail: string;
}

/** Log lines that start each phase, in the order they appear. */
const PHASE_MARKERS: Array<[string, RegExp]> = [
  ['contentSynced', /Synced content/],
  ['generateStart', /generating static routes/i],
  ['generateDone', /^(\S+ )?✓ Completed in/],
  ['done', /\[build\] Complete!/],
];

export interface RouteStats {
  count: number;
  totalMs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
}

const ROUTE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

function routeKind(path: string): string {
  if (/^\/(ja|en)\/events\//.test(path)) return 'event pages';
  if (/^\/(ja|en)\/index\.html$/.test(path)) return 'chronologies (/ja/, /en/)';
  if (/^\/data\//.test(path)) return 'data files';
  if (/^\/(ja|en)\/(people|places)\/[^/]+\/index\.html$/.test(path)) return 'person and place pages';
  return 'other pages';
}

/** Per-kind statistics of the page generation times printed in the build log. */
export function routeStats(lines: string[]): Record<string, RouteStats> {
  const byKind = new Map<string, number[]>();
  for (const line of lines) {
    const match = ROUTE_LINE.exec(line);
    if (!match) continue;
    const msValue = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const kind = routeKind(match[1]!);
    const list = byKind.get(kind) ?? [];
    list.push(msValue);
    byKind.set(kind, list);
  }
  return Object.fromEntries(
    [...byKind].map(([kind, values]) => {
      const sorted = values.sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
      return [
        kind,
        {
          count: sorted.length,
          totalMs: sorted.reduce((a, b) => a + b, 0),
          medianMs: at(0.5),
          p90Ms: at(0.9),
          maxMs: sorted.at(-1)!,
        },
      ];
    }),
  );
}

export function prepareBuildRoot(root: string, project: string): void {
  mkdirSync(root, { recursive: true });
  const link = join(root, 'node_modules');
  if (!existsSync(link)) symlinkSync(join(project, 'node_modules'), link, 'dir');
}

/** The day of the project's last commit (what the edition reads from git in a normal build). */
function lastCommitDay(project: string): string {
  return execFileSync('git', ['log', '-1', '--format=%cs'], { cwd: project, encoding: 'utf8' }).trim();
}

export async function astroBuild(options: {
  project: string;
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
}): Promise<BuildResult> {
  const { project, root, contentDir, outDir, cacheDir, logFile } = options;
  prepareBuildRoot(root, project);
  rmSync(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: cacheDir,
    SITE_URL: 'http://127.0.0.1:4321',
    FORCE_COLOR: '0',
    // The build runs outside the checkout, where the edition cannot read its last-updated date from git.
    EDITION_UPDATED: process.env.EDITION_UPDATED ?? lastCommitDay(project),
  };
  const astro = join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const args = ['build', '--force', '--root', project, '--outDir', outDir];
  const useTime = existsSync('/usr/bin/time');
  const rssFile = join(root, `rss-${Date.now()}.txt`);
  const [cmd, cmdArgs] = useTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, astro, ...args]]
    : [process.execPath, [astro, ...args]];
  const phases: Record<string, number> = {};
  const lines: string[] = [];
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(cmd, cmdArgs as string[], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let pending = '';
    const onData = (chunk: Buffer) => {
      const now = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const raw of parts) {
        // Astro colours its log even with FORCE_COLOR=0.
        const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
        lines.push(line);
        const next = PHASE_MARKERS.find(([name]) => !(name in phases));
        if (next && next[1].test(line.trim())) phases[next[0]] = Math.round(now);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (status) => {
      if (pending) lines.push(pending.replace(/\x1b\[[0-9;]*m/g, ''));
      resolve(status);
    });
  });
  const wallMs = performance.now() - started;
  writeFileSync(logFile, lines.join('\n'));
  let maxRssKb: number | null = null;
  if (useTime && existsSync(rssFile)) {
    const value = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
    maxRssKb = Number.isFinite(value) ? value : null;
  }
  const pagesLine = lines.find((l) => /\d+ page\(s\) built/.test(l));
  const pages = pagesLine ? Number(/(\d+) page\(s\) built/.exec(pagesLine)![1]) : null;
  return {
    ok: code === 0,
    wallMs,
    phases,
    maxRssKb,
    pages,
    routes: routeStats(lines),
    logFile,
    tail: lines
      .filter((l) => !/^\s*\S*\s*[├└]/.test(l))
      .slice(-25)
      .join('\n'),
  };
}

export interface OutputSize {
  bytes: number;
  files: number;
  /** Bytes by kind: html, search (the search index, data/search.json), data (the rest of data/), assets (_astro/), other. */
  byKind: Record<string, number>;
  htmlPages: number;
}

export function outputSize(dir: string): OutputSize {
  const result: OutputSize = { bytes: 0, files: 0, byKind: {}, htmlPages: 0 };
  const walk = (path: string, top: string | null) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const stat = lstatSync(full);
      if (stat.isDirectory()) {
        walk(full, top ?? name);
        continue;
      }
      result.bytes += stat.size;
      result.files++;
      const kind = name.endsWith('.html')
        ? 'html'
        : top === 'data' && path === join(dir, 'data') && name === 'search.json'
          ? 'search'
          : top === 'data'
            ? 'data'
            : top === '_astro'
              ? 'assets'
              : 'other';
      if (name.endsWith('.html')) result.htmlPages++;
      result.byKind[kind] = (result.byKind[kind] ?? 0) + stat.size;
    }
  };
  walk(dir, null);
  return result;
}
