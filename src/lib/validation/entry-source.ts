import type { Root } from 'mdast';
import type { Problem } from './problem.ts';
import { splitMdx } from './mdx-file.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { parseBody } from '../entry-body/parse-body.ts';
import { checkBody } from '../entry-body/check-body.ts';

/** One entry file read as data: its frontmatter, its checked body tree, and what is wrong with it. */
export interface EntrySource {
  yaml?: YamlSource;
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** The parsed body; present only when the parser could read it. */
  tree?: Root;
  problems: Problem[];
}

/**
 * Reads the text of content/initiatives/<slug>.mdx the one way both `npm run validate` and the
 * build's content loader read it, so the two can never disagree about what an entry contains.
 * Frontmatter problems and body problems are reported together, each at its place in the file.
 */
export function readEntrySource(text: string, file: string): EntrySource {
  const parts = splitMdx(text);
  const problems: Problem[] = [];
  if (parts.frontmatter === undefined) {
    problems.push({ file, line: 1, field: 'frontmatter', message: 'filen mangler frontmatter', hint: 'start filen med en linje «---», feltene, og en ny linje «---»' });
    return { body: parts.body, bodyLine: parts.bodyLine, problems };
  }
  const yaml = parseYamlSource(parts.frontmatter, parts.frontmatterLine - 1);
  for (const e of yaml.errors) problems.push({ file, line: e.line, column: e.column, field: 'frontmatter', message: `YAML-feil: ${e.message}`, hint: 'sjekk innrykk, kolon og anførselstegn på linjen' });

  // Body positions are relative to the body; shift them to the file's own lines.
  const shift = parts.bodyLine - 1;
  const parsed = parseBody(parts.body);
  if ('failure' in parsed) {
    const { line, column, message } = parsed.failure;
    problems.push({ file, line: line + shift, column, field: 'innhold', message: `teksten kan ikke leses som MDX (${message})`, hint: 'skriv vanlig tekst og Markdown; se etter { }, < > og uavsluttede elementer' });
    return { yaml, body: parts.body, bodyLine: parts.bodyLine, problems };
  }
  for (const issue of checkBody(parsed.tree)) {
    problems.push({ file, line: issue.line + shift, column: issue.column, field: 'innhold', message: issue.message, hint: issue.hint });
  }
  return { yaml, body: parts.body, bodyLine: parts.bodyLine, tree: parsed.tree, problems };
}
