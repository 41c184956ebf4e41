import type { Root } from 'mdast';
import type { Problem } from './problem.ts';
import { splitMdx } from './mdx-file.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { checkBodySections } from './body-sections.ts';
import { parseBody } from '../entry-body/parse-body.ts';
import { checkBody } from '../entry-body/check-body.ts';

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

export interface EntryBody {
  /** The parsed body; present only when the parser could read it. */
  tree?: Root;
  problems: Problem[];
}

/** Step 1: the frontmatter parsed as (safe) YAML, and the body as text. */
export function readEntryFrontmatter(text: string, file: string): EntryFrontmatter {
  const parts = splitMdx(text);
  const problems: Problem[] = [];
  if (parts.frontmatter === undefined) {
    problems.push({ file, line: 1, field: 'frontmatter', message: 'filen mangler frontmatter', hint: 'start filen med en linje «---», feltene, og en ny linje «---»' });
    return { body: parts.body, bodyLine: parts.bodyLine, problems };
  }
  const yaml = parseYamlSource(parts.frontmatter, parts.frontmatterLine - 1);
  for (const e of yaml.errors) problems.push({ file, line: e.line, column: e.column, field: 'frontmatter', message: `YAML-feil: ${e.message}`, hint: 'sjekk innrykk, kolon og anførselstegn på linjen' });
  return { yaml, body: parts.body, bodyLine: parts.bodyLine, problems };
}

/** Step 2: the body parsed as MDX and checked against the allow-list and the fixed sections. */
export function checkEntryBody(body: string, bodyLine: number, file: string): EntryBody {
  // Body positions are relative to the body; shift them to the file's own lines.
  const shift = bodyLine - 1;
  const parsed = parseBody(body);
  if ('failure' in parsed) {
    const { line, column, message } = parsed.failure;
    return {
      problems: [{ file, line: line + shift, column, field: 'innhold', message: `teksten kan ikke leses som MDX (${message})`, hint: 'skriv vanlig tekst og Markdown; se etter { }, < > og uavsluttede elementer' }],
    };
  }
  const problems: Problem[] = checkBody(parsed.tree).map((issue) => ({ file, line: issue.line + shift, column: issue.column, field: 'innhold', message: issue.message, hint: issue.hint }));
  problems.push(...checkBodySections(parsed.tree, bodyLine, file));
  return { tree: parsed.tree, problems };
}
