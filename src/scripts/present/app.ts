/**
 * The presentation island: reads the view from the URL, builds the deck from /data/timeline.<lang>.json
 * (src/lib/deck.ts), shows one slide at a time and keeps slide=N in the URL. Keys, clicker, buttons and
 * swipes move; F or the button toggles full screen; each slide's type is scaled to fit its screen; the slides
 * can be printed one per page.
 */
import { parseViewState } from '../../lib/view-state';
import {
  buildDeck,
  initialIndex,
  keyAction,
  move,
  presentSearch,
  slideParam,
  swipeAction,
  timelineHref,
  type DeckAction,
} from '../../lib/deck';
import type { TimelineData } from '../../lib/timeline-data';
import { renderSlide, type SlideStrings } from './slides';
import { fillQr } from './qr';
import { enableOffline } from './offline';
import { fitSlide } from './fit';

interface Strings extends SlideStrings {
  empty: string;
  loading: string;
  failed: string;
  offlineReady: string;
}

async function start(root: HTMLElement) {
  const strings = JSON.parse(root.querySelector<HTMLScriptElement>('script[data-strings]')!.textContent!) as Strings;
  const deck = root.querySelector<HTMLElement>('[data-deck]')!;
  const container = root.querySelector<HTMLElement>('[data-slides]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const counter = root.querySelector<HTMLElement>('[data-counter]')!;
  const previousButton = root.querySelector<HTMLButtonElement>('[data-previous]')!;
  const nextButton = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const fullscreenButton = root.querySelector<HTMLButtonElement>('[data-fullscreen]')!;
  const offlineStatus = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const timelineLink = root.querySelector<HTMLAnchorElement>('[data-timeline-link]')!;
  // The deck's own language link (the site header is hidden while presenting) and the header's.
  const languageSwitches = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-switch]')].map((link) => ({
    link,
    base: link.getAttribute('href')!.split('?')[0]!,
  }));
  const lang = root.dataset.lang === 'ja' ? 'ja' : 'en';
  const dataUrl = root.dataset.dataUrl!;
  const site = root.dataset.site!;

  root.querySelector<HTMLElement>('[data-present-fallback]')!.hidden = true;
  deck.hidden = false;
  const state = parseViewState(location.search);
  timelineLink.href = timelineHref(lang, state);
  if (!document.fullscreenEnabled) fullscreenButton.hidden = true;

  status.textContent = strings.loading;
  let data: TimelineData;
  try {
    const response = await fetch(dataUrl);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as TimelineData;
  } catch {
    status.textContent = strings.failed;
    return;
  }
  const slides = buildDeck(data, state);
  const nodes = slides.map((slide, i) => renderSlide(slide, i, slides.length, data, strings, site));
  container.replaceChildren(...nodes);
  status.textContent = slides.length ? '' : strings.empty;
  let index = initialIndex(slides, state.event, slideParam(location.search));

  function show(next: number) {
    index = next;
    nodes.forEach((node, i) => node.classList.toggle('is-current', i === index));
    counter.textContent = `${slides.length ? index + 1 : 0} / ${slides.length}`;
    previousButton.setAttribute('aria-disabled', String(index <= 0));
    nextButton.setAttribute('aria-disabled', String(index >= slides.length - 1));
    const current = nodes[index];
    if (!current) return;
    // The QR codes of this slide and its neighbours (the rest when printing).
    for (const i of [index, index + 1, index - 1]) {
      const img = nodes[i]?.querySelector<HTMLImageElement>('img.slide-qr');
      if (img) fillQr(img);
    }
    current.scrollTop = 0;
    fitSlide(current);
    root.dataset.slide = String(index + 1);
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${presentSearch(state, slides[index]!.id, index)}${location.hash}`,
    );
    for (const { link, base } of languageSwitches) link.href = `${base}${location.search}`;
  }

  async function toggleFullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await root.requestFullscreen();
    } catch {
      // Refused (no user gesture, or not allowed in a frame): stay as we are.
    }
  }

  function act(action: DeckAction) {
    if (action === 'fullscreen') void toggleFullscreen();
    else show(move(index, action, slides.length));
  }

  previousButton.addEventListener('click', () => act('previous'));
  nextButton.addEventListener('click', () => act('next'));
  fullscreenButton.addEventListener('click', () => act('fullscreen'));
  document.addEventListener('fullscreenchange', () => {
    const on = document.fullscreenElement === root;
    fullscreenButton.setAttribute('aria-pressed', String(on));
    root.classList.toggle('is-fullscreen', on);
  });
  // A new window size (projector, full screen, rotation) needs the type scaled again.
  let refit = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(refit);
    refit = requestAnimationFrame(() => nodes[index] && fitSlide(nodes[index]!));
  });

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    // Typing (the site search) is never a slide move; Space on a focused button presses that button.
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
    if (event.key === ' ' && target?.closest('button, summary')) return;
    const action = keyAction(event.key, event);
    if (!action) return;
    event.preventDefault();
    act(action);
  });

  // Swipes: touch and pen only (a mouse drag selects text, e.g. to copy a citation).
  let gesture: { id: number; x: number; y: number } | null = null;
  container.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' || !event.isPrimary) return;
    gesture = { id: event.pointerId, x: event.clientX, y: event.clientY };
  });
  container.addEventListener('pointerup', (event) => {
    if (!gesture || event.pointerId !== gesture.id) return;
    const action = swipeAction(event.clientX - gesture.x, event.clientY - gesture.y);
    gesture = null;
    if (action) act(action);
  });
  container.addEventListener('pointercancel', () => {
    gesture = null;
  });

  const fillAll = () => nodes.forEach((node) => fillQr(node.querySelector<HTMLImageElement>('img.slide-qr')!));
  window.addEventListener('beforeprint', fillAll);
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) fillAll();
  });

  show(index);
  root.dataset.ready = 'true';
  void enableOffline(dataUrl, () => {
    root.dataset.offlineReady = 'true';
    offlineStatus.textContent = strings.offlineReady;
  });
}

const root = document.querySelector<HTMLElement>('[data-present]');
if (root) void start(root);
