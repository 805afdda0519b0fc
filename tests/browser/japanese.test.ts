/**
 * Japanese that reads as Japanese and one name and colour per source side, in real Chromium on the built site:
 * no slanted Japanese, indexes in reading order, katakana names with their separator, era years across a change
 * of era, and the same English label for a source side in the lanes, the filters, the event page and the slides.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { closeChecked, collectErrors, launchBrowser, newContext } from '../support/browser';
import { CONTENT } from '../support/paths';

const base = inject('baseUrl');
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, close } = await launchBrowser());
});
afterAll(async () => close?.());

async function open(path: string, ready?: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  collectErrors(page, path);
  await page.goto(`${base}${path}`);
  if (ready) await page.waitForSelector(ready);
  return page;
}

/** Elements whose own text has Japanese in it, with their computed font-style. */
const japaneseStyles = (page: Page) =>
  page.evaluate(() => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
    return [...document.querySelectorAll('body *')]
      .map((el) => ({
        el,
        own: [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      }))
      .filter(({ own }) => japanese.test(own))
      .map(({ el, own }) => ({
        text: `${el.tagName.toLowerCase()}.${el.className}: ${own.slice(0, 40)}`,
        style: getComputedStyle(el).fontStyle,
        className: String(el.className),
      }));
  });

const TIMELINE_READY = '[data-timeline-app][data-ready="true"]';
const EMPTY_SIDE_EVENT = '1880-karakhan-born-in-tiflis';
const MANY_REFERENCES_EVENT = '1925-01-20-basic-convention-signed';

describe('no slanted Japanese', () => {
  test.each([
    ['ja', `/ja/events/${EMPTY_SIDE_EVENT}/`, undefined],
    ['ja', `/ja/events/${MANY_REFERENCES_EVENT}/`, undefined],
    ['ja', `/ja/?event=${MANY_REFERENCES_EVENT}`, TIMELINE_READY],
    ['ja', '/ja/works/', undefined],
    ['en', `/en/events/${MANY_REFERENCES_EVENT}/`, undefined],
    ['en', `/en/?event=${MANY_REFERENCES_EVENT}`, TIMELINE_READY],
    ['en', '/en/works/', undefined],
  ])('%s %s: no element whose text is Japanese is italic', async (lang, path, ready) => {
    const page = await open(path, ready);
    const styles = await japaneseStyles(page);
    expect(styles.length).toBeGreaterThan(lang === 'ja' ? 50 : 3);
    expect(styles.filter((s) => s.style !== 'normal').map((s) => s.text)).toEqual([]);
    await closeChecked(page);
  });

  test('the Japanese texts that used to be slanted (no account from a side, fields not stated) are upright', async () => {
    const page = await open(`/ja/events/${EMPTY_SIDE_EVENT}/`);
    const styles = await japaneseStyles(page);
    const of = (className: string) => styles.filter((s) => s.className.includes(className)).map((s) => s.style);
    expect(of('empty-column').length).toBeGreaterThan(0);
    expect(of('not-stated').length).toBeGreaterThan(0);
    expect(new Set([...of('empty-column'), ...of('not-stated')])).toEqual(new Set(['normal']));
    await closeChecked(page);
  });
});

/** name → reading, read straight from the content files. */
function readings(folder: 'people' | 'places'): Map<string, { ja: string; en: string; yomi: string }> {
  return new Map(
    readdirSync(join(CONTENT, folder)).map((file) => {
      const entry = parse(readFileSync(join(CONTENT, folder, file), 'utf8')) as {
        name: { ja: string; en: string };
        yomi: string;
      };
      return [file, { ja: entry.name.ja, en: entry.name.en, yomi: entry.yomi }];
    }),
  );
}

describe('indexes in reading order', () => {
  const ja = new Intl.Collator('ja');
  const en = new Intl.Collator('en', { sensitivity: 'base' });

  test.each(['people', 'places'] as const)(
    'the Japanese %s index follows the readings; the English one the English names',
    async (folder) => {
      const entries = [...readings(folder).values()];
      const page = await open(`/ja/${folder}/`);
      const shown = await page.$$eval('.index-list li > a', (links) => links.map((a) => a.textContent));
      expect(shown).toEqual([...entries].sort((a, b) => ja.compare(a.yomi, b.yomi)).map((e) => e.ja));
      await page.goto(`${base}/en/${folder}/`);
      const shownEn = await page.$$eval('.index-list li > a', (links) => links.map((a) => a.textContent));
      expect(shownEn).toEqual([...entries].sort((a, b) => en.compare(a.en, b.en)).map((e) => e.en));
      await closeChecked(page);
    },
  );

  test('kanji names are filed by their reading among the katakana names, as in a Japanese index', async () => {
    const page = await open('/ja/people/');
    const shown = (await page.$$eval('.index-list li > a', (links) =>
      links.map((a) => a.textContent ?? ''),
    )) as string[];
    const at = (name: string) => shown.indexOf(name);
    // いぬかい < かとう たかあき < かとう ともさぶろう < ごとう; 犬養 comes after イヴァン (い + ヴ) and before ウラジーミル.
    expect(at('犬養毅')).toBeLessThan(at('加藤高明'));
    expect(at('加藤高明')).toBeLessThan(at('加藤友三郎'));
    expect(at('加藤友三郎')).toBeLessThan(at('後藤新平'));
    expect(at('イヴァン・スミルノフ')).toBeLessThan(at('犬養毅'));
    expect(at('犬養毅')).toBeLessThan(at('ウラジーミル・レーニン'));
    await closeChecked(page);
  });

  test('the person filter of the Japanese timeline follows the readings', async () => {
    const people = readings('people');
    const yomi = new Map([...people.values()].map((p) => [p.ja, p.yomi]));
    const page = await open('/ja/', TIMELINE_READY);
    const labels = await page.$$eval('input[name="person"]', (inputs) =>
      inputs.map((i) => (i.parentElement?.textContent ?? '').replace(/\s*[(（]\d+[)）]\s*$/, '').trim()),
    );
    expect(labels.length).toBeGreaterThan(30);
    const sorted = [...labels].sort((a, b) => ja.compare(yomi.get(a)!, yomi.get(b)!));
    expect(labels).toEqual(sorted);
    await closeChecked(page);
  });
});

