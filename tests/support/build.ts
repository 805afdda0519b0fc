/** Run the real `astro build` (as `npm run build` does) on a corpus, into a folder. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

const LOCK = join(ROOT, 'node_modules', '.nisso-build-lock');

/**
 * Astro keeps prerender chunks in the project's .astro/ whatever the outDir, so two builds at once (test files
 * run in parallel) would overwrite each other's: builds take turns through a lock folder.
 */
function acquireBuildLock(): void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than ten minutes belongs to a run that died.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* taken or released meanwhile */
      }
      Atomics.wait(sleeper, 0, 0, 250);
    }
  }
}

const releaseBuildLock = () => rmSync(LOCK, { recursive: true, force: true });

function withBuildLock<T>(run: () => T): T {
  acquireBuildLock();
  try {
    return run();
  } finally {
    releaseBuildLock();
  }
}

/** The same lock for an asynchronous run (a dev server writes the project's .astro/ too). */
export async function withBuildLockAsync<T>(run: () => Promise<T>): Promise<T> {
  acquireBuildLock();
  try {
    return await run();
  } finally {
    releaseBuildLock();
  }
}

/** The address test builds are made for unless a test gives another (a production build needs one). */
export const TEST_SITE = 'http://127.0.0.1:4321';

/**
 * @param options.site SITE_URL (default TEST_SITE; null: none, to see a production build refuse)
 * @param options.base BASE_PATH, the sub-path the site is built for (default: the root)
 */
export function astroBuild(
  options: { contentDir?: string; outDir?: string; site?: string | null; base?: string } = {},
): BuildResult {
  // vitest sets NODE_ENV=test; a build must be a production build whatever runs it.
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  // vitest puts its own import.meta.env (BASE_URL=/, MODE, …) into process.env; Astro would read them back.
  for (const key of ['SITE_URL', 'BASE_PATH', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  const site = options.site === undefined ? TEST_SITE : options.site;
  if (site) env.SITE_URL = site;
  if (options.base) env.BASE_PATH = options.base;
  const args = [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'];
  if (options.outDir) args.push('--outDir', options.outDir);
  return withBuildLock(() => {
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  });
}
