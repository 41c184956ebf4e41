/**
 * What an entry body may contain. An entry comes from a pull request by someone we do not know, so
 * this is an allow-list, not a block-list: the parser check, the HTML sanitiser and CONTRIBUTING.md
 * all read it from here, and anything not named is refused.
 */

/** Markdown (mdast) node types an entry needs. Everything else — ESM, expressions, raw HTML, images,
 * code blocks, reference definitions — is refused by the check. */
export const allowedNodeTypes = [
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'link',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'break',
  'inlineCode',
  // The three MDX JSX node types are allowed only for the elements below, with literal attributes.
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
] as const;

/** Body headings are sections (`##`) and, at most, subsections (`###`): the page owns `#`. */
export const allowedHeadingDepths = [2, 3] as const;

/**
 * The few HTML elements an entry may write (as MDX JSX), each with the attributes it may carry.
 * Attribute values must be plain strings: an expression (`title={…}`) or a spread is code.
 */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

/** URL schemes a link may use. Without a scheme, only a path on this site (`/…`) or `#fragment`. */
export const allowedSchemes = ['https', 'http', 'mailto', 'tel'] as const;

/** Deeper nesting than this is no real entry and could exhaust the renderer's stack. */
export const maxNestingDepth = 12;

/** Longest attribute value and link address we accept; real ones are far shorter. */
export const maxAttributeLength = 300;
export const maxUrlLength = 2000;
