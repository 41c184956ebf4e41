import { arrayHead, head, skip, textItem, uintItem } from './cbor-bytes.ts';
import type { IndexWord } from './rechunk.ts';

/**
 * One word of a Pagefind 1.6 index chunk, as bytes, so words from several shard indexes can be
 * joined: [word, pages, variants], where pages is a list of [page delta, locations, meta locations]
 * and each variant (the word as written, «også» under «ogs») is [form, pages]. Page numbers are
 * stored as the difference from the page before (the first from 0), so a shard's list moves to its
 * place in the joined list by changing only its first difference; the rest is copied as it is.
 * Pagefind's own Rust types are in pagefind/src/index/index_words.rs. Any other layout stops the
 * build rather than guessing, so a Pagefind upgrade that changes it is noticed.
 */

/** One shard's page list of a word or variant. */
export interface PageList {
  /** Pages in the list. */
  count: number;
  /** The first page's number in the shard (its stored difference), and its entry's item count. */
  first: number;
  firstItems: number;
  /** The first entry after its page number, and the entries after the first, as bytes. */
  firstRest: Uint8Array;
  rest: Uint8Array;
  /** The last page's number in the shard. */
  last: number;
}

export interface ShardWord {
  word: string;
  /** Pagefind's measure for chunking (see rechunk.ts `IndexWord`). */
  size: number;
  pages: PageList;
  variants: [form: string, pages: PageList][];
}

const fail = (what: string): never => {
  throw new Error(`Pagefind: ${what} har en form byggesteget ikke kjenner (word-postings.ts)`);
};

function readText(buf: Uint8Array, at: number): { text: string; next: number } {
  const item = head(buf, at);
  if (item.major !== 3) fail('et ord i en indeksbit');
  return {
    text: Buffer.from(buf.subarray(item.next, item.next + item.arg)).toString('utf8'),
    next: item.next + item.arg,
  };
}

/** One page entry as `walkPages` finds it: the page's number and where the entry's parts lie. */
type EntryVisit = (
  page: number,
  at: number,
  items: number,
  locationsAt: number,
  locationsEnd: number,
  end: number,
) => void;

/**
 * The one walk of a page list: calls `visit` for each entry, with the page's number (the sum of
 * the differences so far), where the entry starts, its item count, where its location list starts
 * and ends, and where the entry ends. Returns where the list ends. No object per entry: a joined
 * index of 10,000 entries has millions of them, and position-labels.ts walks them twice.
 */
function walkPages(buf: Uint8Array, at: number, visit: EntryVisit): number {
  const list = head(buf, at);
  if (list.major !== 4) fail('en sideliste');
  let p = list.next;
  let page = 0;
  for (let i = 0; i < list.arg; i += 1) {
    const entry = head(buf, p);
    const delta = head(buf, entry.next);
    if (entry.major !== 4 || entry.arg < 2 || delta.major !== 0) fail('en side i en sideliste');
    page += delta.arg;
    const locationsEnd = skip(buf, delta.next);
    let end = locationsEnd;
    for (let l = 2; l < entry.arg; l += 1) end = skip(buf, end);
    visit(page, p, entry.arg, delta.next, locationsEnd, end);
    p = end;
  }
  return p;
}

/**
 * A shard's page list of a word or variant (see `PageList`), its measure for chunking and where it
 * ends: one walk, with no object per page entry (a 10,000-entry index has millions of them).
 */
function readPageList(buf: Uint8Array, at: number): { list: PageList; size: number; next: number } {
  let count = 0;
  let first = 0;
  let firstItems = 0;
  let firstRestAt = 0;
  let firstEnd = 0;
  let last = 0;
  let size = 0;
  const end = walkPages(buf, at, (page, _at, items, locationsAt, locationsEnd, entryEnd) => {
    // Pagefind's measure: 1 for the page plus the length of each list in the entry.
    size += 1;
    const locations = head(buf, locationsAt);
    if (locations.major === 4) size += locations.arg;
    for (let q = locationsEnd; q < entryEnd; q = skip(buf, q)) {
      const item = head(buf, q);
      if (item.major === 4) size += item.arg;
    }
    if (count === 0) {
      first = page;
      firstItems = items;
      firstRestAt = locationsAt;
      firstEnd = entryEnd;
    }
    last = page;
    count += 1;
  });
  return {
    list: {
      count,
      first,
      firstItems,
      firstRest: count ? buf.subarray(firstRestAt, firstEnd) : buf.subarray(end, end),
      rest: buf.subarray(count ? firstEnd : end, end),
      last,
    },
    size,
    next: end,
  };
}

