/**
 * The link-preview image (Open Graph, 1200×630) of the site in one language, drawn as SVG and rasterised to PNG
 * by resvg at build time with the system's Noto CJK fonts (installed with the browser, scripts/install-browser.sh).
 */
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

/** Debian's fonts-noto-cjk; loading only these is much faster than scanning every system font. */
const NOTO = '/usr/share/fonts/opentype/noto';
const FONT_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc'].map((f) => `${NOTO}/${f}`);

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export interface OgText {
  title: string;
  subtitle: string;
  /** Small line at the bottom, e.g. the public address. */
  footer: string;
}

/** The SVG of the preview card: title, subtitle, a bar of the years 1917–1925 with the two sides' markers. */
export function ogSvg(text: OgText): string {
  const years = Array.from({ length: 9 }, (_, i) => 1917 + i);
  const x = (i: number) => 110 + i * 122;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#fbfaf6"/>
  <rect x="0" y="0" width="1200" height="14" fill="#8c2f1b"/>
  <text x="80" y="170" font-family="Noto Serif CJK JP, Noto Serif, serif" font-weight="bold" font-size="58" fill="#1d1d1b">${escapeXml(text.title)}</text>
  <text x="80" y="240" font-family="Noto Sans CJK JP, Noto Sans, sans-serif" font-size="30" fill="#4a4a46">${escapeXml(text.subtitle)}</text>
  <line x1="${x(0)}" y1="400" x2="${x(8)}" y2="400" stroke="#1d1d1b" stroke-width="3"/>
  ${years.map((year, i) => `<line x1="${x(i)}" y1="388" x2="${x(i)}" y2="412" stroke="#1d1d1b" stroke-width="3"/><text x="${x(i)}" y="450" text-anchor="middle" font-family="Noto Sans CJK JP, sans-serif" font-size="24" fill="#4a4a46">${year}</text>`).join('')}
  <text x="${x(6) + 40}" y="370" text-anchor="middle" font-family="Noto Sans CJK JP, sans-serif" font-size="34" fill="#b3261e">●</text>
  <text x="${x(7) + 80}" y="370" text-anchor="middle" font-family="Noto Sans CJK JP, sans-serif" font-size="34" fill="#1f4e9c">★</text>
  <text x="80" y="570" font-family="Noto Sans CJK JP, Noto Sans, sans-serif" font-size="24" fill="#4a4a46">${escapeXml(text.footer)}</text>
</svg>`;
}

export function ogPng(text: OgText): Uint8Array<ArrayBuffer> {
  const fontFiles = FONT_FILES.filter((file) => existsSync(file));
  const font =
    fontFiles.length === FONT_FILES.length ? { fontFiles, loadSystemFonts: false } : { loadSystemFonts: true };
  const resvg = new Resvg(ogSvg(text), {
    font: { ...font, defaultFontFamily: 'Noto Sans CJK JP' },
    fitTo: { mode: 'width', value: 1200 },
  });
  // A copy on a plain ArrayBuffer, which a Response body accepts.
  return new Uint8Array(resvg.render().asPng());
}