describe('names, eras', () => {
  test.each([
    `/ja/events/${MANY_REFERENCES_EVENT}/`,
    '/ja/works/',
    `/en/events/${MANY_REFERENCES_EVENT}/`,
    '/en/works/',
  ])('%s gives シュラトフ・ヤロスラブ with its separator', async (path) => {
    const page = await open(path);
    const text = (await page.textContent('main')) ?? '';
    expect(text).toContain('シュラトフ・ヤロスラブ');
    expect(text).not.toContain('シュラトフヤロスラブ');
    await closeChecked(page);
  });

  test('a 1912 event gives both eras of that year, on its page and in the chronology', async () => {
    const page = await open('/ja/events/1912-third-russo-japanese-agreement/');
    expect(await page.textContent('.event-page-date .era')).toBe('（明治45年／大正元年）');
    await page.goto(`${base}/ja/chronology/1912/`);
    const entry = page.locator('[data-event-id="1912-third-russo-japanese-agreement"] .era').first();
    expect(await entry.textContent()).toContain('明治45年／大正元年');
    await closeChecked(page);
  });
});

describe('one label and one colour per source side', () => {
  const OTHER_SIDE_EVENT = '1923-01-23-soviet-government-confirms-sinclair-concession';
  const KINDS = ['japanese', 'soviet', 'other'] as const;

  async function labelsAndColours(page: Page, selector: (kind: string) => string) {
    return page.evaluate(
      ({ kinds, selectors }) =>
        Object.fromEntries(
          kinds.map((kind, i) => {
            const el = document.querySelector<HTMLElement>(selectors[i]!);
            return [
              kind,
              el
                ? {
                    label: (el.textContent ?? '').replace(/\s*[(（]\d+[)）]\s*$/, '').trim(),
                    colour: getComputedStyle(el).color,
                  }
                : null,
            ];
          }),
        ),
      { kinds: [...KINDS], selectors: KINDS.map(selector) },
    );
  }

  test.each(['en', 'ja'])(
    '%s: lanes, filters, the event panel, event columns and slide columns name and colour each side alike',
    async (lang) => {
      {
        const timeline = await open(`/${lang}/?event=${OTHER_SIDE_EVENT}`, TIMELINE_READY);
        await timeline.waitForSelector('.event-detail .column-other > h4');
        const panel = await labelsAndColours(timeline, (k) => `.event-detail .column-${k} > h4`);
        await timeline.waitForSelector('.lane-label');
        const lanes = await labelsAndColours(timeline, (k) => `.lane-label.lane-${k}`);
        const filters = await labelsAndColours(timeline, (k) => `.filter-option.side-${k}`);
        const page = await open(`/${lang}/events/${OTHER_SIDE_EVENT}/`);
        const columns = await labelsAndColours(page, (k) => `.account-column.column-${k} > h3`);
        const badges = await labelsAndColours(page, (k) => `.side-badge.side-${k}`);
        const slides = await open(`/${lang}/present/?event=${OTHER_SIDE_EVENT}`, '[data-present][data-ready="true"]');
        const slideColumns = await labelsAndColours(slides, (k) => `.slide.is-current .column-${k} h3`);
        for (const kind of KINDS) {
          const seen = [lanes[kind], filters[kind], panel[kind], columns[kind], slideColumns[kind]];
          expect(seen.every(Boolean), `${lang} ${kind}: ${JSON.stringify(seen)}`).toBe(true);
          expect(
            new Set(seen.map((s) => s!.label)).size,
            `${lang} ${kind} labels: ${seen.map((s) => s!.label).join(' | ')}`,
          ).toBe(1);
          expect(new Set(seen.map((s) => s!.colour)).size, `${lang} ${kind} colours`).toBe(1);
        }
        // This event has Japanese-side and other accounts (and none from Soviet-side sources): their badges match too.
        expect(badges.japanese!.colour).toBe(lanes.japanese!.colour);
        expect(badges.other!.colour).toBe(lanes.other!.colour);
        if (lang === 'en') {
          expect(lanes.japanese!.label).toBe('● Japanese-side sources');
          expect(lanes.soviet!.label).toBe('★ Soviet-side sources');
          // An account's badge names its side in the same words as the column it sits in.
          expect(await page.textContent('.column-japanese .side-badge.side-japanese .side-label')).toBe(
            'Japanese-side sources',
          );
        }
        for (const p of [timeline, page, slides]) await closeChecked(p);
      }
    },
    240_000,
  );
});
