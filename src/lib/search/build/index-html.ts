import { decodeHTML } from 'entities';

/**
 * What the search integration reads from and adds to a built page, as plain string work on our own
 * HTML (no parser dependency at build time). Pure, so tests run on small strings.
 */

/** The attribute that marks an entry page's indexed region. */
export const BODY_ATTRIBUTE = 'data-pagefind-body';

/** The meta field that holds the compound parts; searchable, never shown. */
export const KEYWORD_META = 'nokkelord';

/**
 * The inner HTML of the first element carrying `attribute`, or undefined when there is none.
 * Nested elements of the same tag are counted, so an <article> inside the <article> does not end it.
 */
export function elementInnerHtml(html: string, attribute = BODY_ATTRIBUTE): string | undefined {
  const found = locateElement(html, attribute);
  return found && html.slice(found.innerStart, found.innerEnd);
}

/** The first element carrying `attribute`, tags included (see `elementInnerHtml`). */
export function elementOuterHtml(html: string, attribute = BODY_ATTRIBUTE): string | undefined {
  const found = locateElement(html, attribute);
  return found && html.slice(found.start, found.end);
}

function locateElement(
  html: string,
  attribute: string,
): { start: number; innerStart: number; innerEnd: number; end: number } | undefined {
  const at = findAttribute(html, attribute);
  if (at < 0) return undefined;
  const start = html.lastIndexOf('<', at);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1]?.toLowerCase();
  const innerStart = html.indexOf('>', at) + 1;
  if (!tag || innerStart === 0) return undefined;
  const token = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
  token.lastIndex = innerStart;
  let depth = 1;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return { start, innerStart, innerEnd: match.index, end: html.indexOf('>', match.index) + 1 };
  }
  return { start, innerStart, innerEnd: html.length, end: html.length };
}

/**
 * The HTML without the elements whose class list holds one of `classes` (tags and content). The
 * keywords the build adds are found in the page's text, so that text must leave out what Pagefind's
 * `excludeSelectors` leave out; otherwise a folded spelling or compound part taken from another
 * entry's title in «Lignende eksempler» finds this page too.
 */
export function withoutClasses(html: string, classes: readonly string[]): string {
  let out = html;
  for (const name of classes) {
    const open = new RegExp(`<([a-zA-Z][\\w-]*)\\b[^>]*\\sclass="(?:[^"]*\\s)?${name}(?:\\s[^"]*)?"[^>]*>`, 'g');
    for (let match = open.exec(out); match; match = open.exec(out)) {
      const tag = match[1]!.toLowerCase();
      const token = new RegExp(`<(/?)${tag}(?=[\\s>/])`, 'gi');
      token.lastIndex = match.index + match[0].length;
      let depth = 1;
      let end = out.length;
      for (let t = token.exec(out); t; t = token.exec(out)) {
        depth += t[1] ? -1 : 1;
        if (depth === 0) {
          end = out.indexOf('>', t.index) + 1;
          break;
        }
      }
      out = out.slice(0, match.index) + out.slice(end);
      open.lastIndex = match.index;
    }
  }
  return out;
}

/**
 * What the indexer gets of an entry page: the `<html>` tag (Pagefind reads the language from it) and
 * the indexed element, without drawings and without `id` attributes. Everything Pagefind uses from
 * an entry page – content, filters, meta, sorts – is inside that element, and the rest (head,
 * navigation, footer, SVG that `excludeSelectors` would drop anyway) is most of the bytes at large
 * catalogue sizes. Pagefind turns every `id` into an anchor in the result's fragment, which each
 * visitor downloads per result; the catalogue links to entries, never to their sections.
 */
export function indexedCopy(html: string, attribute = BODY_ATTRIBUTE): string | undefined {
  const body = elementOuterHtml(html, attribute);
  if (body === undefined) return undefined;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const inner = body
    .replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '')
    .replace(/(<[a-zA-Z][^>]*?)\sid="[^"]*"/g, '$1')
    .replace(BLOCK_END, '$& ');
  return `<!doctype html>${root}<body>${inner}</body></html>`;
}

