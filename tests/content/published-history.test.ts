/**
 * An event deleted together with its line in content/published-ids.txt: the list no longer knows the id, but
 * git does. In a git checkout the deletion is refused; in a tarball or copy without .git the check is skipped
 * with a printed notice (and everything else is still checked).
 */
import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkContent } from '../../src/lib/content/check';
import { miniCorpus, type MiniCorpus } from '../support/mini-corpus';
import { dirname } from 'node:path';

const OCTOBER = 'events/1917-11-07-october-revolution.md';
let corpus: MiniCorpus | null = null;
afterEach(() => {
  corpus?.cleanup();
  corpus = null;
});

/** The corpus as a fresh clone would have it: one commit holding content/. */
function committed(): MiniCorpus {
  const c = miniCorpus();
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-C', dirname(c.dir), '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'corpus');
  return c;
}

const deleteOctober = (c: MiniCorpus) => {
  c.remove(OCTOBER);
  c.edit('published-ids.txt', '1917-11-07-october-revolution\n', '');
};

test('in a git checkout, an event deleted with its line in the list is refused, at the line where it was', () => {
  corpus = committed();
  expect(checkContent(corpus.dir)).toMatchObject({ exitCode: 0, problems: [], stderr: '' });
  deleteOctober(corpus);
  const result = checkContent(corpus.dir);
  expect(result.exitCode).toBe(1);
  expect(result.problems).toEqual([
    { file: 'content/published-ids.txt', line: 1, field: 'id', message: expect.stringMatching(/^published event id "1917-11-07-october-revolution" \(listed in commit [0-9a-f]{7,}\) was removed from the list: .*redirects\.yaml/) },
  ]);
  expect(result.stderr).toMatch(/content\/published-ids\.txt:1: id: published event id "1917-11-07-october-revolution"/);
});

test('in a git checkout, a rename with a redirect and the old id kept is accepted', () => {
  corpus = committed();
  corpus.write('events/1917-11-07-bolsheviks-take-power.md', corpus.read(OCTOBER));
  corpus.remove(OCTOBER);
  corpus.write('published-ids.txt', `${corpus.read('published-ids.txt')}1917-11-07-bolsheviks-take-power\n`);
  corpus.write('redirects.yaml', '1917-11-07-october-revolution: 1917-11-07-bolsheviks-take-power\n');
  expect(checkContent(corpus.dir)).toMatchObject({ exitCode: 0, problems: [] });
});

test('without git history (a tarball) the check is skipped with a notice, and the rest is still checked', () => {
  corpus = miniCorpus();
  const clean = checkContent(corpus.dir);
  expect(clean.exitCode).toBe(0);
  expect(clean.stderr).toMatch(/^note: content\/published-ids\.txt: not checked against git history \(no git repository\)/);
  deleteOctober(corpus);
  // Without history the deletion cannot be seen: the notice said so.
  expect(checkContent(corpus.dir)).toMatchObject({ exitCode: 0, problems: [] });
  corpus.edit('events/1923-09-22-first-meeting.md', 'date: 1923-09-22', 'date: 1932-09-22');
  expect(checkContent(corpus.dir)).toMatchObject({ exitCode: 1, problems: [expect.objectContaining({ field: 'date', line: 2 })] });
});
