/** The built site (dist/, built by the global setup from the real content). */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/paths';
import type { EventRecord } from '../../src/lib/exports';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const events = JSON.parse(read('data/events.json')) as EventRecord[];
const workIds = new Set((JSON.parse(read('data/works.json')) as Array<{ id: string }>).map((w) => w.id));

describe('/data/events.json', () => {
  test('has every event with the documented fields', () => {
    expect(events.length).toBeGreaterThan(200);
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(
        [
          'accounts',
          'alsoIn',
          'date',
          'dateAsWritten',
          'earliest',
          'id',
          'latest',
          'locator',
          'notes',
          'oldStyle',
          'paper',
          'people',
          'places',
          'related',
          'themes',
          'title',
          'url',
        ].sort(),
      );
      expect(event.earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.title.ja && event.title.en).toBeTruthy();
      expect(event.url.ja).toMatch(new RegExp(`/ja/events/${event.id}/$`));
      for (const account of event.accounts) {
        expect([
          'japanese',
          'soviet',
          'context',
          'omsk',
          'provisional-government',
          'russian-empire',
          'far-eastern-republic',
          'united-states',
          'china',
          'britain',
        ]).toContain(account.side);
        for (const c of account.citations) {
          // The short form as printed, resolved to a work of the bibliography.
          expect(c.citedAs).toMatch(/\S/);
          expect(workIds).toContain(c.work);
        }
      }
    }
  });
  test("keeps the paper's short citation exactly, resolved to work and pages", () => {
    const meeting = events.find((e) => e.id === '1923-09-22-karakhan-yoshizawa-first-meeting')!;
    const soviet = meeting.accounts.find(
      (a) => a.side === 'soviet' && a.citations.some((c) => c.citedAs === 'ソコロフ 127'),
    )!;
    expect(soviet.marker).toBe('★');
    expect(soviet.citations).toContainEqual({ work: 'sokolov-1983', pages: '127', citedAs: 'ソコロフ 127' });
    const japanese = meeting.accounts.find((a) => a.side === 'japanese')!;
    expect(japanese.marker).toBe('●');
    expect(japanese.citations[0]).toEqual({ work: 'nakano-1964', pages: '92', citedAs: '中野 92' });
  });
  test('is in time order', () => {
    const starts = events.map((e) => e.earliest);
    expect([...starts].sort()).toEqual(starts);
  });
});

test('/data/works.json is CSL-JSON with every cited work', () => {
  const works = JSON.parse(read('data/works.json')) as Array<{ id: string; type: string; title: string }>;
  const ids = new Set(works.map((w) => w.id));
  for (const w of works) expect(w.type && w.title).toBeTruthy();
  for (const e of events) for (const a of e.accounts) for (const c of a.citations) expect(ids.has(c.work)).toBe(true);
});

describe('pages', () => {
  test('every event has a permalink page in both languages', () => {
    for (const e of events) {
      expect(existsSync(join(DIST, 'ja', 'events', e.id, 'index.html')), e.id).toBe(true);
      expect(existsSync(join(DIST, 'en', 'events', e.id, 'index.html')), e.id).toBe(true);
    }
  });
  test('the complete chronology is on one page per year, every event on the page of its first year, with badges', () => {
    for (const lang of ['ja', 'en']) {
      const home = read(`${lang}/index.html`);
      const years = [...new Set(events.map((e) => e.id.slice(0, 4)))];
      for (const year of years) {
        expect(home, year).toContain(`href="/${lang}/chronology/${year}/"`);
        const html = read(`${lang}/chronology/${year}/index.html`);
        for (const e of events.filter((x) => x.id.startsWith(year)))
          expect(html, e.id).toContain(`data-event-id="${e.id}"`);
      }
      expect(read(`${lang}/chronology/1923/index.html`)).toContain('class="side-badge side-soviet"');
    }
  });
  test('the timeline page does not carry the chronology: its size follows the screen, not the corpus', () => {
    for (const lang of ['ja', 'en']) {
      const html = read(`${lang}/index.html`);
      expect(html).not.toContain('class="chronology-entry"');
      expect(html.length).toBeLessThan(120_000);
    }
  });
  test('an event page shows both sides, the era, the date as written and full references', () => {
    const html = read('ja/events/1923-09-22-karakhan-yoshizawa-first-meeting/index.html');
    expect(html).toContain('大正12年9月22日');
    expect(html).toContain('column-japanese');
    expect(html).toContain('column-soviet');
    expect(html).toContain('Соколов');
    expect(html).toContain('ソコロフ 127');
    expect(html).not.toMatch(/<script(?![^>]*type="application\/json")[^>]*>[^<]+<\/script>/);
  });
  test('partial dates stay partial', () => {
    expect(read('ja/events/1924-02-21-karakhan-proposes-talks-yoshizawa-seeks-instructions/index.html')).toContain(
      '1924年2月下旬',
    );
    expect(read('en/events/1924-02-21-karakhan-proposes-talks-yoshizawa-seeks-instructions/index.html')).toContain(
      'late February 1924',
    );
  });
  test('the root sends readers to a language', () => {
    const html = read('index.html');
    expect(html).toContain('url=/ja/');
    expect(html).toContain('href="/en/"');
  });
  test('pages forbid inline script', () => {
    for (const page of ['ja/index.html', 'en/events/1925-01-20-basic-convention-signed/index.html']) {
      const html = read(page);
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain("'unsafe-inline' 'self'");
      expect(csp.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
    }
  });
});

test('a permalink unfurls: Open Graph and Twitter meta with title, date and a one-line summary', () => {
  const html = read('en/events/1925-01-20-basic-convention-signed/index.html');
  const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1];
  expect(meta('property', 'og:title')).toMatch(/Basic Convention|Convention/);
  expect(meta('property', 'og:description')).toMatch(/^20 January 1925\. /);
  expect(meta('property', 'og:url')).toMatch(/\/en\/events\/1925-01-20-basic-convention-signed\/$/);
  expect(meta('property', 'og:type')).toBe('article');
  expect(meta('name', 'twitter:card')).toBe('summary_large_image');
  expect(meta('property', 'og:image')).toMatch(/^https?:\/\/[^/]+\/og\/en\.png$/);
  // The preview image is a 1200×630 PNG made by the build.
  const png = readFileSync(join(DIST, 'og', 'en.png'));
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(meta('name', 'twitter:title')).toBe(meta('property', 'og:title'));
  expect(meta('name', 'description')!.length).toBeLessThanOrEqual(170);
  const ja = read('ja/events/1925-01-20-basic-convention-signed/index.html');
  expect(/<meta property="og:description" content="([^"]*)"/.exec(ja)?.[1]).toMatch(/^1925年1月20日。/);
});