/**
 * Calls `visit` for every page entry of a word entry's page lists, the word's own first (list 0),
 * then each variant's (list 1, 2 …), with the page's number and where its location list starts and
 * ends (see `walkPages`).
 */
export function forEachPageEntry(
  buf: Uint8Array,
  visit: (list: number, page: number, locationsAt: number, locationsEnd: number) => void,
): void {
  const entry = head(buf, 0);
  if (entry.major !== 4 || entry.arg !== 3) fail('et ord i en indeksbit');
  const inList =
    (list: number): EntryVisit =>
    (page, _at, _items, locationsAt, locationsEnd) =>
      visit(list, page, locationsAt, locationsEnd);
  const variants = head(buf, walkPages(buf, skip(buf, entry.next), inList(0)));
  if (variants.major !== 4) fail('variantlisten til et ord');
  let at = variants.next;
  for (let i = 0; i < variants.arg; i += 1) {
    const variant = head(buf, at);
    if (variant.major !== 4 || variant.arg !== 2) fail('en variant av et ord');
    at = walkPages(buf, skip(buf, variant.next), inList(i + 1));
  }
}

/** The word entry at `at`, read into its page lists, and where it ends. */
function readWord(buf: Uint8Array, at: number): { word: ShardWord; end: number } {
  const entry = head(buf, at);
  if (entry.major !== 4 || entry.arg !== 3) fail('et ord i en indeksbit');
  const { text: word, next } = readText(buf, entry.next);
  const pages = readPageList(buf, next);
  const variantList = head(buf, pages.next);
  if (variantList.major !== 4) fail('variantlisten til et ord');
  const variants: [string, PageList][] = [];
  let end = variantList.next;
  for (let i = 0; i < variantList.arg; i += 1) {
    const variant = head(buf, end);
    if (variant.major !== 4 || variant.arg !== 2) fail('en variant av et ord');
    const form = readText(buf, variant.next);
    const list = readPageList(buf, form.next);
    variants.push([form.text, list.list]);
    end = list.next;
  }
  return { word: { word, size: pages.size, pages: pages.list, variants }, end };
}

/**
 * The words of one index chunk file's data (after the marker), in order: each read into its page
 * lists, and kept as its bytes, which the build copies unchanged when nothing moves them.
 */
export function readChunk(buf: Uint8Array): (ShardWord & IndexWord)[] {
  const outer = head(buf, 0);
  const list = head(buf, outer.next);
  if (outer.major !== 4 || outer.arg !== 1 || list.major !== 4) fail('en indeksbit');
  const words: (ShardWord & IndexWord)[] = [];
  let at = list.next;
  for (let i = 0; i < list.arg; i += 1) {
    const { word, end } = readWord(buf, at);
    words.push({ ...word, bytes: buf.subarray(at, end) });
    at = end;
  }
  return words;
}

/** Page lists of several shards, each with the number of pages before its shard, as one list's bytes. */
function joinPageLists(parts: readonly { list: PageList; offset: number }[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let count = 0;
  let last = 0;
  for (const { list, offset } of parts) {
    if (list.count === 0) continue;
    count += list.count;
    out.push(arrayHead(list.firstItems), uintItem(offset + list.first - last), list.firstRest, list.rest);
    last = offset + list.last;
  }
  return [arrayHead(count), ...out];
}

/**
 * One word from the shards that have it, in shard order, as the bytes one index over all pages
 * would hold. Variants are joined by form, in the order they are first met.
 */
export function joinShardWords(parts: readonly { word: ShardWord; offset: number }[]): IndexWord {
  const word = parts[0]!.word.word;
  const variants = new Map<string, { list: PageList; offset: number }[]>();
  for (const { word: w, offset } of parts)
    for (const [form, list] of w.variants) {
      const seen = variants.get(form);
      if (seen) seen.push({ list, offset });
      else variants.set(form, [{ list, offset }]);
    }
  const bytes = Buffer.concat([
    arrayHead(3),
    textItem(word),
    ...joinPageLists(parts.map(({ word: w, offset }) => ({ list: w.pages, offset }))),
    arrayHead(variants.size),
    ...[...variants].flatMap(([form, lists]) => [arrayHead(2), textItem(form), ...joinPageLists(lists)]),
  ]);
  return { word, size: parts.reduce((sum, p) => sum + p.word.size, 0), bytes };
}
