/**
 * Every built event page, without a browser: its HTML plus the stylesheets and scripts it references,
 * gzipped (level 6). Says how many pages reference any script at all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EventPagesScan {
  pages: number;
  /** HTML + referenced CSS + referenced JS, gzipped. */
  maxTotalGzip: number;
  maxPage: string;
  medianTotalGzip: number;
  maxHtmlGzip: number;
  over20k: number;
  withScripts: number;
  /** The assets referenced by event pages and their gzipped sizes. */
  assets: Record<string, number>;
}

const LINK = /<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload)["']?[^>]*>/gi;
const SCRIPT = /<script\b[^>]*\bsrc=["']?([^"' >]+)/gi;
const HREF = /\bhref=["']?([^"' >]+)/i;

export function scanEventPages(outDir: string): EventPagesScan {
  const assetGzip = new Map<string, number>();
  const gz = (path: string) => {
    let size = assetGzip.get(path);
    if (size === undefined) {
      const file = join(outDir, path.split('?')[0]!);
      size = existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0;
      assetGzip.set(path, size);
    }
    return size;
  };
  const totals: number[] = [];
  let maxTotalGzip = 0;
  let maxPage = '';
  let maxHtmlGzip = 0;
  let over20k = 0;
  let withScripts = 0;
  for (const lang of ['ja', 'en']) {
    const dir = join(outDir, lang, 'events');
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir)) {
      const file = join(dir, id, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      const htmlGzip = gzipSync(html, { level: 6 }).length;
      const assets = new Set<string>();
      for (const tag of html.match(LINK) ?? []) {
        const href = HREF.exec(tag)?.[1];
        if (href?.startsWith('/')) assets.add(href);
      }
      let scripts = 0;
      for (const match of html.matchAll(SCRIPT)) {
        scripts++;
        if (match[1]!.startsWith('/')) assets.add(match[1]!);
      }
      if (scripts) withScripts++;
      const total = htmlGzip + [...assets].reduce((sum, a) => sum + gz(a), 0);
      totals.push(total);
      if (total > maxTotalGzip) {
        maxTotalGzip = total;
        maxPage = `/${lang}/events/${id}/`;
      }
      maxHtmlGzip = Math.max(maxHtmlGzip, htmlGzip);
      if (total >= 20 * 1024) over20k++;
    }
  }
  totals.sort((a, b) => a - b);
  return {
    pages: totals.length,
    maxTotalGzip,
    maxPage,
    medianTotalGzip: totals[Math.floor(totals.length / 2)] ?? 0,
    maxHtmlGzip,
    over20k,
    withScripts,
    assets: Object.fromEntries(assetGzip),
  };
}
