/**
 * Lint the Japanese a reader sees — UI strings and every `ja` text of the content — with textlint and the rules in
 * .textlintrc.json (Japanese spacing, brackets, half-width kana, common misuse). Prints `file: field: message`
 * for each problem and exits 1 on any. Also used by tests/content/japanese-lint.test.ts.
 */
import { createLinter, loadTextlintrc } from 'textlint';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectJapaneseTexts } from '../src/lib/lint/japanese-texts';
import { ja } from '../src/i18n/ja';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

export interface JapaneseLintProblem {
  file: string;
  field: string;
  rule: string;
  message: string;
  excerpt: string;
}

export async function lintJapanese(contentDir = join(ROOT, 'content')): Promise<JapaneseLintProblem[]> {
  const descriptor = await loadTextlintrc({
    configFilePath: join(ROOT, '.textlintrc.json'),
    node_modulesDir: join(ROOT, 'node_modules'),
  });
  const linter = createLinter({ descriptor });
  const problems: JapaneseLintProblem[] = [];
  for (const item of collectJapaneseTexts(ROOT, contentDir, ja)) {
    // Plain text, not Markdown: accounts are prose, and a UI string is not a document.
    const result = await linter.lintText(item.text, 'text.txt');
    for (const m of result.messages) {
      problems.push({
        file: item.file,
        field: item.field,
        rule: m.ruleId,
        message: m.message,
        excerpt: item.text.slice(Math.max(0, m.index - 12), m.index + 12),
      });
    }
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = await lintJapanese();
  for (const p of problems) console.log(`${p.file}: ${p.field}: ${p.message} [${p.rule}] …${p.excerpt}…`);
  console.log(problems.length === 0 ? 'Japanese text: no problems.' : `Japanese text: ${problems.length} problem(s).`);
  process.exit(problems.length === 0 ? 0 : 1);
}
