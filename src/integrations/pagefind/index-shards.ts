import { availableParallelism } from 'node:os';
import { WorkerPool } from '../../lib/node/worker-pool.ts';
import { ownShard, type IndexerPage, type OwnShardOptions } from './own-shard.ts';
import { WordForms } from '../../lib/search/build/page-words.ts';
import { shardFiles, type ShardFiles } from './shard-files.ts';
import type { ShardCache } from './shard-cache.ts';

/**
 * The search index is written in shards of consecutive pages, each by the build's own indexer
 * (own-shard.ts) in a thread of a pool, and joined afterwards (merge-shards.ts). Two reasons: the
 * threads use every core, and a shard whose pages have not changed is taken from the last build
 * (shard-cache.ts), so a rebuild with one entry changed indexes one shard's pages, not all. The shards
 * were first there for Pagefind, whose single process slowed down as it grew (2,500 entry pages
 * 7.3 s, 10,000 pages 47.7 s, with its CLI). A catalogue within one shard is indexed in this thread.
 */
export const maxShardPages = 250;

/**
 * Most pages in a shard when the shards are indexed in this thread (see `POOL_FROM_PAGES`). Here a
 * shard costs little beyond its pages, since the shards share one word cache, and a smaller shard
 * is less to index again when one entry changes: at 1,000 entries, alternating builds gave a
 * one-entry rebuild's search step of 1.6-1.9 s with shards of 250 and 1.4-1.6 s with 100, and
 * 2.8-3.0 s in a clean build with either.
 */
export const maxThreadShardPages = 100;

/** The young generation of an indexing thread (see `indexInShards`). */
const YOUNG_GENERATION_MB = 192;

/**
 * Below this many pages the shards are indexed one after the other in this thread. A thread of
 * the pool has to load the indexer and warm up (its first shard took 0.6–0.7 s, later ones 0.27 s)
 * and holds a heap of its own: at 1,000 entries, three alternating pairs of clean builds gave a
 * search step of 2.6–4.4 s in this thread against 3.5–4.6 s in the pool, and a peak of 1,126–1,207
 * MB against 1,315–1,355 MB. At 10,000 entries the pool halves the indexing.
 */
export const POOL_FROM_PAGES = 2000;

export interface ShardOptions {
  /** Most pages in a shard; unless given (tests give a few), `maxShardPages` in a pool, `maxThreadShardPages` without. */
  shardPages?: number;
  /** Shards indexed at once; one per core unless given. */
  threads?: number;
  /** The fewest pages indexed in a pool of threads; fewer are indexed in this thread (see `POOL_FROM_PAGES`). */
  poolFromPages?: number;
  /** Where finished shards are kept between builds; without it, every shard is indexed. */
  cache?: ShardCache;
}

/** What every shard is indexed with: the Pagefind version its metadata names, and the language. */
export interface IndexOptions extends ShardOptions {
  index: OwnShardOptions;
  /**
   * Called with each shard's bundle as soon as it is ready (indexed or taken from the cache), in
   * the order they become ready, with the place of the shard's first page in the whole index.
   */
  onShard?: (files: ShardFiles, firstPage: number) => void;
}

/**
 * How many shards `count` pages go in: one when they fit in one; otherwise at least one per thread,
 * enough to keep each within `shardPages`, and a multiple of the threads, so no core is left to
 * wait while another does the last shard alone.
 */
export function shardCount(
  count: number,
  { shardPages, threads = availableParallelism(), poolFromPages = POOL_FROM_PAGES }: ShardOptions = {},
): number {
  shardPages ??= count >= poolFromPages ? maxShardPages : maxThreadShardPages;
  if (count <= shardPages) return 1;
  const wanted = Math.max(Math.ceil(count / shardPages), threads);
  return Math.min(count, Math.ceil(wanted / threads) * threads);
}

export interface Shards {
  /** The shard bundles, in page order. */
  files: ShardFiles[];
  /** How many of them came from the cache. */
  reused: number;
}

/**
 * Indexes `pageCount` pages in shards (or takes them from the cache) and returns the shard bundles
 * in page order. `pageAt(i)` makes page i's HTML only when its shard starts, so the HTML of a large
 * catalogue is never all in memory at once.
 */
export async function indexInShards(
  pageCount: number,
  pageAt: (i: number) => IndexerPage,
  options: IndexOptions,
): Promise<Shards> {
  const shards = shardCount(pageCount, options);
  const size = Math.ceil(pageCount / shards) || 0;
  const files: ShardFiles[] = Array.from({ length: shards }, () => new Map());
  const pagesOf = (k: number) =>
    Array.from({ length: Math.max(0, Math.min(pageCount, (k + 1) * size) - k * size) }, (_, j) => pageAt(k * size + j));
  const threads = Math.min(options.threads ?? availableParallelism(), shards);
  const usePool = shards > 1 && pageCount >= (options.poolFromPages ?? POOL_FROM_PAGES);
  // Started when a shard first needs indexing: a rebuild that finds every shard cached starts none.
  let pool:
    WorkerPool<{ pages: IndexerPage[]; options: OwnShardOptions }, { path: string; content: Uint8Array }[]> | undefined;
  const startPool = () =>
    (pool ??= new WorkerPool(
      new URL('./shard-worker.ts', import.meta.url),
      threads,
      'Søkeindeksen: en delindeks stoppet',
      // Indexing makes many short-lived objects (a page's words and locations): with V8's
      // default young generation, garbage collection took a quarter of the time. Measured on
      // 10,000 entry pages in one thread: 17.0 s by default, 12.7 s with 64 MB semi-spaces.
      { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    ));
  // In this thread, the shards share one word cache, as a pool thread's shards do.
  const forms = new WordForms();
  const index = async (pages: IndexerPage[]): Promise<ShardFiles> =>
    usePool
      ? shardFiles(await startPool().run({ pages, options: options.index }))
      : ownShard(pages, options.index, forms);
  let reused = 0;
  let next = 0;
  const run = async () => {
    while (next < shards) {
      const k = next++;
      const pages = pagesOf(k);
      const { cache } = options;
      const entry = cache?.entry(pages);
      if (entry?.cached) {
        files[k] = cache!.read(entry.key);
        reused += 1;
      } else {
        files[k] = await index(pages);
        if (entry) cache!.store(entry.key, files[k]);
      }
      options.onShard?.(files[k], k * size);
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, run));
  } finally {
    await pool?.close();
  }
  return { files, reused };
}
