/**
 * Build the real site once for the whole run and serve it; tests read `baseUrl` with inject('baseUrl').
 * SKIP_SITE_BUILD=1 reuses an existing dist/ (handy while iterating on tests only).
 */
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { astroBuild } from './build';
import { serveStatic } from './static-server';
import { DIST, ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!(process.env.SKIP_SITE_BUILD && existsSync(DIST))) {
    const result = astroBuild({ site: 'http://127.0.0.1:4321', outDir: DIST === `${ROOT}/dist` ? undefined : DIST });
    if (result.status !== 0) throw new Error(`astro build failed:\n${result.output}`);
  }
  const server = await serveStatic(DIST);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
