import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { contentName, decompressed, isDataFile, payload, storedData } from './bundle-files.ts';
import { unusedPagefindFiles } from './prune.ts';
import { shardFile, type ShardFiles } from './shard-files.ts';
import { writeIndexChunks, type IndexWord } from './rechunk.ts';
import { fragmentFile } from '../../lib/search/fragment.ts';
import { roundedWordCount } from './page-lengths.ts';
import { labelPositionsInThreads } from './label-thread.ts';
import { shortId } from './short-ids.ts';
import { joinShardWords, readChunk, type ShardWord } from './word-postings.ts';

/**
 * Joins the Pagefind bundles of several shards (each an index of consecutive pages, written by its
 * own Pagefind process: see index-shards.ts) into one bundle, as if one index had taken all pages in
 * order, and writes it the way the site serves it:
 * - pages get short ids, their place in base 36 (short-ids.ts), and their fragments those names;
 * - word positions are relabelled so they compress (position-labels.ts), and index chunks are cut
 *   anew (rechunk.ts) from the joined words;
 * - filters list every value's pages, values in name order (Pagefind's order is its hash map's);
 * - data files are stored decompressed, marker first (bundle-files.ts), and the files the site never
 *   loads (prune.ts) are left out.
 * A single shard goes through the same steps, so a small site and a large one are built alike.
 * Layout: Pagefind 1.6's metadata [version, pages, index chunks, filters, sorts, meta fields]; any
 * other stops the build rather than guessing (pagefind_web/src/metadata.rs).
 */

type MetaPage = [id: string, wordCount: number, group?: string];
type MetaFilter = [filter: string, hash: string];
type FilterFile = [filter: string, values: [value: string, pages: number[]][]];

interface Shard {
  files: ShardFiles;
  language: string;
  meta: unknown[];
  pages: MetaPage[];
}

const fail = (what: string): never => {
  throw new Error(`Pagefind: ${what} (merge-shards.ts)`);
};

function readShard(files: ShardFiles): Shard {
  const metaFiles = [...files.keys()].filter((name) => !name.includes('/') && name.endsWith('.pf_meta'));
  // One index per language, all with fragments in one folder: short ids would clash between them.
  if (metaFiles.length !== 1) fail('indeksen skal ha nøyaktig ett språk');
  const name = metaFiles[0]!;
  const meta = decode(payload(shardFile(files, name))) as unknown[];
  const pages = meta[1];
  const valid =
    meta.length === 6 &&
    Array.isArray(pages) &&
    pages.every(
      (page) =>
        Array.isArray(page) &&
        typeof page[0] === 'string' &&
        typeof page[1] === 'number' &&
        // A page whose fragment sits in a group file is found there by its old id: not handled.
        (page[2] === undefined || page[2] === ''),
    ) &&
    Array.isArray(meta[2]) &&
    Array.isArray(meta[3]) &&
    // Sorts are the build's own id lists (sort-lists.ts), so Pagefind gets none.
    Array.isArray(meta[4]) &&
    meta[4].length === 0 &&
    Array.isArray(meta[5]);
  if (!valid) fail('metadatafilen har en form byggesteget ikke kjenner');
  return {
    files,
    language: name.replace(/^pagefind\./, '').replace(/_[^_]*\.pf_meta$/, ''),
    meta,
    pages: pages as MetaPage[],
  };
}

/** Every word of a shard, read from its chunks in order (Pagefind writes them sorted). */
function shardWords(shard: Shard): ShardWord[] {
  return (shard.meta[2] as [string, string, string][]).flatMap(([, , hash]) =>
    readChunk(payload(shardFile(shard.files, `index/${hash}.pf_index`))),
  );
}

function joinWords(shards: readonly Shard[], offsets: readonly number[]): IndexWord[] {
  const byWord = new Map<string, { word: ShardWord; offset: number }[]>();
  shards.forEach((shard, i) => {
    for (const word of shardWords(shard)) {
      const seen = byWord.get(word.word);
      if (seen) seen.push({ word, offset: offsets[i]! });
      else byWord.set(word.word, [{ word, offset: offsets[i]! }]);
    }
  });
  // Pagefind sorts words as Rust sorts strings, by UTF-8 bytes; for text without characters outside
  // the Basic Multilingual Plane that is JavaScript's code-unit order, so the plain sort matches.
  return [...byWord.keys()].sort().map((word) => joinShardWords(byWord.get(word)!));
}

function joinFilters(shards: readonly Shard[], offsets: readonly number[], filterDir: string): MetaFilter[] {
  const byFilter = new Map<string, Map<string, number[]>>();
  shards.forEach((shard, i) => {
    for (const [, hash] of shard.meta[3] as MetaFilter[]) {
      const [filter, values] = decode(payload(shardFile(shard.files, `filter/${hash}.pf_filter`))) as FilterFile;
      if (typeof filter !== 'string' || !Array.isArray(values))
        fail('en filterfil har en form byggesteget ikke kjenner');
      const joined = byFilter.get(filter) ?? new Map<string, number[]>();
      byFilter.set(filter, joined);
      for (const [value, pages] of values) {
        const list = joined.get(value) ?? [];
        joined.set(value, list);
        for (const page of pages) list.push(page + offsets[i]!);
      }
    }
  });
  mkdirSync(filterDir, { recursive: true });
  const used = new Set<string>();
  return [...byFilter.keys()].sort().map((filter): MetaFilter => {
    const values = byFilter.get(filter)!;
    const bytes = encode([filter, [...values.keys()].sort().map((value) => [value, values.get(value)!])]);
    const hash = contentName(shards[0]!.language, bytes, used);
    writeFileSync(join(filterDir, `${hash}.pf_filter`), storedData(bytes));
    return [filter, hash];
  });
}

