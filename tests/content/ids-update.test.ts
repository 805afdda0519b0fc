/** `npm run ids:update` on a copy of the mini fixture corpus. */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read';
import { validateContent } from '../../src/lib/content/validate';
import { miniCorpus } from '../support/mini-corpus';
import { ROOT } from '../support/paths';

test('npm run ids:update adds a new event to the list, keeps it sorted and keeps vanished ids', () => {
  const corpus = miniCorpus();
  try {
    corpus.write('events/1924-03-01-new-event.md', corpus.read('events/1924-02-21-late-february.md').replace('date: 1924-02-21/1924-02-29', 'date: 1924-03-01'));
    corpus.write('published-ids.txt', `${corpus.read('published-ids.txt')}1900-01-01-withdrawn\n`);
    expect(validateContent(readContent(corpus.dir)).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^published event id "1900-01-01-withdrawn"/),
      'new event id not in content/published-ids.txt: run npm run ids:update',
    ]);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'update-published-ids.ts'), corpus.dir], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('added 1 id(s)');
    expect(result.stderr).toContain('1900-01-01-withdrawn');
    expect(corpus.read('published-ids.txt')).toBe(['1900-01-01-withdrawn', '1917-11-07-october-revolution', '1923-09-22-first-meeting', '1924-02-21-late-february', '1924-03-01-new-event', ''].join('\n'));
  } finally {
    corpus.cleanup();
  }
});
