import type { Initiative } from '../schemas/initiative.ts';
import type { ContentFile } from '../lib/node/content-files.ts';
import type { Problem } from '../lib/validation/problem.ts';
import { checkEntryBody } from '../lib/validation/entry-body-check.ts';
import { createEntryChecker, type NumberPlace } from '../lib/validation/check-entry.ts';
import { validateVocabularies } from '../lib/validation/validate-vocabularies.ts';
import { renderBody } from '../lib/entry-body/render-body.ts';
import { treeToPlainText } from '../lib/open-data/plain-text.ts';

/** What the loader stores for one entry file, or why it cannot. Plain data, so it crosses threads. */
export interface ProcessedEntry {
  stem: string;
  file: string;
  number?: NumberPlace;
  /** Present only when the entry has no problem. */
  data?: Initiative;
  /** The body's Markdown source, kept for the open-data exports. */
  body?: string;
  html?: string;
  /** The body as plain text for the open-data exports, from the same checked tree as `html`. */
  text?: string;
  problems: Problem[];
}

/**
 * Checks entries (frontmatter, body) and renders the bodies of those without problems. The body
 * is checked even when the frontmatter is refused, so a build lists every problem at once. Runs in
 * the loader's thread for a few files and in worker threads (entry-worker.ts) for many.
 */
export function processEntries(root: string, files: readonly ContentFile[]): ProcessedEntry[] {
  // The integration reports vocabulary problems before Astro starts; here only the valid ids count.
  const checker = createEntryChecker(validateVocabularies(root, []));
  return files.map((file) => {
    const entry = checker.check(file);
    const body = checkEntryBody(entry.body, entry.bodyLine, file.file);
    const problems = [...entry.problems, ...body.problems];
    const result: ProcessedEntry = {
      stem: file.stem,
      file: file.file,
      problems,
      ...(entry.number ? { number: entry.number } : {}),
    };
    if (!problems.length && entry.data && body.tree) {
      result.data = entry.data;
      result.body = entry.body;
      result.html = renderBody(body.tree);
      result.text = treeToPlainText(body.tree);
    }
    return result;
  });
}
