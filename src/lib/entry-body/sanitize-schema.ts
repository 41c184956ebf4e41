import type { Schema } from 'hast-util-sanitize';
import { allowedElements, allowedSchemes, type allowedNodeTypes } from './allow-list.ts';

type AllowedNodeType = (typeof allowedNodeTypes)[number];

/**
 * The HTML each allowed Markdown node becomes (mdast-util-to-hast's mapping), with the attributes it
 * needs. The sanitiser allows exactly these, so a gap in the parser check still yields only them.
 */
export const htmlFor: Record<AllowedNodeType, Readonly<Record<string, readonly string[]>>> = {
  root: {},
  text: {},
  paragraph: { p: [] },
  heading: { h2: ['id'], h3: ['id'] },
  emphasis: { em: [] },
  strong: { strong: [] },
  link: { a: ['href'] },
  list: { ul: [], ol: ['start'] },
  listItem: { li: [] },
  blockquote: { blockquote: [] },
  table: { table: [], thead: [], tbody: [] },
  tableRow: { tr: [] },
  tableCell: { th: ['align'], td: ['align'] },
  break: { br: [] },
  inlineCode: { code: [] },
  mdxJsxTextElement: allowedElements,
  mdxJsxFlowElement: allowedElements,
};

const allowed = Object.assign({}, ...Object.values(htmlFor)) as Record<string, readonly string[]>;

/** The hast-util-sanitize schema: nothing of its GitHub-flavoured default, only the list above. */
export const sanitizeSchema: Schema = {
  tagNames: Object.keys(allowed),
  attributes: Object.fromEntries(Object.entries(allowed).map(([tag, attributes]) => [tag, [...attributes]])),
  protocols: { href: [...allowedSchemes] },
  // Heading ids are made by our renderer from the heading text, so they need no prefix; keeping
  // them unprefixed keeps the section anchors (#beskrivelse) that links already use.
  clobber: [],
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'textarea',
    'title',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'plaintext',
  ],
  required: {},
  ancestors: { li: ['ol', 'ul'], tr: ['table'], th: ['tr'], td: ['tr'], thead: ['table'], tbody: ['table'] },
};
