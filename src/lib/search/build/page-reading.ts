import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { KEYWORD_META } from './index-html.ts';
import { matchesSelector, parseSelector, type OpenElement, type Selector } from './open-element-selector.ts';

/**
 * What Pagefind 1.6 reads from a page before it splits it into words: the text of the indexed
 * region with its weight markers (the «digest»), and the filters and meta fields. The build's own
 * indexer (page-words.ts, own-shard.ts) needs exactly what Pagefind's reader (pagefind/src/fossick/
 * parser.rs) would produce, because the index it writes is searched by Pagefind's WebAssembly and
 * must rank as Pagefind's would. So this follows that reader's rules, including its quirks:
 * - text is kept as written and entities are decoded once at the end, so a paragraph ending in
 *   «&quot;» gets no full stop («;» is not a sentence character), while one ending in a letter does;
 * - block elements (SENTENCE) are padded with spaces and get a full stop after a word character;
 * - headings h1–h6 get weights 7 to 2 unless inside another weighted element;
 * - `data-pagefind-ignore` and excluded selectors drop their text but keep their filters and meta;
 * - filter values are entity-decoded twice, meta values once (both as Pagefind does);
 * - the first h1 is the title when no `title` meta is given.
 * Only what the catalogue's pages use is read. Anything else Pagefind would treat specially (ids
 * that become anchors, `data-pagefind-weight`, `-index-attrs`, `-sort`, `-default-meta`, a tag
 * closed out of order or left open) stops the build with the page's address, rather than being read
 * in a way that differs from Pagefind. tests/built/own-index.test.ts compares the result with
 * Pagefind's on every built entry page.
 */

export interface PageReading {
  /** The text with Pagefind's weight markers, entity-decoded and spaces normalised. */
  digest: string;
  /** Filter values by filter name, in the order met. */
  filters: Map<string, string[]>;
  /** Meta values by field name. */
  meta: Map<string, string>;
  /** The `lang` of the `<html>` element, lower case («unknown» without one). */
  language: string;
  /** Whether the page has a `data-pagefind-body` element (Pagefind indexes only those, then). */
  hasBody: boolean;
}

const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
const INLINE_WEIGHTS: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };
/** Elements Pagefind never indexes (parser.rs REMOVE_SELECTORS). */
const REMOVED = ['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template'];
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const UNSUPPORTED = [
  'data-pagefind-weight',
  'data-pagefind-index-attrs',
  'data-pagefind-sort',
  'data-pagefind-default-meta',
];

/** Rust's `\s` and `char::is_whitespace`: Unicode White_Space (JavaScript's `\s` adds U+FEFF, lacks U+0085). */
export const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const TRIM = new RegExp(`^[${WHITE_SPACE}]+|[${WHITE_SPACE}]+$`, 'g');
const NEWLINES = /(\n|\r\n)+/g;
const EXTRA_SPACES = new RegExp(`[${WHITE_SPACE}]{2,}`, 'g');
/** Rust's `[\w'"\)\$\*]`, with `\w` as the regex crate reads it (Unicode word characters). */
const SENTENCE_CHAR = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]/u;
const PRIVATE_MARKER = /___PAGEFIND_\S+\s?/g;

/** The markers around a heading's text in the digest (page-words.ts reads them): its weight, then its end. */
export const AUTO_WEIGHT_MARKER = '___PAGEFIND_AUTO_WEIGHT___';
export const END_WEIGHT_MARKER = '___END_PAGEFIND_WEIGHT___';

/** Pagefind's normalize_content: entities decoded, ends trimmed, runs of white space made one space. */
export function normalizeContent(text: string): string {
  return decodeHTML(text).replace(TRIM, '').replace(NEWLINES, ' ').replace(EXTRA_SPACES, ' ');
}

/** The last character (code point) of `text`, or ''. */
function lastCharacter(text: string): string {
  const code = text.codePointAt(text.length - 2);
  return code !== undefined && code > 0xffff ? String.fromCodePoint(code) : text.slice(-1);
}

