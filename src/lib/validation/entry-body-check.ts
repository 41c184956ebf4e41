import type { Root } from 'mdast';
import type { Problem } from './problem.ts';
import { checkBodySections } from './body-sections.ts';
import { parseBody } from '../entry-body/parse-body.ts';
import { checkBody } from '../entry-body/check-body.ts';

export interface EntryBody {
  /** The parsed body; present only when the parser could read it. */
  tree?: Root;
  problems: Problem[];
}

/** Step 2 of reading an entry (step 1 is entry-source.ts): the body parsed as MDX and checked against the allow-list and the fixed sections. */
export function checkEntryBody(body: string, bodyLine: number, file: string): EntryBody {
  // Body positions are relative to the body; shift them to the file's own lines.
  const shift = bodyLine - 1;
  const parsed = parseBody(body);
  if ('failure' in parsed) {
    const { line, column, message } = parsed.failure;
    return {
      problems: [
        {
          file,
          line: line + shift,
          column,
          field: 'innhold',
          message: `teksten kan ikke leses som MDX (${message})`,
          hint: 'skriv vanlig tekst og Markdown; se etter { }, < > og uavsluttede elementer',
        },
      ],
    };
  }
  const problems: Problem[] = checkBody(parsed.tree).map((issue) => ({
    file,
    line: issue.line + shift,
    column: issue.column,
    field: 'innhold',
    message: issue.message,
    hint: issue.hint,
  }));
  problems.push(...checkBodySections(parsed.tree, bodyLine, file));
  return { tree: parsed.tree, problems };
}
