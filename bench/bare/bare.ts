/**
 * The baseline for the benchmark: vis-timeline alone, given every event at once. One DataSet with one item
 * per event and lane (a point for a single day, a range for anything longer, as the site draws them),
 * groups japanese / soviet / context (other labelled sides go to context), the site's opening window and
 * layout options, and nothing else: no filters, no list, no windowing, no bucketing.
 * Marks 'bare-items' (performance.mark) and sets body[data-ready] once items are on screen.
 */
// The same build of vis-timeline as the site's island (its ES build with vis-data's DataSet), so the two pages
// differ only in what the site adds.
import { DataSet, Timeline } from '../../src/scripts/timeline/vis-timeline';
import type { DataItem } from 'vis-timeline/esnext';

interface Datum {
  id: string;
  start: string;
  end: string | null;
  shape: 'point' | 'span';
  title: string;
  sides: string[];
}

const DAY = 86_400_000;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

async function main() {
  const status = document.getElementById('status')!;
  const container = document.getElementById('timeline')!;
  const data = (await (await fetch('/data/timeline.en.json')).json()) as { events: Datum[] };
  const items: DataItem[] = [];
  for (const e of data.events) {
    for (const lane of new Set(e.sides.map((s) => (s === 'other' ? 'context' : s)))) {
      const start = new Date(dayMs(e.start));
      items.push(
        e.shape === 'point'
          ? { id: `${e.id}::${lane}`, group: lane, start, type: 'point', content: e.title }
          : {
              id: `${e.id}::${lane}`,
              group: lane,
              start,
              end: new Date(e.end ? dayMs(e.end) + DAY : dayMs(e.start) + 60 * DAY),
              type: 'range',
              content: e.title,
            },
      );
    }
  }
  const groups = new DataSet([
    { id: 'japanese', content: 'Japanese side', order: 0 },
    { id: 'soviet', content: 'Soviet side', order: 1 },
    { id: 'context', content: 'Context / other', order: 2 },
  ]);
  const timeline = new Timeline(container, new DataSet([]), groups, {
    start: new Date(dayMs('1917-01-01')),
    end: new Date(dayMs('1925-12-31') + DAY),
    min: new Date(dayMs('1905-01-01')),
    max: new Date(dayMs('1945-12-31') + DAY),
    zoomMin: 7 * DAY,
    orientation: 'top',
    stack: true,
    showCurrentTime: false,
    groupOrder: 'order',
    verticalScroll: true,
    maxHeight: 520,
    margin: { item: { horizontal: 2, vertical: 3 } },
  });
  let done = false;
  const finish = (how: string) => {
    if (done || !container.querySelector('.vis-item')) return;
    done = true;
    performance.mark('bare-items');
    document.body.dataset.ready = 'true';
    document.body.dataset.readyBy = how;
    status.textContent = `${items.length} items, ${container.querySelectorAll('.vis-item').length} drawn`;
  };
  timeline.on('changed', () => finish('changed'));
  status.textContent = `drawing ${items.length} items…`;
  timeline.setItems(new DataSet(items));
  // In case the first redraw happened without a 'changed' event.
  requestAnimationFrame(() => finish('frame'));
}

main().catch((error) => {
  document.getElementById('status')!.textContent = `failed: ${String(error)}`;
});
