/**
 * The contributor's loop: under `astro dev` (what `npm run dev` runs), an edited event is served without a
 * restart, and a content error is reported naming file and field while the server keeps running.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { withBuildLockAsync } from '../support/build';
import { ROOT } from '../support/paths';

const EVENT = 'events/1917-11-07-october-revolution.md';
const PAGE = '/en/events/1917-11-07-october-revolution/';
let corpus: MiniCorpus;
let cacheDir: string;
let server: ChildProcess;
let output = '';
let base = '';

/** Poll until `check` holds, or fail after `ms` saying what was awaited. */
async function until(what: string, check: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}\n--- dev server output ---\n${output.split("\n").filter((l) => !/\[200\]/.test(l)).join("\n").slice(-4000)}`);
}

const page = async () => (await fetch(`${base}${PAGE}`)).text();

let release: () => void;
beforeAll(async () => {
  corpus = miniCorpus();
  cacheDir = mkdtempSync(join(tmpdir(), 'nisso-dev-cache-'));
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: corpus.dir, ASTRO_CACHE_DIR: cacheDir };
  env.ASTRO_TELEMETRY_DISABLED = '1';
  // Run as `npm run dev` would: without vitest's variables (it sets NODE_ENV=test, VITEST, import.meta.env keys).
  for (const key of Object.keys(env))
    if (/^(VITEST|TEST$|NODE_ENV$|SITE_URL$|BASE_PATH$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(key)) delete env[key];
  const port = 4600 + Math.floor(Math.random() * 300);
  base = `http://127.0.0.1:${port}`;
  // The dev server writes the project's .astro/ like a build does: hold the build lock while it runs.
  const held = new Promise<void>((resolve) => (release = resolve));
  void withBuildLockAsync(() => held);
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: ROOT,
    env,
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await until('the dev server to serve the event page', async () => (await page()).includes('The October Revolution'));
}, 180_000);

afterAll(() => {
  server?.kill('SIGTERM');
  release?.();
  corpus?.cleanup();
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

test('an edited event title is served without a restart', async () => {
  corpus.edit(EVENT, 'en: The October Revolution }', 'en: The Bolsheviks take power in Petrograd }');
  await until('the edited title on the page', async () => (await page()).includes('The Bolsheviks take power in Petrograd'));
  expect(server.exitCode).toBeNull();
});

test('a content error names file and field, and the server keeps serving', async () => {
  const before = output.length;
  corpus.edit(EVENT, 'en: The Bolsheviks take power in Petrograd }', 'en: "" }');
  await until('the error in the dev server output', async () =>
    /events\/1917-11-07-october-revolution\.md(:\d+)?: title\.en: /.test(output.slice(before)),
    30_000,
  );
  expect(server.exitCode).toBeNull();
  expect((await fetch(`${base}/en/events/1923-09-22-first-meeting/`)).status).toBe(200);
  // Fixed again, the page follows.
  corpus.edit(EVENT, 'en: "" }', 'en: The October Revolution once more }');
  await until('the page after the fix', async () => (await page()).includes('The October Revolution once more'), 60_000);
}, 150_000);

test("an edited person's name shows on the pages of the events that name them", async () => {
  const url = `${base}/en/events/1923-09-22-first-meeting/`;
  expect(await (await fetch(url)).text()).toContain('Lev Karakhan');
  corpus.edit('people/karakhan.yaml', 'en: "Lev Karakhan"', 'en: "Lev Mikhailovich Karakhan"');
  await until('the new name on the event page', async () =>
    (await (await fetch(url)).text()).includes('Lev Mikhailovich Karakhan'),
  );
});
