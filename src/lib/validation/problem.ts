/** One thing an editor must fix, located to a file and line. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line number. */
  line: number;
  /** 1-based column, where the problem is a place inside a line (body nodes). */
  column?: number;
  /** The field path (e.g. `keys.power.level`) or a pseudo-field such as `frontmatter` or `innhold`. */
  field: string;
  /** What is wrong, in Norwegian. */
  message: string;
  /** What to write instead, in Norwegian. */
  hint: string;
}

/** `file:line[:column]: field: what is wrong — what to write instead`, the one format editors and CI read. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.field}: ${p.message} — ${p.hint}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}
