import { describe, expect, test } from 'vitest';
import { accountsFor, chartedPositions, questionRows, questionsOfEvent, sideCounts } from '../../src/lib/questions';
import { layoutPositionChart } from '../../src/lib/position-chart';
import { statesFigure } from '../../src/lib/content/questions';
import type { Account, ResolvedEvent } from '../../src/lib/content/types';

const account = (sideKind: Account['sideKind'], en: string): Account => ({
  side: sideKind,
  sideKind,
  marker: sideKind === 'japanese' ? '●' : sideKind === 'soviet' ? '★' : '',
  paper: 'ozawa-1987',
  text: { ja: en, en },
  citations: [],
});
const event = (id: string, earliest: string, themes: string[], accounts: Account[]): ResolvedEvent => ({
  id,
  file: `content/events/${id}.md`,
  date: earliest,
  earliest,
  latest: earliest,
  kind: 'point',
  title: { ja: id, en: id },
  paper: 'ozawa-1987',
  locator: { ja: '', en: '' },
  alsoIn: [],
  themes,
  people: [],
  places: [],
  related: [],
  notes: [],
  accounts,
});

const events = [
  event('1924-09-30-offer', '1924-09-30', ['concessions'], [account('japanese', 'Karakhan offered 15 to 20 percent.')]),
  event(
    '1924-10-06-instruction',
    '1924-10-06',
    ['concessions'],
    [account('soviet', 'Moscow instructed 40 percent.'), account('japanese', 'Japan demanded 60 percent.')],
  ),
  event('1924-11-01-other', '1924-11-01', ['fisheries'], [account('context', 'Unrelated.')]),
  event(
    '1925-01-20-convention',
    '1925-01-20',
    ['concessions', 'fisheries'],
    [
      account('japanese', 'Signed.'),
      account('context', 'Protocol B: 50% of the area.'),
      account('soviet', 'Signed too.'),
    ],
  ),
];
const question = {
  themes: ['concessions'],
  accountsOf: { '1925-01-20-convention': [2, 3] },
  measure: {
    label: { ja: '割合', en: 'Share' },
    positions: [
      {
        event: '1924-10-06-instruction',
        account: 2,
        party: 'japanese' as const,
        value: 60,
        internal: false,
        label: { ja: '要求', en: 'Demand' },
      },
      {
        event: '1924-09-30-offer',
        account: 1,
        party: 'soviet' as const,
        value: [15, 20] as [number, number],
        internal: false,
        label: { ja: '提示', en: 'Offer' },
      },
      {
        event: '1924-10-06-instruction',
        account: 1,
        party: 'soviet' as const,
        value: 40,
        internal: true,
        label: { ja: '訓令', en: 'Instruction' },
      },
      {
        event: '1925-01-20-convention',
        account: 2,
        party: 'agreed' as const,
        value: 50,
        internal: false,
        label: { ja: '合意', en: 'Agreed' },
      },
    ],
  },
};

describe('questionRows', () => {
  test("takes the events with any of the question's themes, in time order, sides in their columns", () => {
    const rows = questionRows(question, events);
    expect(rows.map((r) => r.event.id)).toEqual([
      '1924-09-30-offer',
      '1924-10-06-instruction',
      '1925-01-20-convention',
    ]);
    expect(rows[1]!.japanese.map((a) => a.text.en)).toEqual(['Japan demanded 60 percent.']);
    expect(rows[1]!.soviet.map((a) => a.text.en)).toEqual(['Moscow instructed 40 percent.']);
  });
  test('shows only the chosen accounts of an event that bears on several questions', () => {
    const convention = questionRows(question, events).at(-1)!;
    expect(convention.japanese).toEqual([]);
    expect(convention.others.map((a) => a.text.en)).toEqual(['Protocol B: 50% of the area.']);
    expect(convention.soviet.map((a) => a.text.en)).toEqual(['Signed too.']);
    expect(accountsFor(question, events[0]!)).toBe(events[0]!.accounts);
  });
  test('counts the accounts shown, by side', () => {
    expect(sideCounts(questionRows(question, events))).toEqual({ japanese: 2, soviet: 2, other: 0, context: 1 });
  });
});

test('questionsOfEvent finds the questions sharing a theme with the event', () => {
  const qs = [
    { id: 'a', themes: ['concessions'] },
    { id: 'b', themes: ['fisheries'] },
    { id: 'c', themes: ['recognition'] },
  ];
  expect(questionsOfEvent(qs, events[3]!).map((q) => q.id)).toEqual(['a', 'b']);
  expect(questionsOfEvent(qs, events[0]!).map((q) => q.id)).toEqual(['a']);
});

test('chartedPositions puts the figures in time order with their accounts', () => {
  const positions = chartedPositions(question, events);
  expect(positions.map((p) => [p.event.id, p.party, p.low, p.high])).toEqual([
    ['1924-09-30-offer', 'soviet', 15, 20],
    ['1924-10-06-instruction', 'japanese', 60, 60],
    ['1924-10-06-instruction', 'soviet', 40, 40],
    ['1925-01-20-convention', 'agreed', 50, 50],
  ]);
  expect(positions[1]!.account.text.en).toBe('Japan demanded 60 percent.');
});

describe('statesFigure', () => {
  test.each([
    ['40 percent', 40, true],
    ['40%', 40, true],
    ['from 60 to 50 percent', 50, true],
    ['140 ships', 40, false],
    ['4.5 percent', 5, false],
    ['1,300 soldiers', 300, false],
    ['no figure', 40, false],
  ])('%s states %d: %s', (text, value, expected) => {
    expect(statesFigure(text, value)).toBe(expected);
  });
});

describe('layoutPositionChart', () => {
  const chart = layoutPositionChart(chartedPositions(question, events), { width: 720, height: 320 });
  test('scales time across the plot from the first month to the month after the last', () => {
    expect(chart.xTicks.map((t) => t.month)).toEqual([
      '1924-09-01',
      '1924-10-01',
      '1924-11-01',
      '1924-12-01',
      '1925-01-01',
      '1925-02-01',
    ]);
    expect(chart.xTicks[0]!.x).toBe(chart.plot.left);
    expect(chart.xTicks.at(-1)!.x).toBe(chart.plot.right);
  });
  test('scales figures from 0 to at least 10 points above the highest, in steps of 10', () => {
    expect(chart.yTicks.map((t) => t.value)).toEqual([0, 10, 20, 30, 40, 50, 60, 70]);
    expect(chart.yTicks[0]!.y).toBe(chart.plot.bottom);
    expect(chart.yTicks.at(-1)!.y).toBe(chart.plot.top);
  });
  test('draws a range as a bar from its low to its high figure', () => {
    const range = chart.marks.find((m) => m.position.low === 15)!;
    expect(range.yHigh).toBeLessThan(range.yLow);
  });
  test('joins only the figures put to the other side: internal positions stand alone', () => {
    expect(chart.lines.map((l) => l.party)).toEqual([]);
    const withPublic = layoutPositionChart(
      chartedPositions(
        {
          measure: {
            ...question.measure,
            positions: question.measure.positions.map((p) => ({ ...p, internal: false })),
          },
        },
        events,
      ),
      { width: 720, height: 320 },
    );
    expect(withPublic.lines).toEqual([
      { party: 'soviet', d: expect.stringMatching(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/) },
    ]);
  });
});
