/** The UI strings as a Japanese and an English reader see them: full-width punctuation, one label per source side. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ja } from '../../src/i18n/ja';
import { en } from '../../src/i18n/en';
import { CONTENT } from '../support/paths';

const JAPANESE = '[\\u3040-\\u30ff\\u3400-\\u9fff]';

describe('Japanese UI strings', () => {
  test.each(Object.entries(ja))('%s uses full-width colons and brackets next to Japanese', (key, value) => {
    expect(value, key).not.toMatch(new RegExp(`${JAPANESE}\\s*[:;]|[(]\\s*${JAPANESE}|${JAPANESE}\\s*[)]`));
  });
  test('the site does not call itself a documentary (史料) timeline: it is compiled from five studies', () => {
    for (const key of ['site.title', 'site.description'] as const) {
      expect(ja[key]).not.toContain('史料年表');
      expect(en[key]).not.toMatch(/documentary/i);
    }
    expect(ja['site.title']).toContain('研究論文');
  });
});

describe('one English and one Japanese label per source side', () => {
  const side = (id: string) =>
    (parse(readFileSync(join(CONTENT, 'sides', `${id}.yaml`), 'utf8')) as { label: { ja: string; en: string } }).label;
  test.each([
    ['japanese', 'side.japanese.short'],
    ['soviet', 'side.soviet.short'],
    ['context', 'side.context.short'],
  ] as const)("the %s column, lane and filter say what its accounts' badges say", (id, key) => {
    expect(en[key]).toBe(side(id).en);
    expect(ja[key]).toBe(side(id).ja);
  });
  test('the filter legend and the bibliography name the concept alike', () => {
    expect(en['timeline.sides']).toBe(en['work.side']);
    expect(ja['timeline.sides']).toBe(ja['work.side']);
  });
});