/**
 * The end of a block element (and a line break). Pagefind joins the text of neighbouring elements
 * that have no whitespace between them, so «<dd>Planleggingsfase</dd><dt>…</dt><dd>Norge</dd>» with
 * the labels left out was indexed as one word, «planleggingsfasenorgefarsund»; a space after each
 * block keeps the words apart, as a reader sees them.
 */
const BLOCK_END =
  /<\/(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|nav|ol|p|section|table|td|th|tr|ul)\s*>|<br\s*\/?>/gi;

/** Where `attribute` occurs as an attribute name (not inside text or another name), or -1. */
export function findAttribute(html: string, attribute: string): number {
  const pattern = new RegExp(`<[a-zA-Z][^>]*?\\s(${attribute})(?=[\\s=>/])`);
  const match = pattern.exec(html);
  return match ? match.index + match[0].length - attribute.length : -1;
}

/**
 * Decodes HTML entities with `entities` (the decoder Astro's own HTML tooling uses). For the search
 * text a soft hyphen is dropped, since it would split a word, and a no-break space is a space.
 */
export function decodeEntities(text: string): string {
  return decodeHTML(text).replace(/[\u00ad\u00a0]/g, (ch) => (ch === '\u00ad' ? '' : ' '));
}

/**
 * The text a reader sees in a piece of HTML: scripts, styles, templates and SVG drawings (chart
 * labels, diagram numbers) dropped, tags turned into spaces, entities decoded, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The site path of a built HTML file: «eksempler/x/index.html» → «/eksempler/x/». */
export function pagePath(relativeFile: string): string {
  const path = relativeFile
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');
  return `/${path}`.replace(/\/{2,}/g, '/');
}

/** The attribute a listing page gets its result-id map in (see `withResultIds`). */
export const RESULT_IDS_ATTRIBUTE = 'data-pagefind-ids';

/**
 * The page with its `data-pagefind-ids` attribute filled in: for every entry page the page links to,
 * «Pagefind result id=path», space-separated. The catalogue script then shows a result whose card is
 * already on the page without fetching the result's fragment. Only linked entries are listed, so the
 * map grows with the page, not with the catalogue. An attribute, not a JSON <script>: the pages carry
 * no inline script blocks of any kind. A value already there is replaced: a page the incremental
 * build reused is the last build's file, filled then, and an id moves when an entry is added before
 * the ones it links to.
 */
export function withResultIds(html: string, idsByPath: ReadonlyMap<string, string>): string {
  // Attribute values are escaped, so a quote inside one cannot end the match early.
  const attribute = new RegExp(` ${RESULT_IDS_ATTRIBUTE}="[^"]*"`);
  if (!attribute.test(html)) return html;
  const linked = new Set([...html.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]));
  const pairs: string[] = [];
  for (const [path, id] of idsByPath) if (linked.has(path) && !/[\s"&<>]/.test(path + id)) pairs.push(`${id}=${path}`);
  return html.replace(attribute, ` ${RESULT_IDS_ATTRIBUTE}="${pairs.join(' ')}"`);
}

/** Reads what `withResultIds` wrote: result id → path. */
export function parseResultIds(value: string | null | undefined): Map<string, string> {
  const ids = new Map<string, string>();
  for (const pair of (value ?? '').split(/\s+/)) {
    const at = pair.indexOf('=');
    if (at > 0) ids.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return ids;
}

/** The `data-pagefind-sort="key:value"` values of a page, by key (the first of each key counts). */
export function sortValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const m of html.matchAll(/\sdata-pagefind-sort="([\w-]+):([^"]*)"/g))
    values[m[1] as string] ??= decodeEntities(m[2] as string);
  return values;
}

/** The page without its sort attributes (see src/lib/search/sort.ts for why). */
export function withoutSorts(html: string): string {
  return html.replace(/\sdata-pagefind-sort="[^"]*"/g, '');
}
