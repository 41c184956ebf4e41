import { CborWriter, head } from './cbor-bytes.ts';
import type { IndexWord } from './rechunk.ts';
import { forEachPageEntry } from './word-postings.ts';

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
 * The items of the location list at `at`, written into `into` from index 0: a weight marker as it
 * is (negative), a position as its place on the page (0 or more). Returns the item count. One
 * scratch array for every list, so the walk makes no garbage.
 */
function readLocations(bytes: Uint8Array, at: number, into: number[]): number {
  const list = head(bytes, at);
  if (list.major !== 4) fail();
  let p = list.next;
  let position = 0;
  for (let i = 0; i < list.arg; i += 1) {
    const item = head(bytes, p);
    if (item.major === 1) {
      position = 0;
      into[i] = -1 - item.arg;
    } else if (item.major === 0) {
      position += item.arg;
      into[i] = position;
    } else {
      fail();
    }
    p = item.next;
  }
  return list.arg;
}

/**
 * Per page: which word first stood at each position (+1), or -1 where more than one word stands
 * there. One array per page for both, so the second walk reads what the first wrote.
 */
class PositionOwners {
  #owners: Int32Array[] = [];
  static readonly #empty = new Int32Array(0);

  mark(page: number, position: number, word: number): void {
    let owners = this.#owners[page];
    if (!owners || owners.length <= position) {
      const grown = new Int32Array(Math.max(64, (position + 1) * 2));
      if (owners) grown.set(owners);
      owners = this.#owners[page] = grown;
    }
    const owner = owners[position]!;
    if (owner === 0) owners[position] = word + 1;
    else if (owner !== word + 1) owners[position] = -1;
  }

  /** The page's owner list (read once per page entry, not once per position). */
  page(page: number): Int32Array {
    return this.#owners[page] ?? PositionOwners.#empty;
  }
}

/** The words with their positions relabelled (see above); unchanged if the labels would not fit. */
export function labelPositions(words: readonly IndexWord[]): IndexWord[] {
  const owners = new PositionOwners();
  const locations: number[] = [];
  let perPage = 0;
  let maxPosition = 0;
  words.forEach((word, i) =>
    forEachPageEntry(word.bytes, (_list, page, locationsAt) => {
      const items = readLocations(word.bytes, locationsAt, locations);
      let count = 0;
      for (let k = 0; k < items; k += 1) {
        const value = locations[k]!;
        if (value < 0) continue;
        count += 1;
        if (value > maxPosition) maxPosition = value;
        owners.mark(page, value, i);
      }
      if (count > perPage) perPage = count;
    }),
  );
  const step = perPage + 1;
  const sharedFrom = WORD_LABELS_FROM + words.length * step;
  if (sharedFrom + maxPosition > MAX_LOCATION) return [...words];

  const writer = new CborWriter();
  // The labels of one weight group, to be written in ascending order.
  let group = new Float64Array(64);
  // The word's own positions on each page, ascending, for its variants' labels to agree with: one
  // pool for all pages of a word, found by the page's start in it. With a sorted plain array per
  // page entry instead, the 10,000-entry merge took 18.8–21.3 s against 11.7–13.1 s.
  let own = new Float64Array(1024);
  const ownStart = new Map<number, number>();
  return words.map((word, i) => {
    const { bytes } = word;
    let copied = 0;
    let ownLength = 0;
    ownStart.clear();
    forEachPageEntry(bytes, (l, page, locationsAt, locationsEnd) => {
      const items = readLocations(bytes, locationsAt, locations);
      if (l === 0) {
        if (own.length < ownLength + items + 1) {
          const grown = new Float64Array(Math.max(own.length * 2, ownLength + items + 1));
          grown.set(own.subarray(0, ownLength));
          own = grown;
        }
        // Stored as [count, positions…].
        ownStart.set(page, ownLength);
        let count = 0;
        for (let k = 0; k < items; k += 1) if (locations[k]! >= 0) own[ownLength + 1 + count++] = locations[k]!;
        own[ownLength] = count;
        sortRange(own, ownLength + 1, ownLength + 1 + count);
        ownLength += count + 1;
      }
      const start = ownStart.get(page);
      const pageOwners = owners.page(page);
      if (group.length < items) group = new Float64Array(items * 2);
      writer.bytes(bytes.subarray(copied, locationsAt));
      writer.head(4, items);
      let size = 0;
      const flush = () => {
        sortRange(group, 0, size);
        let last = 0;
        for (let k = 0; k < size; k += 1) {
          writer.head(0, group[k]! - last);
          last = group[k]!;
        }
        size = 0;
      };
      for (let k = 0; k < items; k += 1) {
        const value = locations[k]!;
        if (value < 0) {
          flush();
          writer.head(1, -1 - value);
        } else if (pageOwners[value] === -1) {
          group[size++] = sharedFrom + value;
        } else {
          const rank = start === undefined ? -1 : binarySearch(own, start + 1, start + 1 + own[start]!, value);
          group[size++] = rank < 0 ? sharedFrom + value : WORD_LABELS_FROM + i * step + rank;
        }
      }
      flush();
      copied = locationsEnd;
    });
    writer.bytes(bytes.subarray(copied));
    return { ...word, bytes: writer.take() };
  });
}

/**
 * Sorts `list[from..to)` ascending in place: by insertion for the few items a group or a page
 * usually holds (no view object), by the typed array's own numeric sort for more.
 */
function sortRange(list: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    list.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i += 1) {
    const value = list[i]!;
    let j = i - 1;
    while (j >= from && list[j]! > value) {
      list[j + 1] = list[j]!;
      j -= 1;
    }
    list[j + 1] = value;
  }
}

/** The place of `value` in the ascending `list[from..to)`, counted from `from`, or -1. */
function binarySearch(list: Float64Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === value) return mid - from;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
