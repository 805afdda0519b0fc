/** Run the real `astro build` (as `npm run build` does) on a corpus, into a folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function astroBuild(options: { contentDir?: string; outDir?: string; site?: string } = {}): BuildResult {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (options.contentDir) env.CONTENT_DIR = options.contentDir;
  if (options.site) env.SITE_URL = options.site;
  const args = [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'];
  if (options.outDir) args.push('--outDir', options.outDir);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
