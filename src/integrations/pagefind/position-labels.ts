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
 * there. Only the first walk uses it; the second asks `SharedPositions`.
 */
class PositionOwners {
  #owners: Int32Array[] = [];

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

  /** The positions held by more than one word, by page; pages without any are left out. */
  shared(): SharedPositions {
    const shared: SharedPositions = new Map();
    this.#owners.forEach((owners, page) => {
      let positions: Set<number> | undefined;
      for (let p = 0; p < owners.length; p += 1) if (owners[p] === -1) (positions ??= new Set()).add(p);
      if (positions) shared.set(page, positions);
    });
    return shared;
  }
}

/** Per page, the positions that more than one word holds: few, so a page without any costs one lookup. */
export type SharedPositions = Map<number, Set<number>>;

/** What every word's labels are made from: found in one walk over all words (`planLabels`). */
export interface LabelPlan {
  /** The labels a word gets: `WORD_LABELS_FROM + i·step` up. */
  step: number;
  /** The lowest label of a shared position. */
  sharedFrom: number;
  shared: SharedPositions;
}

/** The first walk: the plan for `words`' labels, or undefined if the labels would not fit. */
export function planLabels(words: readonly IndexWord[]): LabelPlan | undefined {
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
  if (sharedFrom + maxPosition > MAX_LOCATION) return undefined;
  return { step, sharedFrom, shared: owners.shared() };
}

/**
 * The second walk: each word with its positions relabelled by a plan. A word's labels depend on the
 * plan and its place in the whole list only, so the words can be relabelled in parts, in any
 * thread (label-thread.ts), each part with the place of its first word.
 */
export class Relabeller {
  readonly #plan: LabelPlan;
  readonly #writer = new CborWriter();
  readonly #locations: number[] = [];
  // The labels of one weight group, to be written in ascending order.
  #group = new Float64Array(64);
  // The word's own positions on each page, ascending, for its variants' labels to agree with: one
  // pool for all pages of a word, found by the page's start in it. With a sorted plain array per
  // page entry instead, the 10,000-entry merge took 18.8–21.3 s against 11.7–13.1 s.
  #own = new Float64Array(1024);
  readonly #ownStart = new Map<number, number>();

  constructor(plan: LabelPlan) {
    this.#plan = plan;
  }

  /** The bytes of word number `i` of the whole list, relabelled. */
  bytes(bytes: Uint8Array, i: number): Buffer {
    const { step, sharedFrom, shared } = this.#plan;
    const writer = this.#writer;
    const locations = this.#locations;
    const ownStart = this.#ownStart;
    let copied = 0;
    let ownLength = 0;
    ownStart.clear();
    forEachPageEntry(bytes, (l, page, locationsAt, locationsEnd) => {
      const items = readLocations(bytes, locationsAt, locations);
      if (l === 0 && this.#own.length < ownLength + items + 1) {
        const grown = new Float64Array(Math.max(this.#own.length * 2, ownLength + items + 1));
        grown.set(this.#own.subarray(0, ownLength));
        this.#own = grown;
      }
      const own = this.#own;
      if (l === 0) {
        // Stored as [count, positions…].
        ownStart.set(page, ownLength);
        let count = 0;
        for (let k = 0; k < items; k += 1) if (locations[k]! >= 0) own[ownLength + 1 + count++] = locations[k]!;
        own[ownLength] = count;
        sortRange(own, ownLength + 1, ownLength + 1 + count);
        ownLength += count + 1;
      }
      const start = ownStart.get(page);
      const pageShared = shared.get(page);
      if (this.#group.length < items) this.#group = new Float64Array(items * 2);
      const group = this.#group;
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
        } else if (pageShared?.has(value)) {
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
    return writer.take();
  }
}

/** The words with their positions relabelled (see above), in this thread; unchanged if the labels would not fit. */
export function labelPositions(words: readonly IndexWord[]): IndexWord[] {
  const plan = planLabels(words);
  if (!plan) return [...words];
  const relabeller = new Relabeller(plan);
  return words.map((word, i) => ({ ...word, bytes: relabeller.bytes(word.bytes, i) }));
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
