import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { checkEntryBody } from './entry-body-check.ts';
import { findSymlinks, readContentFolder, type ContentFile } from '../node/content-files.ts';
import { validateVocabularies } from './validate-vocabularies.ts';
import { createEntryChecker, duplicateNumbers, numberLineIn, type NumberPlace } from './check-entry.ts';

/** content/initiatives/, the folder of entries. */
export const entriesFolder = { folder: 'initiatives', extension: '.mdx' } as const;

/**
 * Checks every entry, taxonomy and source file under `root`/content against the schemas and the
 * cross-file rules, and returns every problem found — never stopping at the first. `entries: false`
 * checks only the vocabularies and the folder: the build's content loader checks the entries
 * itself, parsing each file once. `read` gets the entry files as read, for the build to start on.
 */
export function validateContent(
  root: string,
  { entries = true, read }: { entries?: boolean; read?: (files: ContentFile[]) => void } = {},
): Problem[] {
  const problems: Problem[] = [];
  findSymlinks(root, problems);
  const vocabularies = validateVocabularies(root, problems);
  // The folder is always listed, so a stray file is named before Astro starts.
  const files = readContentFolder(root, entriesFolder, problems);
  read?.(files);
  if (entries) {
    const checker = createEntryChecker(vocabularies);
    const numbers: NumberPlace[] = [];
    for (const file of files) {
      const entry = checker.check(file);
      if (entry.number) numbers.push(entry.number);
      problems.push(...entry.problems, ...checkEntryBody(entry.body, entry.bodyLine, file.file).problems);
    }
    problems.push(...duplicateNumbers(numbers, numberLineIn(files)));
  }
  return uniqueSorted(problems);
}

/** A symlink inside a content folder is seen both by the folder listing and by the walk of content/. */
export function uniqueSorted(problems: Problem[]): Problem[] {
  const unique = new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column ?? 0}:${p.field}:${p.message}`, p]));
  return sortProblems([...unique.values()]);
}
