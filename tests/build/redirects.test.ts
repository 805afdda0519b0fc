/**
 * Stable ids on a real build of the mini fixture corpus (its own outDir and Astro cache): a declared redirect
 * becomes a page at the old address that sends readers on to the successor, and a published id that vanishes
 * without a redirect stops the build, naming the id.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, type BuildResult } from '../support/build';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';

const OLD = '1917-11-07-october-revolution';
const SUCCESSOR = '1923-09-22-first-meeting';
const SITE = 'https://nisso.example.org';

function build(corpus: MiniCorpus): { result: BuildResult; outDir: string } {
  const root = join(corpus.dir, '..');
  const outDir = join(root, 'dist');
  const cache = process.env.ASTRO_CACHE_DIR;
  process.env.ASTRO_CACHE_DIR = join(root, 'astro-cache');
  try {
    return { result: astroBuild({ contentDir: corpus.dir, outDir, site: SITE }), outDir };
  } finally {
    if (cache === undefined) delete process.env.ASTRO_CACHE_DIR;
    else process.env.ASTRO_CACHE_DIR = cache;
  }
}

describe('a redirected event', () => {
  let corpus: MiniCorpus;
  let outDir: string;
  beforeAll(() => {
    corpus = miniCorpus();
    corpus.remove(`events/${OLD}.md`);
    corpus.write('redirects.yaml', `# merged into the first meeting\n${OLD}: ${SUCCESSOR}\n`);
    const built = build(corpus);
    outDir = built.outDir;
    expect(built.result.status, built.result.output).toBe(0);
  });
  afterAll(() => corpus?.cleanup());

  test.each(['ja', 'en'] as const)(
    '/%s/events/<old id>/ refreshes to the successor, links to it and names it canonical',
    (lang) => {
      const file = join(outDir, lang, 'events', OLD, 'index.html');
      expect(existsSync(file)).toBe(true);
      const html = readFileSync(file, 'utf8');
      const path = `/${lang}/events/${SUCCESSOR}/`;
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${path}">`);
      expect(html).toContain(`<link rel="canonical" href="${SITE}${path}">`);
      expect(html).toMatch(
        new RegExp(
          `<a href="${path}">${lang === 'ja' ? 'カラハンと芳澤の初会見' : 'First meeting of Karakhan and Yoshizawa'}</a>`,
        ),
      );
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script/);
    },
  );
  test('the successor keeps its own page and the old event is gone from the data', () => {
    expect(existsSync(join(outDir, 'en', 'events', SUCCESSOR, 'index.html'))).toBe(true);
    const events = JSON.parse(readFileSync(join(outDir, 'data', 'events.json'), 'utf8')) as Array<{ id: string }>;
    expect(events.map((e) => e.id)).not.toContain(OLD);
  });
});

test(
  'the build stops when a published event vanishes without a redirect, naming the id and the list',
  { timeout: 300_000 },
  () => {
    const corpus = miniCorpus();
    try {
      corpus.remove(`events/${OLD}.md`);
      const { result } = build(corpus);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        `content/published-ids.txt:1: id: published event id "${OLD}" is neither an event nor redirected`,
      );
    } finally {
      corpus.cleanup();
    }
  },
);
