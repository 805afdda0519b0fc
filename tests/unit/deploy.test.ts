/** Where the site is published: SITE_URL and BASE_PATH, and every site path under the base. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DeployConfigError, LOCAL_SITE_URL, normaliseBase, resolveDeploy } from '../../src/lib/deploy';
import { highwireMeta } from '../../src/lib/highwire';
import { lastUpdated, formatDay } from '../../src/lib/edition';

describe('resolveDeploy', () => {
  test.each([
    [{ SITE_URL: 'https://history.example.org' }, 'build', { site: 'https://history.example.org', base: '/' }],
    [
      { SITE_URL: 'https://history.example.org/', BASE_PATH: '/nisso-timeline/' },
      'build',
      { site: 'https://history.example.org', base: '/nisso-timeline/' },
    ],
    [
      { SITE_URL: 'http://127.0.0.1:4321', BASE_PATH: 'a/b' },
      'build',
      { site: 'http://127.0.0.1:4321', base: '/a/b/' },
    ],
    [{}, 'dev', { site: LOCAL_SITE_URL, base: '/' }],
    [{}, 'preview', { site: LOCAL_SITE_URL, base: '/' }],
  ])('%j for astro %s', (env, command, expected) => {
    expect(resolveDeploy(env, command)).toEqual(expected);
  });

  test.each([
    [{}, 'build', /SITE_URL is not set.*SITE_URL=https:\/\/your\.host npm run build/],
    [{ SITE_URL: 'history.example.org' }, 'build', /SITE_URL "history\.example\.org" is not an absolute URL/],
    [{ SITE_URL: 'ftp://history.example.org' }, 'build', /must start with https:\/\//],
    [
      { SITE_URL: 'https://history.example.org/nisso-timeline/' },
      'build',
      /put the sub-path in BASE_PATH \(e\.g\. BASE_PATH=\/nisso-timeline\/\)/,
    ],
    [{ SITE_URL: 'https://h.org', BASE_PATH: '/a b/' }, 'build', /BASE_PATH "\/a b\/" may only contain/],
  ])('%j for astro %s is refused', (env, command, message) => {
    expect(() => resolveDeploy(env, command)).toThrow(DeployConfigError);
    expect(() => resolveDeploy(env, command)).toThrow(message);
  });

  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['x', '/x/'],
    ['/x', '/x/'],
    ['//x//', '/x/'],
  ])('normaliseBase(%j) = %j', (raw, base) => {
    expect(normaliseBase(raw)).toBe(base);
  });
});

describe('site paths under a base', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  test('every path helper puts the base in front, and the language switch keeps it', async () => {
    vi.stubEnv('BASE_URL', '/nisso-timeline/');
    vi.resetModules();
    const urls = await import('../../src/lib/urls');
    expect(urls.homePath('ja')).toBe('/nisso-timeline/ja/');
    expect(urls.eventPath('en', 'x')).toBe('/nisso-timeline/en/events/x/');
    expect(urls.workPath('ja', 'sokolov-1983')).toBe('/nisso-timeline/ja/works/#work-sokolov-1983');
    expect(urls.timelineWorkPath('en', 'ozawa-1987', 'paper')).toBe('/nisso-timeline/en/?paper=ozawa-1987#timeline');
    expect(urls.assetPath('data/events.csv')).toBe('/nisso-timeline/data/events.csv');
    expect(urls.switchLanguagePath('/nisso-timeline/ja/events/x/', 'en')).toBe('/nisso-timeline/en/events/x/');
    expect(urls.withoutBase('/nisso-timeline/en/')).toBe('/en/');
  });
  test('at the root nothing is added', async () => {
    const urls = await import('../../src/lib/urls');
    expect(urls.homePath('en')).toBe('/en/');
    expect(urls.switchLanguagePath('/en/about/', 'ja')).toBe('/ja/about/');
  });
});

test('Highwire meta from a CSL item: title, editors, dates in Highwire form, URL, language', () => {
  expect(
    highwireMeta({
      title: 'T',
      editor: [{ literal: '編集委員会' }],
      issued: { 'date-parts': [[2026, 1, 5]] },
      'container-title': 'S',
      URL: 'https://h.org/ja/events/x/',
      language: 'ja',
    }),
  ).toEqual([
    { name: 'citation_title', content: 'T' },
    { name: 'citation_editor', content: '編集委員会' },
    { name: 'citation_date', content: '2026/01/05' },
    { name: 'citation_online_date', content: '2026/01/05' },
    { name: 'citation_publisher', content: 'S' },
    { name: 'citation_public_url', content: 'https://h.org/ja/events/x/' },
    { name: 'citation_abstract_html_url', content: 'https://h.org/ja/events/x/' },
    { name: 'citation_language', content: 'ja' },
  ]);
});

describe('edition dates', () => {
  test('last updated: EDITION_UPDATED, else the last commit; anything else stops the build', () => {
    expect(lastUpdated({ EDITION_UPDATED: '2026-11-30' }, () => '2026-11-29\n')).toBe('2026-11-30');
    expect(lastUpdated({}, () => '2026-11-29\n')).toBe('2026-11-29');
    expect(() => lastUpdated({}, () => '')).toThrow(/EDITION_UPDATED=YYYY-MM-DD/);
    expect(() => lastUpdated({ EDITION_UPDATED: '29.11.2026' }, () => '')).toThrow(/must be a day as YYYY-MM-DD/);
  });
  test.each([
    ['ja', '2026年11月29日'],
    ['en', '29 November 2026'],
  ] as const)('formatDay in %s', (lang, text) => {
    expect(formatDay('2026-11-29', lang)).toBe(text);
  });
});
