/** Bundle the bare vis-timeline page (bare.ts + the site's vis-timeline module) into a folder, with esbuild. */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function bundleBarePage(project: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [join(here, 'bare.ts')],
    outfile: join(outDir, 'bare.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
    absWorkingDir: project,
  });
  copyFileSync(join(here, 'index.html'), join(outDir, 'index.html'));
  copyFileSync(
    join(project, 'node_modules', 'vis-timeline', 'styles', 'vis-timeline-graph2d.min.css'),
    join(outDir, 'vis-timeline-graph2d.min.css'),
  );
}