/** A page's fragment as written: its short id and its bytes, decompressed. */
export interface MergedFragment {
  id: string;
  bytes: Buffer;
}

/**
 * Writes the fragments of one shard, whose first page is page `firstPage` of the whole index, with
 * `write`, each named by its page's short id, and returns them in page order. A fragment depends on
 * its own page and place only, so the build writes a shard's fragments as soon as the shard is
 * indexed, while the other shards are still being indexed (index.ts).
 */
export function writeShardFragments(
  files: ShardFiles,
  firstPage: number,
  bundleDir: string,
  write: (path: string, bytes: Buffer) => void = writeFileSync,
): MergedFragment[] {
  mkdirSync(join(bundleDir, 'fragment'), { recursive: true });
  return readShard(files).pages.map(([hash], place) => {
    const id = shortId(firstPage + place);
    const bytes = decompressed(shardFile(files, `fragment/${hash}.pf_fragment`));
    write(join(bundleDir, fragmentFile(id)), bytes);
    return { id, bytes };
  });
}

/**
 * Joins the shard bundles `shardBundles`, in that order, into `bundleDir` (see above) and returns
 * the fragments in page order: `writeShardFragments` for each shard, then `joinShardIndexes`. The
 * fragments (one file per page) and the index chunks are written with `write` (index.ts hands them
 * to a writer thread that links unchanged ones).
 */
export async function mergeShards(
  shardBundles: readonly ShardFiles[],
  bundleDir: string,
  write: (path: string, bytes: Buffer) => void = writeFileSync,
): Promise<MergedFragment[]> {
  let firstPage = 0;
  const fragments = shardBundles.flatMap((files) => {
    const written = writeShardFragments(files, firstPage, bundleDir, write);
    firstPage += written.length;
    return written;
  });
  await joinShardIndexes(shardBundles, bundleDir, write);
  return fragments;
}

/**
 * Joins everything of the shard bundles but their fragments, which `writeShardFragments` writes:
 * the runtime files (from the first shard), the index chunks (with `write`), the filters, the
 * metadata and the entry file.
 */
export async function joinShardIndexes(
  shardBundles: readonly ShardFiles[],
  bundleDir: string,
  write: (path: string, bytes: Buffer) => void = writeFileSync,
): Promise<void> {
  if (shardBundles.length === 0) fail('ingen delindekser å slå sammen');
  const shards = shardBundles.map(readShard);
  const { language } = shards[0]!;
  if (shards.some((s) => s.language !== language || s.meta[0] !== shards[0]!.meta[0]))
    fail('delindeksene har ulikt språk eller ulik versjon');
  const offsets: number[] = [];
  let total = 0;
  for (const shard of shards) {
    offsets.push(total);
    total += shard.pages.length;
  }

  mkdirSync(bundleDir, { recursive: true });
  // pagefind.js, the WebAssembly and the entry file are the same in every shard.
  for (const [name, bytes] of shards[0]!.files) {
    if (name.includes('/') || name.endsWith('.pf_meta') || unusedPagefindFiles.includes(name)) continue;
    writeFileSync(join(bundleDir, name), isDataFile(name) ? decompressed(bytes) : bytes);
  }

  const pages: MetaPage[] = shards.flatMap((shard, i) =>
    shard.pages.map(([, wordCount], place): MetaPage => [
      shortId(offsets[i]! + place),
      roundedWordCount(wordCount),
      '',
    ]),
  );

  const fieldLists = shards.map((s) => s.meta[5] as unknown[]);
  if (!fieldLists.every((list) => list.every((field) => typeof field === 'string')))
    fail('metadatafilen har en form byggesteget ikke kjenner');
  const fields = [...new Set(fieldLists.flat() as string[])].sort();
  const words = await labelPositionsInThreads(joinWords(shards, offsets));
  const meta = [
    shards[0]!.meta[0],
    pages,
    writeIndexChunks(join(bundleDir, 'index'), language, words, write),
    joinFilters(shards, offsets, join(bundleDir, 'filter')),
    [],
    fields,
  ];
  const metaBytes = encode(meta);
  const metaHash = contentName(language, metaBytes, new Set(), 10);
  writeFileSync(join(bundleDir, `pagefind.${metaHash}.pf_meta`), storedData(metaBytes));

  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string; page_count: number }>;
  };
  const languageEntry = entry.languages[language];
  if (!languageEntry || Object.keys(entry.languages).length !== 1)
    return fail('pagefind-entry.json har en form byggesteget ikke kjenner');
  languageEntry.hash = metaHash;
  languageEntry.page_count = total;
  writeFileSync(entryFile, JSON.stringify(entry));
}
