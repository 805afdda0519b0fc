/** The real site's pages forbid inline script (the hostile corpus is checked the same way in tests/content). */
import { expect, test } from 'vitest';
import { cspProblems, htmlFiles } from '../support/csp';
import { DIST } from '../support/paths';

test('every page of the real site forbids inline script', () => {
  const problems = cspProblems(DIST);
  expect(htmlFiles(DIST).length).toBeGreaterThan(500);
  expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
});
