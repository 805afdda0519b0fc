/**
 * Layout of the chart of the figures each side put forward on a question (shares in percent over time), as
 * plain numbers and SVG path strings, so that the page draws it at build time with no script.
 */
import type { Party } from '../schemas/question';
import type { ChartedPosition } from './questions';

export interface ChartMark {
  party: Party;
  x: number;
  /** Top and bottom of the mark: equal for a single figure, apart for a range ("15 to 20 percent"). */
  yHigh: number;
  yLow: number;
  position: ChartedPosition;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: Array<{ x: number; month: string }>;
  yTicks: Array<{ y: number; value: number }>;
  marks: ChartMark[];
  /** One line per party through the figures it put to the other side, in time order (the middle of a range). */
  lines: Array<{ party: Party; d: string }>;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** First days of the months from the month of `first` to the month after `last`, as ISO days. */
function monthStarts(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = last.slice(0, 7);
  for (;;) {
    const iso = `${year}-${String(month).padStart(2, '0')}`;
    months.push(`${iso}-01`);
    if (iso > end) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/**
 * @example layoutPositionChart(positions, { width: 720, height: 320 }).marks[0].x // left edge of the plot
 */
export function layoutPositionChart(
  positions: ChartedPosition[],
  size: { width: number; height: number },
): ChartLayout {
  if (positions.length === 0) throw new Error('a chart needs positions');
  const plot = { left: 48, right: size.width - 32, top: 16, bottom: size.height - 40 };
  const months = monthStarts(positions[0]!.event.earliest, positions.at(-1)!.event.earliest);
  const [start, end] = [dayNumber(months[0]!), dayNumber(months.at(-1)!)];
  const x = (iso: string) => plot.left + ((dayNumber(iso) - start) / (end - start)) * (plot.right - plot.left);
  const top = Math.ceil((Math.max(...positions.map((p) => p.high)) + 10) / 10) * 10;
  const y = (value: number) => plot.bottom - (value / top) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;

  const marks = positions.map((position) => ({
    party: position.party,
    x: round(x(position.event.earliest)),
    yHigh: round(y(position.high)),
    yLow: round(y(position.low)),
    position,
  }));
  const parties = [...new Set(marks.map((m) => m.party))];
  const lines = parties.flatMap((party) => {
    const own = marks.filter((m) => m.party === party && !m.position.internal);
    if (own.length < 2) return [];
    return [{ party, d: own.map((m, i) => `${i ? 'L' : 'M'}${m.x} ${round((m.yHigh + m.yLow) / 2)}`).join(' ') }];
  });
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: months.map((month) => ({ x: round(x(month)), month })),
    yTicks: Array.from({ length: top / 10 + 1 }, (_, i) => ({ y: round(y(i * 10)), value: i * 10 })),
    marks,
    lines,
  };
}
