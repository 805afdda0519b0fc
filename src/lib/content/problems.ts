/** One thing wrong with the content: which file, which line, which field, what. The build stops on any of them. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file where the problem is; absent only when it concerns the whole file or a missing field of a file that could not be read. */
  line?: number;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    // The author needs the list of problems, not where in the validator it was thrown.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** `file:line: field: message`, the form editors and terminals turn into a link to the line. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

/** One problem a line, in file order and line order, so an author can work down the list. */
export function formatProblems(problems: ContentProblem[]): string {
  return sortProblems(problems).map((p) => `  ${formatProblem(p)}`).join('\n');
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
