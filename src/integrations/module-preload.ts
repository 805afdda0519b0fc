/**
 * Astro integration: after the build, add `<link rel="modulepreload">` to every page for the chunks its
 * module scripts import (and for those of their dynamic imports `dynamic` names), so they load in parallel
 * with the page and its preloaded data. The rewriting is src/lib/module-preload.ts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addModulePreloads } from '../lib/module-preload.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

export function modulePreload(options: { base: string; dynamic?: RegExp }): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const cache = new Map<string, string | null>();
        const read = (src: string) => {
          if (!src.startsWith(options.base)) return null;
          if (!cache.has(src)) {
            const file = join(out, src.slice(options.base.length));
            cache.set(src, existsSync(file) ? readFileSync(file, 'utf8') : null);
          }
          return cache.get(src)!;
        };
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('type="module"')) continue;
          const next = addModulePreloads(html, read, (f) => options.dynamic?.test(f) ?? false);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
