/** `npm run validate` as a function: read and validate a content folder, and say what the author sees. */
import { resolve } from 'node:path';
import { readContent } from './read';
import { validateContent } from './validate';
import { formatProblems, type ContentProblem } from './problems';

export interface CheckResult {
  exitCode: 0 | 1;
  problems: ContentProblem[];
  /** For stdout: the summary of a valid corpus. */
  stdout: string;
  /** For stderr: notices and every problem as `file:line: field: message`. */
  stderr: string;
}

export function checkContent(contentDir: string): CheckResult {
  const dir = resolve(contentDir);
  const raw = readContent(dir, resolve(dir, '..'));
  const notices = (raw.notices ?? []).map((n) => `note: ${n}\n`).join('');
  const { corpus, problems } = validateContent(raw);
  if (problems.length) {
    return { exitCode: 1, problems, stdout: '', stderr: `${notices}✗ ${problems.length} problem(s) in ${dir}:\n${formatProblems(problems)}\n` };
  }
  const accounts = corpus.events.reduce((n, e) => n + e.accounts.length, 0);
  const stdout = `✓ content valid: ${corpus.events.length} events, ${accounts} accounts, ${corpus.works.size} works, ${corpus.people.size} people, ${corpus.places.size} places, ${corpus.themes.size} themes, ${corpus.questions.size} questions\n`;
  return { exitCode: 0, problems, stdout, stderr: notices };
}
