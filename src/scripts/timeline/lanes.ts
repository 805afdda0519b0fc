/**
 * The lanes: creates the vis-timeline (axis in the page's language, plain wheel left to the page, zoom with
 * Ctrl/⌘ or a pinch) and draws the items of the current window — titles where they fit, counts elsewhere.
 */
import { endOf, itemsForWindow, type TimelineItem, type WindowIndex } from '../../lib/timeline-items';
import { axisLabel, dayMs, fromWindow, titlesPerCell, type AxisScale, type Window } from '../../lib/timeline-view';
import { hasBothSides } from '../../lib/filter';
import type { TimelineIndexEntry } from '../../lib/timeline-data';
import { SIDE_KINDS, type SideKindParam } from '../../lib/view-state';
import { DAY_MS } from '../../lib/timeline-items';
import { el } from '../dom';
import type { VisDataSet, VisModule, VisTimeline } from './vis';
import { fill, type TimelineStrings } from './strings';

interface VisItem {
  id: string;
  group: SideKindParam;
  start: Date;
  end?: Date;
  type: 'point' | 'range';
  className: string;
  label?: string;
  count?: number;
  lane: SideKindParam;
  'event-id'?: string;
  side: SideKindParam;
  bucket?: string;
}
/** Everything about an item that its drawing depends on. */
const itemSignature = (item: VisItem): string =>
  [
    item.group,
    item.start.valueOf(),
    item.end?.valueOf() ?? '',
    item.type,
    item.className,
    item.label ?? '',
    item.count ?? '',
  ].join('|');

interface Handlers {
  select: (id: string) => void;
  zoomTo: (w: Window) => void;
  moved: (w: Window, byUser: boolean) => void;
}

export class Lanes {
  readonly timeline: VisTimeline;
  private items: VisDataSet<VisItem>;
  private groups: VisDataSet<unknown>;
  private events: WindowIndex<TimelineIndexEntry>;
  private keep: (e: TimelineIndexEntry) => boolean = () => true;
  private lanes: Set<SideKindParam>;
  private selected: string | null = null;
  private queued = false;
  /** What vis-timeline was last given for each item (see itemSignature): unchanged items are not sent again. */
  private drawn = new Map<string, string>();

  constructor(
    vis: VisModule,
    private canvas: HTMLElement,
    private strings: TimelineStrings,
    events: WindowIndex<TimelineIndexEntry>,
    bounds: Window,
    initial: Window,
    lanes: Set<SideKindParam>,
    private handlers: Handlers,
  ) {
    this.events = events;
    this.items = new vis.DataSet<VisItem>([]);
    // The four lanes are made with the timeline, so its first drawing already has them (adding them after
    // cost one more full redraw); a side filter only shows or hides them.
    this.lanes = lanes;
    this.groups = new vis.DataSet<unknown>(this.laneGroups());
    const lang = strings.lang;
    const label = (kind: 'minor' | 'major') => (date: { valueOf(): number }, scale: AxisScale) =>
      axisLabel(date.valueOf(), scale, lang, kind);
    this.timeline = new vis.Timeline(canvas, this.items, this.groups, {
      start: new Date(initial.start),
      end: new Date(initial.end),
      min: new Date(bounds.start),
      max: new Date(bounds.end),
      zoomMin: 7 * DAY_MS,
      // Day boundaries in UTC: a date never shifts with the reader's time zone.
      moment: (date: Date) => vis.moment(date).utc(),
      // Axis labels in the page's language, whatever the browser's.
      locale: lang,
      format: { minorLabels: label('minor'), majorLabels: label('major') },
      // A plain wheel scrolls the page; Ctrl + wheel (or a pinch) zooms. ⌘ + wheel is handled in navigation.ts.
      zoomKey: 'ctrlKey',
      verticalScroll: false,
      horizontalScroll: false,
      orientation: 'top',
      stack: true,
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      groupOrder: 'order',
      margin: { item: { horizontal: 4, vertical: 4 } },
      // data-event-id and data-side on every item: stable hooks for tests and for anyone scripting the page.
      dataAttributes: ['event-id', 'side', 'bucket'],
      // Items are built from text nodes: nothing from an entry is ever parsed as HTML.
      template: (item: VisItem) => this.itemNode(item),
    });
    // vis-timeline keeps its drawing hidden (a loading screen over it) until a 'rangechanged', which it
    // debounces by 200 ms, although the window given above is already applied: announce it now, so the lanes
    // show with vis-timeline's first drawing. Before the island's own listener, which needs no such news.
    this.timeline.emit('rangechanged', { start: new Date(initial.start), end: new Date(initial.end), byUser: false });
    this.timeline.on('rangechanged', (props: { byUser: boolean; start: Date; end: Date }) => {
      this.queue();
      this.handlers.moved({ start: props.start.valueOf(), end: props.end.valueOf() }, props.byUser);
    });
    this.timeline.on('select', (props: { items: string[] }) => {
      const id = props.items[0];
      if (!id) return;
      const item = this.items.get(id);
      if (item?.bucket && item.end) this.handlers.zoomTo({ start: item.start.valueOf(), end: item.end.valueOf() });
      else this.handlers.select(id.split('::')[0]!);
    });
    // Hovering one lane's item highlights the same event in the other lanes.
    this.timeline.on('itemover', (props: { item: string }) =>
      canvas
        .querySelectorAll<HTMLElement>('.vis-item.linked')
        .forEach((n) => n.classList.toggle('link-hover', n.dataset.eventId === props.item.split('::')[0])),
    );
    this.timeline.on('itemout', () =>
      canvas.querySelectorAll('.link-hover').forEach((n) => n.classList.remove('link-hover')),
    );
  }

