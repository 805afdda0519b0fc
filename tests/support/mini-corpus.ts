/** A throw-away copy of the mini fixture corpus that a test can break in one place. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_CONTENT } from './paths';

export interface MiniCorpus {
  /** The content folder. */
  dir: string;
  read(path: string): string;
  write(path: string, text: string): void;
  edit(path: string, from: string | RegExp, to: string): void;
  remove(path: string): void;
  cleanup(): void;
}

export function miniCorpus(): MiniCorpus {
  const root = mkdtempSync(join(tmpdir(), 'nisso-content-'));
  const dir = join(root, 'content');
  cpSync(MINI_CONTENT, dir, { recursive: true });
  const path = (p: string) => join(dir, p);
  return {
    dir,
    read: (p) => readFileSync(path(p), 'utf8'),
    write: (p, text) => writeFileSync(path(p), text),
    edit(p, from, to) {
      const before = readFileSync(path(p), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply: ${String(from)} in ${p}`);
      writeFileSync(path(p), after);
    },
    remove: (p) => rmSync(path(p)),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
