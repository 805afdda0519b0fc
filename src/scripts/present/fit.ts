/**
 * Scales a slide's type so that it fills its screen without overflowing (src/lib/slide-parts.ts finds the
 * scale). The CSS sizes the type as calc(base × --fit). Only when even the smallest scale overflows (a phone)
 * may the slide scroll, as a last resort.
 */
import { fitScale } from '../../lib/slide-parts';

export const MIN_SCALE = 0.72;
export const MAX_SCALE = 1.5;

const overflows = (slide: HTMLElement) =>
  slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth;

/** Fit `slide` (shown) to its box; cheap when nothing changed since the last fit. */
export function fitSlide(slide: HTMLElement): void {
  const key = `${slide.clientWidth}x${slide.clientHeight}`;
  if (slide.dataset.fittedFor === key) return;
  slide.classList.remove('is-overflowing');
  const scale = fitScale(
    (s) => {
      slide.style.setProperty('--fit', s.toFixed(3));
      return overflows(slide);
    },
    MIN_SCALE,
    MAX_SCALE,
  );
  slide.style.setProperty('--fit', (scale ?? MIN_SCALE).toFixed(3));
  slide.classList.toggle('is-overflowing', scale === null);
  slide.dataset.fit = (scale ?? MIN_SCALE).toFixed(3);
  slide.dataset.fittedFor = key;
}
