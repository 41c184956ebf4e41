import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PAGEFIND_MARKER, payload } from '../../../../src/integrations/pagefind/bundle-files.ts';
import {
  CHUNK_SIZE,
  boundaryPrefixes,
  chunkSizeFor,
  chunkRanges,
  cutChunks,
  writeIndexChunks,
  writeChunk,
} from '../../../../src/integrations/pagefind/rechunk.ts';
import { readChunk } from '../../../../src/integrations/pagefind/word-postings.ts';

/** A word as Pagefind 1.6 writes it: pages with [page delta, locations, meta locations]. */
const indexWord = (word: string, pages: number, locations = 2): unknown[] => [
  word,
  Array.from({ length: pages }, (_, i) => [
    i === 0 ? 3 : 1,
    [-25, ...Array.from({ length: locations }, (_, l) => 10 + l)],
    [],
  ]),
  [],
];

/**
 * How pagefind_web picks chunks for a search (lib.rs, `request_indexes`): per word the first chunk
 * whose range holds it; if no word has one, per word the first chunk that may hold a word starting
 * with it. Ranges are cut to prefixes (`get_prefixes`), so the last word of a chunk is often found
 * by the second rule: that is Pagefind's own behaviour, kept here.
 */
function picks(ranges: readonly (readonly [string, string, ...unknown[]])[], query: string): number[] {
  const find = (term: string, loose: boolean) =>
    ranges.findIndex(([from, to]) => {
      if (!loose) return term >= from && term <= to;
      const f = Math.min(term.length, from.length);
      const t = Math.min(term.length, to.length);
      return term.slice(0, f) >= from.slice(0, f) && term.slice(0, t) <= to.slice(0, t);
    });
  const terms = query.split(' ');
  let found = terms.map((term) => find(term, false)).filter((i) => i >= 0);
  if (found.length === 0) found = terms.map((term) => find(term, true)).filter((i) => i >= 0);
  return [...new Set(found)];
}

describe('index chunk bytes', () => {
  it('reads words with their size and writes back what a CBOR encoder writes', () => {
    const chunk = [[indexWord('alfa', 2, 3), indexWord('beta', 30, 1), indexWord('øygarden', 1, 0)]];
    const bytes = encode(chunk);
    const words = readChunk(bytes);
    expect(words.map((w) => [w.word, w.size])).toEqual([
      ['alfa', 2 * (1 + 4)],
      ['beta', 30 * (1 + 2)],
      ['øygarden', 1 * (1 + 1)],
    ]);
    expect(Buffer.from(writeChunk(words))).toEqual(Buffer.from(bytes));
    // Long lists get longer length heads; still byte for byte what the encoder writes.
    const many = [Array.from({ length: 300 }, (_, i) => indexWord(`w${String(i).padStart(3, '0')}`, 1))];
    expect(Buffer.from(writeChunk(readChunk(encode(many))))).toEqual(Buffer.from(encode(many)));
  });
});

describe('cutting chunks', () => {
  it('gives a word of half a chunk or more a chunk of its own and fills the others as Pagefind does', () => {
    const sizes = { a: 100, b: 100, big: CHUNK_SIZE, c: 100, d: CHUNK_SIZE - 150, e: 100, f: 100 };
    const chunks = cutChunks(Object.keys(sizes), (w) => sizes[w as keyof typeof sizes]);
    expect(chunks).toEqual([['a', 'b'], ['big'], ['c'], ['d'], ['e', 'f']]);
    const small = Array.from({ length: 30 }, (_, i) => i);
    // Pagefind closes a chunk once it reaches the size: ten words of a tenth each.
    expect(cutChunks(small, () => CHUNK_SIZE / 10).map((c) => c.length)).toEqual([10, 10, 10]);
  });

  it("uses Pagefind's chunk size for a large index and smaller chunks for a small one", () => {
    // 10,000 generated entries: 11.6 million page entries and locations; the real 29: 36,000.
    expect(chunkSizeFor(11_600_000)).toBe(CHUNK_SIZE);
    expect(chunkSizeFor(36_000)).toBe(CHUNK_SIZE / 10);
    expect(chunkSizeFor(1_200_000)).toBe(2400);
    // In chunks of 2,000, words of 700 go three to a chunk; with Pagefind's size, all in one.
    const sizes = [700, 700, 700, 700];
    expect(cutChunks(sizes, (s) => s, CHUNK_SIZE / 10).map((c) => c.length)).toEqual([3, 1]);
    expect(cutChunks(sizes, (s) => s).map((c) => c.length)).toEqual([4]);
  });

  it('names chunk ranges by the shortest prefixes, as Pagefind does', () => {
    expect(boundaryPrefixes('eldr', 'eldreaktiv')).toEqual(['eldr', 'eldre']);
    expect(boundaryPrefixes('fora', 'forebygg')).toEqual(['fora', 'fore']);
    // Pagefind's own cut gives ranges like the middle one, whose end sorts before its start.
    expect(
      chunkRanges([
        ['alfa', 'eldr'],
        ['eldreaktiv', 'eldrevenn'],
        ['elev', 'ell'],
      ]),
    ).toEqual([
      ['alfa', 'eldr'],
      ['eldre', 'eld'],
      ['ele', 'ell'],
    ]);
  });

  it('lets the browser find every word in its chunk, and a common word without its neighbours', () => {
    const words = ['barn', 'eilert', 'eksempel', 'eldr', 'eldreaktiv', 'eldreomsorg', 'elev', 'ell', 'omsorg'];
    const sizes: Record<string, number> = { eldr: CHUNK_SIZE * 1.4, ell: CHUNK_SIZE, eksempel: CHUNK_SIZE / 3 };
    const chunks = cutChunks(words, (w) => sizes[w] ?? 50);
    const ranges = chunkRanges(chunks);
    for (const word of words)
      expect(picks(ranges, word).map((i) => chunks[i])).toEqual([expect.arrayContaining([word])]);
    // Pagefind asks for «eldre» and its stem «eldr»: the chunk of «eldr» and the one with its
    // compounds, never the one with «ell» (before, «eldr» closed a chunk of its neighbours).
    const loaded = picks(ranges, 'eldr eldre').flatMap((i) => chunks[i]!);
    expect(loaded).toEqual(expect.arrayContaining(['eldr', 'eldreaktiv', 'eldreomsorg']));
    expect(loaded).not.toContain('ell');
  });
});

describe('writeIndexChunks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-rechunk-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the chunk files and returns the chunk list, keeping every word once, in order', () => {
    const all = [indexWord('alfa', 5), indexWord('eldr', 8000), indexWord('eldreaktiv', 2), indexWord('elev', 3)];
    const words = readChunk(encode([all]));

    const ranges = writeIndexChunks(join(dir, 'index'), 'nb', words);

    expect(ranges.map(([from, to]) => [from, to])).toEqual([
      ['alfa', 'a'],
      ['e', 'eldr'],
      ['eldre', 'elev'],
    ]);
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(ranges.map(([, , hash]) => `${hash}.pf_index`).sort());
    const stored = ranges.map(([, , hash]) => readFileSync(join(dir, 'index', `${hash}.pf_index`)));
    expect(stored.every((file) => file.subarray(0, 12).toString() === PAGEFIND_MARKER)).toBe(true);
    expect(stored.flatMap((file) => (decode(payload(file)) as unknown[][])[0]!)).toEqual(all);
    expect(ranges.every(([, , hash]) => /^nb_[0-9a-f]{7}$/.test(hash))).toBe(true);
  });
});
