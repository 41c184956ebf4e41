import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentName, storedData } from './bundle-files.ts';
import { arrayHead } from './cbor-bytes.ts';

/**
 * Index chunks cut so a common word does not bring its neighbours along. Pagefind sorts the words
 * and closes a chunk once it holds about 20,000 page entries and locations (pagefind/src/index/
 * mod.rs, `chunk_index`), so a word found on most pages ends a chunk that also holds hundreds of
 * other words, and the next chunk (with the words that start with it, which a prefix search needs)
 * holds the next common word: at 10,000 entries «eldre» loaded 87 KB of chunks for a 27 KB word.
 * Here a word of half a chunk or more gets a chunk of its own; other words fill chunks as Pagefind
 * fills them, to a size that suits the index (`chunkSizeFor`). The chunk list in the metadata is
 * rebuilt the way Pagefind builds it (`chunk_meta`, `get_prefixes`), so the browser picks chunks by
 * the same rule, and each chunk is named by the hash of its bytes as Pagefind names it.
 */

/** Pagefind's chunk size, in page entries plus locations. */
export const CHUNK_SIZE = 20_000;
/**
 * The chunk size for an index of `total` page entries plus locations: Pagefind's for a large
 * catalogue, smaller for a small one, up to about 500 chunks. With Pagefind's size the whole index of
 * 29 entries was two chunks, so any search loaded half of it (30 KB); each chunk costs a line in the
 * metadata every search loads, which is what bounds the count.
 */
export function chunkSizeFor(total: number): number {
  return Math.round(Math.min(CHUNK_SIZE, Math.max(CHUNK_SIZE / 10, total / 500)));
}

/**
 * One word of an index chunk: [word, [[page, locations, meta locations], …], variants], kept as its
 * CBOR bytes (read by word-postings.ts `readChunk`). At 10,000 entries the chunks hold 145,000
 * words; decoding them all into objects took 17 s of the build, walking the bytes takes well under
 * one, and the bytes are copied unchanged.
 */
export interface IndexWord {
  word: string;
  /** Pagefind's measure of a word for chunking: its pages plus their locations. */
  size: number;
  bytes: Uint8Array;
}
export type MetaChunk = [from: string, to: string, hash: string];

/** A chunk file's data for some words: what Pagefind writes for them. */
export function writeChunk(words: readonly IndexWord[]): Buffer {
  return Buffer.concat([arrayHead(1), arrayHead(words.length), ...words.map((w) => w.bytes)]);
}

/** Sorted words into chunks of about `chunkSize` (see above); a word of half that or more alone. */
export function cutChunks<W>(words: readonly W[], sizeOf: (word: W) => number, chunkSize = CHUNK_SIZE): W[][] {
  const ownChunk = chunkSize / 2;
  const chunks: W[][] = [];
  let chunk: W[] = [];
  let size = 0;
  const close = () => {
    if (chunk.length) chunks.push(chunk);
    chunk = [];
    size = 0;
  };
  for (const word of words) {
    const own = sizeOf(word);
    if (own >= ownChunk) close();
    chunk.push(word);
    size += own;
    if (size >= chunkSize || own >= ownChunk) close();
  }
  close();
  return chunks;
}

/** Pagefind's `get_prefixes`: the shortest beginnings of two neighbouring words that tell them apart. */
export function boundaryPrefixes(last: string, next: string): [string, string] {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** The metadata's chunk list for chunks of sorted words (Pagefind's `chunk_meta`), hashes to fill in. */
export function chunkRanges(chunks: readonly (readonly string[])[]): [string, string][] {
  const ranges = chunks.map((words): [string, string] => [words[0] ?? '', words.at(-1) ?? '']);
  for (let i = 0; i + 1 < ranges.length; i += 1) {
    const [to, from] = boundaryPrefixes(ranges[i]![1], ranges[i + 1]![0]);
    ranges[i]![1] = to;
    ranges[i + 1]![0] = from;
  }
  return ranges;
}

/**
 * Writes sorted words as index chunk files under `indexDir` (stored decompressed, marker first) and
 * returns the metadata's chunk list for them: [from, to, file name].
 */
export function writeIndexChunks(
  indexDir: string,
  language: string,
  words: readonly IndexWord[],
  write: (path: string, bytes: Buffer) => void = writeFileSync,
): MetaChunk[] {
  mkdirSync(indexDir, { recursive: true });
  const total = words.reduce((sum, w) => sum + w.size, 0);
  const chunks = cutChunks(words, (w) => w.size, chunkSizeFor(total));
  const ranges = chunkRanges(chunks.map((chunk) => chunk.map((w) => w.word)));
  const used = new Set<string>();
  return chunks.map((chunk, i): MetaChunk => {
    const bytes = writeChunk(chunk);
    const hash = contentName(language, bytes, used);
    write(join(indexDir, `${hash}.pf_index`), storedData(bytes));
    return [...ranges[i]!, hash];
  });
}
