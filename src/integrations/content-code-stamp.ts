/**
 * Astro keeps the content store between builds and clears it only when src/content.config.ts itself changes.
 * Our collections are shaped by code that file imports (schemas, loaders, the validator, the vocabulary), so
 * an edit there would leave entries parsed by the old code until `astro build --force`. This integration
 * hashes that code and clears the store when it changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose code decides what the collections hold. */
const CONTENT_CODE = ['src/schemas', 'src/loaders', 'src/lib/content', 'src/domain'];

export function contentCodeHash(root: string): string {
  const hash = createHash('sha256');
  for (const folder of CONTENT_CODE) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
      .sort();
    for (const file of files) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function contentCodeStamp(): AstroIntegration {
  return {
    name: 'content-code-stamp',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const stampFile = join(cacheDir, 'content-code.sha256');
        const current = contentCodeHash(root);
        const previous = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
        if (previous === current) return;
        const store = join(cacheDir, 'data-store.json');
        if (previous !== null && existsSync(store)) {
          rmSync(store);
          logger.info('the code behind the content collections changed: cleared the content store');
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(stampFile, current);
      },
    },
  };
}
