/** One thing wrong with the content: which file, which field, what. The build stops on any of them. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
  }
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