type Status = 'indexing' | 'ignored' | 'excluded' | 'body' | 'parentOfBody';

/** An open element as the reader keeps it; its tag and classes are what exclusion selectors match. */
interface Node extends OpenElement {
  value: string;
  status: Status;
  filter?: string[];
  meta?: string[];
}

/** Pagefind's parse_attr_string: «a,b:literal» → ["a", "b:literal"] (a literal may hold commas). */
function attributeList(value: string, fail: (what: string) => never): string[] {
  const colon = value.indexOf(':');
  if (colon >= 0) {
    const names = attributeList(value.slice(0, colon), fail);
    if (names.length > 0) names[names.length - 1] += `:${value.slice(colon + 1)}`;
    return names;
  }
  return value.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    // «name[attribute]» takes the value from another attribute of the element.
    if (/\[.+\]\s*$/.test(trimmed)) fail(`«${trimmed}» i et data-pagefind-attributt`);
    return trimmed;
  });
}

/** A filter or meta pair from one of its strings: «name:value», or «name» with the element's text. */
function pair(spec: string, node: Node): [string, string] | undefined {
  const colon = spec.indexOf(':');
  if (colon >= 0) return [spec.slice(0, colon), normalizeContent(spec.slice(colon + 1))];
  return node.value === '' ? undefined : [spec, normalizeContent(node.value)];
}

/** The selectors whose elements Pagefind leaves out, ours (`excludeSelectors`) and its own. */
export function exclusionSelectors(excludeSelectors: readonly string[]): Selector[] {
  return [...excludeSelectors, ...REMOVED].map(parseSelector);
}

