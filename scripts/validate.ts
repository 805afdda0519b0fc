/** `npm run validate`: check all content; print each problem as file: field: message; exit 1 on any. */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read';
import { validateContent } from '../src/lib/content/validate';
import { formatProblems } from '../src/lib/content/problems';

const contentDir = resolve(process.argv[2] ?? 'content');
const { corpus, problems } = validateContent(readContent(contentDir, resolve(contentDir, '..')));
if (problems.length) {
  console.error(`✗ ${problems.length} problem(s) in ${contentDir}:\n${formatProblems(problems)}`);
  process.exit(1);
}
const accounts = corpus.events.reduce((n, e) => n + e.accounts.length, 0);
console.log(`✓ content valid: ${corpus.events.length} events, ${accounts} accounts, ${corpus.works.size} works, ${corpus.people.size} people, ${corpus.places.size} places, ${corpus.themes.size} themes, ${corpus.questions.size} questions`);
