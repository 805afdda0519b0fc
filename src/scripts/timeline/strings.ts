/** The UI strings the timeline island reads from the page (rendered by TimelineApp.astro from src/i18n). */
import type { SideKindParam } from '../../lib/view-state';
import type { DetailStrings } from './detail-panel';

export interface TimelineStrings extends DetailStrings {
  lang: 'ja' | 'en';
  lanes: Record<SideKindParam, { marker: string; name: string }>;
  resultCount: string;
  position: string;
  positionHidden: string;
  bucket: string;
  bucketOne: string;
  loading: string;
  failed: string;
  loadingEvent: string;
  searching: string;
  lastSide: string;
  window: string;
  empty: string;
  emptyWindow: string;
  inViewMore: string;
  open: string;
}

export function readStrings(root: HTMLElement): TimelineStrings {
  const node = root.querySelector<HTMLScriptElement>('script[data-strings]');
  if (!node?.textContent) throw new Error('timeline: the strings script is missing');
  return JSON.parse(node.textContent) as TimelineStrings;
}

/** Fill "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
