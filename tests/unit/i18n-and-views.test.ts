import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { t } from '../../src/i18n';
import { accountColumns, groupByYear, sidesOf } from '../../src/lib/event-view';
import { switchLanguagePath, eventPath, timelineEventPath } from '../../src/lib/urls';
import type { Account } from '../../src/lib/content/types';

describe('UI strings', () => {
  test('Japanese and English have the same keys, none blank', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(ja), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });
  test('placeholders are filled', () => {
    expect(t('en', 'chronology.count', { count: 3 })).toBe('3 events');
    expect(t('ja', 'chronology.count', { count: 3 })).toBe('全3件');
  });
});

const account = (side: string, sideKind: Account['sideKind']): Account => ({
  side,
  sideKind,
  marker: '',
  paper: 'p',
  text: { ja: 'x', en: 'x' },
  citations: [],
});

describe('event views', () => {
  test('groupByYear keeps order and splits at year boundaries', () => {
    const groups = groupByYear([{ earliest: '1923-09-01' }, { earliest: '1923-12-05' }, { earliest: '1924-01-07' }]);
    expect(groups.map((g) => [g.year, g.events.length])).toEqual([
      ['1923', 2],
      ['1924', 1],
    ]);
  });
  test('sides are ordered ● ★ other context', () => {
    expect(
      sidesOf({
        accounts: [
          account('context', 'context'),
          account('soviet', 'soviet'),
          account('omsk', 'other'),
          account('japanese', 'japanese'),
        ],
      }),
    ).toEqual(['japanese', 'soviet', 'omsk', 'context']);
  });
  test('accountColumns', () => {
    const columns = accountColumns([
      account('soviet', 'soviet'),
      account('soviet', 'soviet'),
      account('japanese', 'japanese'),
    ]);
    expect(columns.soviet).toHaveLength(2);
    expect(columns.japanese).toHaveLength(1);
    expect(columns.context).toHaveLength(0);
  });
});

describe('urls', () => {
  test.each([
    ['/ja/events/x/', 'en', '/en/events/x/'],
    ['/en/', 'ja', '/ja/'],
    ['/en/present/', 'ja', '/ja/present/'],
  ] as const)('%s → %s', (path, to, expected) => {
    expect(switchLanguagePath(path, to)).toBe(expected);
  });
  test('event links', () => {
    expect(eventPath('ja', '1923-09-22-x')).toBe('/ja/events/1923-09-22-x/');
    expect(timelineEventPath('en', '1923-09-22-x')).toBe('/en/?event=1923-09-22-x#timeline');
  });
});
