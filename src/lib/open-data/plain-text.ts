import { parseBody } from '../entry-body/parse-body.ts';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

/**
 * An entry body as plain text for the exports: one paragraph, heading or list item per block,
 * blocks separated by a blank line, Markdown syntax gone. Parsed, not regex-stripped, so emphasis,
 * links and lists come out as their words. The same MDX parser the check and the renderer use,
 * so the export reads the body exactly as the page does.
 */
export function bodyToPlainText(markdown: string): string {
  const parsed = parseBody(markdown);
  if ('failure' in parsed) throw new Error(`body cannot be parsed: ${parsed.failure.message}`);
  return treeToPlainText(parsed.tree);
}

/** The same, from a body already parsed (the content loader has the tree from its check). */
export function treeToPlainText(tree: Root): string {
  const blocks: string[] = [];
  for (const node of tree.children) {
    if (node.type === 'list') {
      for (const item of node.children)
        blocks.push(`– ${toString(item, { includeHtml: false }).replace(/\s+/g, ' ').trim()}`);
    } else if (node.type !== 'html' && node.type !== 'thematicBreak') {
      const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    }
  }
  return blocks.join('\n\n');
}
