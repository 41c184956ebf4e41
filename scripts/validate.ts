#!/usr/bin/env node
// Checks every entry, taxonomy and source file and prints every problem, one per line, as
// `file:line: field: what is wrong — what to write instead`. Exit code 1 if anything is wrong.
import { resolve } from 'node:path';
import { validateContent } from '../src/lib/validation/validate-content.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';

const root = resolve(process.argv[2] ?? '.');
const problems = validateContent(root);
for (const problem of problems) {
  console.log(formatProblem(problem));
  // On GitHub the same problem also becomes an annotation on the changed line of the pull request.
  if (process.env.GITHUB_ACTIONS) {
    const text = `${problem.field}: ${problem.message} — ${problem.hint}`.replace(/%/g, '%25').replace(/\r?\n/g, '%0A');
    const column = problem.column ? `,col=${problem.column}` : '';
    console.log(`::error file=${problem.file},line=${problem.line}${column}::${text}`);
  }
}
const files = new Set(problems.map((p) => p.file)).size;
if (problems.length) {
  console.log(
    `\n${problems.length} problem${problems.length === 1 ? '' : 'er'} i ${files} fil${files === 1 ? '' : 'er'}. Rett dem og kjør «npm run validate» på nytt.`,
  );
  process.exitCode = 1;
} else {
  console.log('Alt innhold er gyldig.');
}