/** Reads one page as Pagefind's parser does (see above). `url` names the page in errors. */
export function readPage(html: string, url: string, exclusions: readonly Selector[]): PageReading {
  const fail = (what: string): never => {
    throw new Error(`Søkeindeksen: ${url} har ${what}, som byggets egen indeksering ikke leser (page-reading.ts)`);
  };
  // The document itself, below <html>: no selector matches it (each names a tag or a class).
  const root: Node = { tag: '', classes: [], value: '', status: 'indexing' };
  const stack: Node[] = [root];
  const filters = new Map<string, string[]>();
  const meta = new Map<string, string>();
  let language: string | undefined;
  let hasBody = false;
  let autoTitle: string | undefined;
  let autoPageTitle: string | undefined;
  let autoImage: [src: string, alt: string] | undefined;

  const finish = (node: Node) => {
    if (node.status === 'excluded') return;
    for (const spec of node.filter ?? []) {
      const found = pair(spec, node);
      if (!found) continue;
      const list = filters.get(found[0]) ?? [];
      list.push(normalizeContent(found[1]));
      filters.set(found[0], list);
    }
    for (const spec of node.meta ?? []) {
      const found = pair(spec, node);
      if (found) meta.set(found[0], found[1]);
    }
    if (node.tag === 'h1' && autoTitle === undefined && node.value.replace(TRIM, '') !== '')
      autoTitle = normalizeContent(node.value);
    if (node.tag === 'title' && autoPageTitle === undefined) autoPageTitle = normalizeContent(node.value);
  };

  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === 'html' && attributes.lang !== undefined) language = attributes.lang.toLowerCase();
        for (const name of UNSUPPORTED) if (name in attributes) fail(`attributtet ${name}`);
        if ('id' in attributes) fail('et id-attributt');
        const parent = stack.at(-1)!;
        const ignore = attributes['data-pagefind-ignore'];
        let status: Status = 'indexing';
        if ('data-pagefind-body' in attributes) {
          status = 'body';
          hasBody = true;
        } else if (ignore !== undefined)
          status = ['', 'index', 'true'].includes(ignore.toLowerCase()) ? 'ignored' : 'excluded';
        if (parent.status === 'excluded') status = 'excluded';
        if (tag === 'br' && status !== 'excluded') parent.value += ' ';
        const filter = attributes['data-pagefind-filter'];
        const metaSpec = attributes['data-pagefind-meta'];
        const node: Node = {
          tag,
          classes: (attributes.class ?? '').split(/\s+/).filter(Boolean),
          value: '',
          status,
          ...(filter !== undefined && { filter: attributeList(filter, fail) }),
          ...(metaSpec !== undefined && { meta: attributeList(metaSpec, fail) }),
        };
        stack.push(node);
        // Pagefind's selectors are «html <selector>»: only elements inside <html> are excluded.
        const excluded = tag !== 'html' && stack.length > 2 && exclusions.some((s) => matchesSelector(s, stack));
        if (VOID.has(tag)) {
          stack.pop();
          finish(node);
          // The first image after a title is the result's image (attribute values as written).
          if (
            tag === 'img' &&
            !autoImage &&
            (autoTitle !== undefined || meta.has('title')) &&
            attributes.src !== undefined
          )
            autoImage = [attributes.src, attributes.alt ?? ''];
          // Pagefind marks the current element when an excluded one has no end tag: the parent.
          if (excluded) parent.status = 'ignored';
          return;
        }
        if (excluded) node.status = 'ignored';
      },
      ontext(text) {
        stack.at(-1)!.value += text;
      },
      onclosetag(tag, implied) {
        if (VOID.has(tag)) return;
        const node = stack.at(-1)!;
        if (implied || node.tag !== tag) fail(`<${tag}> lukket utenfor rekkefølge eller ikke lukket`);
        stack.pop();
        const parent = stack.at(-1)!;
        finish(node);
        if (node.status === 'excluded' || node.status === 'ignored') return;
        if (SENTENCE.has(tag)) {
          node.value = ` ${node.value}`;
          if (SENTENCE_CHAR.test(lastCharacter(node.value))) node.value += '.';
          node.value += ' ';
        }
        const weight = INLINE_WEIGHTS[tag];
        if (weight) node.value = ` ${AUTO_WEIGHT_MARKER}${weight} ${node.value} ${END_WEIGHT_MARKER} `;
        if (parent.status === 'parentOfBody' && node.status !== 'body' && node.status !== 'parentOfBody') return;
        if (node.status === 'indexing') parent.value += node.value;
        else {
          if (parent.status !== 'parentOfBody') parent.value = '';
          parent.value += node.value;
          parent.status = 'parentOfBody';
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (stack.length !== 1) fail('elementer som ikke er lukket');
  if (autoImage && !meta.has('image')) {
    meta.set('image', autoImage[0]);
    meta.set('image_alt', autoImage[1]);
  }
  if (autoTitle !== undefined && !meta.has('title')) meta.set('title', autoTitle);
  if (autoPageTitle !== undefined && !meta.has('title')) meta.set('title', autoPageTitle);
  for (const [name, value] of meta) meta.set(name, value.replace(PRIVATE_MARKER, ''));
  for (const list of filters.values()) list.forEach((value, i) => (list[i] = value.replace(PRIVATE_MARKER, '')));
  return {
    digest: normalizeContent(root.value),
    filters,
    meta,
    language: language || 'unknown',
    hasBody,
  };
}

/**
 * A page's reading with the keywords as a meta field: what Pagefind reads from the
 * page with the keywords added as an empty element right inside its indexed region,
 * `<span data-pagefind-meta="nokkelord:…">` (tests/helpers/with-keywords.ts, which the tests give
 * Pagefind to compare with). That element closes first, so its field comes first; one the page gives
 * itself would close later and win. Only the index gets the keywords, so they cost the page nothing.
 */
export function withKeywordMeta(reading: PageReading, keywords: readonly string[]): PageReading {
  if (keywords.length === 0 || !reading.hasBody) return reading;
  return { ...reading, meta: new Map([[KEYWORD_META, normalizeContent(keywords.join(' '))], ...reading.meta]) };
}
