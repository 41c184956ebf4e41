import type { Problem } from './problem.ts';
import { splitMdx } from './mdx-file.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/**
 * An entry file is read in two steps, the one way both `npm run validate` and the build's content
 * loader read it, so the two can never disagree about what an entry contains. The steps are apart
 * so the loader can skip the second (the costly parse) for a body whose digest it has seen.
 */

export interface EntryFrontmatter {
  yaml?: YamlSource;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  problems: Problem[];
}

/** Step 1: the frontmatter parsed as (safe) YAML, and the body as text. */
export function readEntryFrontmatter(text: string, file: string): EntryFrontmatter {
  const parts = splitMdx(text);
  const problems: Problem[] = [];
  if (parts.frontmatter === undefined) {
    problems.push({
      file,
      line: 1,
      field: 'frontmatter',
      message: 'filen mangler frontmatter',
      hint: 'start filen med en linje «---», feltene, og en ny linje «---»',
    });
    return { body: parts.body, bodyLine: parts.bodyLine, problems };
  }
  const yaml = parseYamlSource(parts.frontmatter, parts.frontmatterLine - 1);
  for (const e of yaml.errors)
    problems.push({
      file,
      line: e.line,
      column: e.column,
      field: 'frontmatter',
      message: `YAML-feil: ${e.message}`,
      hint: 'sjekk innrykk, kolon og anførselstegn på linjen',
    });
  return { yaml, body: parts.body, bodyLine: parts.bodyLine, problems };
}