  private itemNode(item: VisItem): HTMLElement {
    const node = el('span', undefined, 'item-label');
    if (item.count !== undefined) {
      node.textContent = item.count === 1 ? this.strings.bucketOne : fill(this.strings.bucket, { count: item.count });
      return node;
    }
    // The lane names the side (● ★ ◆); the item shows only its title.
    node.append(item.label ?? '');
    if (item.className.includes('linked')) node.append(el('span', ' ⇅', 'item-linked'));
    return node;
  }

  /** The events to draw from (the opening period's first, then every event); drawn again by the next show(). */
  setEvents(events: WindowIndex<TimelineIndexEntry>): void {
    this.events = events;
  }

  /** What to draw: the filter's events, in the lanes of the visible sides; the selected event always. */
  show(keep: (e: TimelineIndexEntry) => boolean, lanes: Set<SideKindParam>, selected: string | null): void {
    this.keep = keep;
    this.selected = selected;
    if (lanes.size !== this.lanes.size || [...lanes].some((l) => !this.lanes.has(l))) {
      this.lanes = lanes;
      // Only the lanes' visibility changes, so the items of the lanes that stay are not handed over again.
      this.groups.update(this.laneGroups());
    }
    // At once, not in the next frame: vis-timeline redraws in the frame after it is given the items, so a
    // filter change shows one frame sooner.
    this.render();
  }

  private laneGroups() {
    return SIDE_KINDS.map((k, order) => ({
      id: k,
      content: this.laneLabel(k),
      order,
      className: `lane lane-${k}`,
      visible: this.lanes.has(k),
    }));
  }

  private laneLabel(kind: SideKindParam): HTMLElement {
    const label = el('span', undefined, `lane-label lane-${kind}`);
    const { marker, name } = this.strings.lanes[kind];
    if (marker) label.append(el('span', marker, 'lane-marker'));
    label.append(el('span', `${marker ? ' ' : ''}${name}`, 'lane-name'));
    return label;
  }

  /** Draw in the next frame (window moves come many to a frame). */
  queue(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.render();
    });
  }

  private render(): void {
    const w = this.getWindow();
    const { items } = itemsForWindow(this.events, fromWindow(w), {
      keep: this.keep,
      lanes: this.lanes,
      widthPx: this.canvas.querySelector<HTMLElement>('.vis-center')?.clientWidth ?? this.canvas.clientWidth,
      titlePx: matchMedia('(max-width: 40rem)').matches ? 150 : 200,
      perCell: titlesPerCell({ width: innerWidth, height: innerHeight }, this.lanes.size),
      always: new Set(this.selected ? [this.selected] : []),
    });
    const next = items.map((i) => this.toVis(i));
    const ids = new Set(next.map((i) => i.id));
    const gone = this.items.getIds().filter((id) => !ids.has(id));
    for (const id of gone) this.drawn.delete(id);
    // Hand vis-timeline only what changed: every updated item is redrawn, and most survive a filter change.
    const changed = next.filter((item) => {
      const signature = itemSignature(item);
      if (this.drawn.get(item.id) === signature) return false;
      this.drawn.set(item.id, signature);
      return true;
    });
    if (gone.length) this.items.remove(gone);
    if (changed.length) this.items.update(changed);
    this.timeline.setSelection(
      this.selected ? next.filter((i) => i['event-id'] === this.selected).map((i) => i.id) : [],
    );
    this.canvas.dataset.itemsInWindow = String(next.length);
    this.canvas.dataset.bucketed = String(items.some((i) => i.type === 'bucket'));
    // The benchmark's instrument: when the timeline first hands its items to vis-timeline.
    if (!performance.getEntriesByName('timeline-items').length) performance.mark('timeline-items');
    this.canvas.dispatchEvent(new CustomEvent('timeline-rendered'));
  }

  private toVis(item: TimelineItem): VisItem {
    if (item.type === 'bucket') {
      return {
        id: item.id,
        group: item.lane,
        start: new Date(item.startMs),
        end: new Date(item.endMs),
        type: 'range',
        className: `bucket lane-${item.lane}`,
        count: item.count,
        lane: item.lane,
        side: item.lane,
        bucket: 'true',
      };
    }
    const event = this.events.byId.get(item.eventId)!;
    const classes = [
      'event-item',
      `lane-${item.lane}`,
      item.shape === 'point' ? 'exact' : item.partial ? 'partial' : 'span',
    ];
    if (item.linked) classes.push('linked');
    if (item.openEnd) classes.push('open-end');
    if (hasBothSides(event)) classes.push('both-sides');
    const base = {
      id: item.id,
      group: item.lane,
      start: new Date(dayMs(item.start)),
      className: classes.join(' '),
      label: event.title,
      lane: item.lane,
      side: item.lane,
      'event-id': item.eventId,
    };
    return item.shape === 'point' ? { ...base, type: 'point' } : { ...base, type: 'range', end: new Date(endOf(item)) };
  }

  getWindow(): Window {
    const w = this.timeline.getWindow();
    return { start: w.start.valueOf(), end: w.end.valueOf() };
  }

  setWindow(w: Window): void {
    this.timeline.setWindow(new Date(w.start), new Date(w.end), { animation: false });
  }
}
