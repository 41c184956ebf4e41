import { arrayHead, head, typeHead, uintItem } from './cbor-bytes.ts';
import type { IndexWord } from './rechunk.ts';
import { readWordPages } from './word-postings.ts';

/**
 * Word positions in the index chunks, renumbered so they compress, with the ranking unchanged.
 *
 * Pagefind stores where each word stands on each page: a word is [word, pages, variants], a page
 * [page delta, locations, meta locations], and the locations are positions in weight groups (a
 * negative number sets the weight of the positions after it; within a group each position is the
 * difference from the one before, from 0). The browser uses positions for one thing in the ranking:
 * words that a query matches at the same position of a page count once (pagefind_web search.rs,
 * «If we're matching the same position again»: the two halves of «e-helse»). Otherwise a position is
 * only an identity. Pagefind's excerpts and phrase matches read it as a place, but the catalogue
 * uses neither: it has no phrase queries, builds its cards from card files, and reads a result's
 * fragment itself, without Pagefind's excerpt (src/elements/catalogue/pagefind-client.ts). And the
 * positions are most of a common word's bytes: «eldre» at 10,000 entries is on 7,712 pages with
 * 21,601 locations, 27 KB with brotli.
 *
 * So each position gets a label that keeps exactly which positions are equal on a page, and is
 * the same from page to page: the r-th position of word i on a page becomes `i·K + r` (K above the
 * most times a word occurs on a page), and a position shared by two words keeps its place, moved
 * above every word label. Within a group the labels ascend, so a word's list reads «label of its
 * first position, then 1, 1, 1 …» on every page, which brotli stores once: «eldre» became 8.5 KB.
 * Meta locations (a separate numbering, for the title and other meta fields) are left as written,
 * and the word labels start above them.
 */

/** The lowest word label: above every meta location, which counts words of a meta field. */
const WORD_LABELS_FROM = 1 << 16;
/** Pagefind reads locations as 32-bit signed integers. */
const MAX_LOCATION = 2 ** 31 - 1;

const fail = (): never => {
  throw new Error('Pagefind: en indeksbit har en form byggesteget ikke kjenner (position-labels.ts)');
};

/**
 * Calls `each` with every item of a location list: a weight marker as it is (negative), a position
 * as its place on the page.
 */
function eachLocation(bytes: Uint8Array, at: number, each: (value: number, isMarker: boolean) => void): void {
  const list = head(bytes, at);
  if (list.major !== 4) fail();
  let p = list.next;
  let position = 0;
  for (let i = 0; i < list.arg; i += 1) {
    const item = head(bytes, p);
    if (item.major === 1) {
      position = 0;
      each(-1 - item.arg, true);
    } else if (item.major === 0) {
      position += item.arg;
      each(position, false);
    } else {
      fail();
    }
    p = item.next;
  }
}

/** Per page: which word first stood at each position (+1), and which positions more than one word shares. */
class PositionOwners {
  #owners: Int32Array[] = [];
  #shared: Uint8Array[] = [];

  mark(page: number, position: number, word: number): void {
    let owners = this.#owners[page];
    if (!owners || owners.length <= position) {
      const grown = new Int32Array(Math.max(64, (position + 1) * 2));
      if (owners) grown.set(owners);
      owners = this.#owners[page] = grown;
    }
    const owner = owners[position]!;
    if (owner === 0) owners[position] = word + 1;
    else if (owner !== word + 1) {
      let shared = this.#shared[page];
      if (!shared || shared.length <= position) {
        const grown = new Uint8Array(owners.length);
        if (shared) grown.set(shared);
        shared = this.#shared[page] = grown;
      }
      shared[position] = 1;
    }
  }

  isShared(page: number, position: number): boolean {
    return this.#shared[page]?.[position] === 1;
  }
}

/** The words with their positions relabelled (see above); unchanged if the labels would not fit. */
export function labelPositions(words: readonly IndexWord[]): IndexWord[] {
  const owners = new PositionOwners();
  let perPage = 0;
  let maxPosition = 0;
  const lists = words.map((word, i) => {
    const wordLists = readWordPages(word.bytes);
    for (const list of wordLists)
      for (const entry of list) {
        let count = 0;
        eachLocation(word.bytes, entry.deltaEnd, (value, isMarker) => {
          if (isMarker) return;
          count += 1;
          maxPosition = Math.max(maxPosition, value);
          owners.mark(entry.page, value, i);
        });
        perPage = Math.max(perPage, count);
      }
    return wordLists;
  });
  const step = perPage + 1;
  const sharedFrom = WORD_LABELS_FROM + words.length * step;
  if (sharedFrom + maxPosition > MAX_LOCATION) return [...words];

  return words.map((word, i) => {
    const { bytes } = word;
    const out: Uint8Array[] = [];
    let copied = 0;
    // The word's own positions on each page, in order, for the variants' labels to agree with.
    const ownPositions = new Map<number, number[]>();
    lists[i]!.forEach((list, l) => {
      for (const entry of list) {
        const items: { value: number; isMarker: boolean }[] = [];
        eachLocation(bytes, entry.deltaEnd, (value, isMarker) => items.push({ value, isMarker }));
        let own = ownPositions.get(entry.page);
        if (l === 0) {
          own = items
            .filter((item) => !item.isMarker)
            .map((item) => item.value)
            .sort((a, b) => a - b);
          ownPositions.set(entry.page, own);
        }
        const label = (position: number): number => {
          if (owners.isShared(entry.page, position)) return sharedFrom + position;
          const rank = own ? binarySearch(own, position) : -1;
          return rank < 0 ? sharedFrom + position : WORD_LABELS_FROM + i * step + rank;
        };
        out.push(bytes.subarray(copied, entry.deltaEnd), arrayHead(items.length));
        let group: number[] = [];
        const flush = () => {
          group.sort((a, b) => a - b);
          let last = 0;
          for (const value of group) {
            out.push(uintItem(value - last));
            last = value;
          }
          group = [];
        };
        for (const item of items) {
          if (item.isMarker) {
            flush();
            out.push(typeHead(1, -1 - item.value));
          } else {
            group.push(label(item.value));
          }
        }
        flush();
        copied = entry.locationsEnd;
      }
    });
    out.push(bytes.subarray(copied));
    return { ...word, bytes: Buffer.concat(out) };
  });
}

/** The index of `value` in the ascending `list`, or -1. */
function binarySearch(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
