import type { Element, ElementContent, Root as HastRoot, Properties } from 'hast';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import GithubSlugger from 'github-slugger';
import { sanitizeSchema } from './sanitize-schema.ts';
import { urlProblem } from './safe-url.ts';

/** An allowed JSX element becomes the same HTML element with its literal attributes only. */
function jsxElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'span', properties, children: state.all(node) as ElementContent[] };
}

/** Section anchors (#beskrivelse) as Astro's Markdown gives them: github-slugger over the heading text. */
function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  for (const node of tree.children) {
    if (node.type === 'heading') {
      node.data = {
        ...node.data,
        hProperties: { ...(node.data?.hProperties ?? {}), id: slugger.slug(toString(node)) },
      };
    }
  }
}

/** Drops link targets the allow-list refuses (e.g. «//host»), which the sanitiser's scheme list lets through. */
function dropUnsafeLinks(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'a' && typeof child.properties.href === 'string' && urlProblem(child.properties.href)) {
      delete child.properties.href;
    }
    dropUnsafeLinks(child);
  }
}

/**
 * Renders a checked body tree to HTML: mdast → hast → sanitised → HTML string. The sanitiser uses
 * the same allow-list as the check, so even a node the check missed comes out as inert HTML. The
 * body is never compiled to a module: it is data from the first byte to the last.
 */
export function renderBody(tree: Root): string {
  addHeadingIds(tree);
  const hast = toHast(tree, {
    handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement },
    // Raw HTML nodes cannot occur in MDX; should one appear, it is dropped, never passed through.
    allowDangerousHtml: false,
  }) as HastRoot;
  const clean = sanitize(hast, sanitizeSchema) as HastRoot;
  dropUnsafeLinks(clean);
  return toHtml(clean);
}
