import { BODY_ATTRIBUTE, KEYWORD_META, findAttribute } from '../../src/lib/search/build/index-html.ts';

/**
 * The page with the keywords added as an empty element right inside its indexed region: the HTML
 * that Pagefind gets in the tests that compare the build's own index with Pagefind's. The build
 * adds the same field to the page's reading (`withKeywordMeta`). Keywords are letter runs
 * (src/lib/search/build/decompound.ts), so they need no escaping beyond the basics.
 */
export function withKeywords(html: string, keywords: readonly string[]): string {
  if (keywords.length === 0) return html;
  const at = findAttribute(html, BODY_ATTRIBUTE);
  if (at < 0) return html;
  const end = html.indexOf('>', at) + 1;
  const value = keywords.join(' ').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `${html.slice(0, end)}<span data-pagefind-meta="${KEYWORD_META}:${value}"></span>${html.slice(end)}`;
}
