/**
 * Moving the window: zoom and pan buttons, + and − keys, ⌘ + wheel (Ctrl + wheel and pinch are vis-timeline's
 * own), the phase presets, and a one-time hint when a plain wheel over the timeline scrolls the page.
 * Every move is written to the URL by the caller's `go`.
 */
import { panWindow, zoomWindow, type Window } from '../../lib/timeline-view';
import type { HistoryMode } from './state-url';

export interface NavigationTarget {
  current(): Window;
  bounds: Window;
  /** The window that shows every event the filters keep. */
  fit(): Window;
  go(w: Window, mode: HistoryMode): void;
}

const HINT_KEY = 'timeline-wheel-hint-seen';

export function wireNavigation(root: HTMLElement, canvas: HTMLElement, target: NavigationTarget): void {
  const actions: Record<string, () => Window> = {
    'zoom-in': () => zoomWindow(target.current(), 0.5, target.bounds),
    'zoom-out': () => zoomWindow(target.current(), 2, target.bounds),
    earlier: () => panWindow(target.current(), -0.5, target.bounds),
    later: () => panWindow(target.current(), 0.5, target.bounds),
    fit: () => target.fit(),
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-nav]')) {
    const action = actions[button.dataset.nav!];
    if (action)
      button.addEventListener('click', () => target.go(action(), button.dataset.nav === 'fit' ? 'push' : 'replace'));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-phase-from]')) {
    button.addEventListener('click', () => {
      const start = Date.parse(`${button.dataset.phaseFrom}T00:00:00Z`);
      const end = Date.parse(`${button.dataset.phaseTo}T00:00:00Z`) + 86_400_000;
      target.go({ start, end }, 'push');
    });
  }
  canvas.addEventListener('keydown', (e) => {
    const key =
      e.key === '+' || e.key === '='
        ? 'zoom-in'
        : e.key === '-' || e.key === '_'
          ? 'zoom-out'
          : e.key === 'PageUp'
            ? 'earlier'
            : e.key === 'PageDown'
              ? 'later'
              : null;
    if (!key || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    target.go(actions[key]!(), 'replace');
  });
  const hint = root.querySelector<HTMLElement>('[data-wheel-hint]');
  let shown = false;
  canvas.addEventListener(
    'wheel',
    (e) => {
      if (e.metaKey && !e.ctrlKey) {
        // ⌘ + wheel zooms on a Mac, as Ctrl + wheel does elsewhere.
        e.preventDefault();
        target.go(zoomWindow(target.current(), e.deltaY > 0 ? 1.25 : 0.8, target.bounds), 'replace');
        return;
      }
      if (e.ctrlKey || !hint || shown) return;
      shown = true;
      try {
        if (sessionStorage.getItem(HINT_KEY)) return;
        sessionStorage.setItem(HINT_KEY, '1');
      } catch {
        // Storage refused (private mode): the hint shows once per page.
      }
      hint.hidden = false;
      setTimeout(() => (hint.hidden = true), 8000);
    },
    { passive: false },
  );
}
