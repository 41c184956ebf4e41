import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';

export interface ParseFailure {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses an entry body the way an MDX compiler reads it — micromark with the MDX extensions, the
 * stack @mdx-js/mdx is built on — plus GFM tables. Parsing as MDX (not plain Markdown) matters:
 * whatever MDX would treat as code (`import`, `{…}`, `<Component>`) comes out as its own node, with
 * its position, for the check to refuse. The same tree is then rendered, so the check and the
 * output can never disagree about what the text means.
 */
export function parseBody(text: string): { tree: Root } | { failure: ParseFailure } {
  try {
    const tree = fromMarkdown(text, {
      extensions: [mdxjs(), gfmTable()],
      mdastExtensions: [mdxFromMarkdown(), gfmTableFromMarkdown()],
    });
    return { tree };
  } catch (error) {
    const e = error as { reason?: string; line?: number; column?: number };
    const reason = e.reason ?? String(error);
    // For an unclosed element the parser stops at the end of the paragraph but names the opening
    // tag's place in its reason, «(3:3-3:16)»: that is where the editor has to look.
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
    const line = named ? Number(named[1]) : (e.line ?? 1);
    const column = named ? Number(named[2]) : (e.column ?? 1);
    return { failure: { line, column, message: reason.replace(/\s*\(\d+:\d+-\d+:\d+\)/, '') } };
  }
}
