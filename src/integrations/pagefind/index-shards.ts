import { availableParallelism } from 'node:os';
import { runWorker } from '../../lib/node/run-worker.ts';
import { indexShard, type ShardPage } from './write-shard.ts';
import { shardFiles, type ShardFiles } from './shard-files.ts';
import type { ShardCache } from './shard-cache.ts';

/**
 * The search index is written in shards of consecutive pages, each by its own Pagefind process,
 * and joined afterwards (merge-shards.ts). Three reasons. One Pagefind 1.6 process slows down as it
 * grows: measured here with the CLI, 2,500 entry pages took 7.3 s, 5,000 took 16.1 s and 10,000
 * took 47.7 s. Separate processes use every core: at 1,000 pages the whole search step took
 * 6.8–7.1 s in shards of 250 against 7.1–8.3 s in one process (alternating, same machine). And a
 * shard whose pages have not changed is taken from the last build (shard-cache.ts), so a rebuild
 * with one entry changed indexes 250 pages, not all. A catalogue within one shard is indexed in this
 * thread.
 */
export const maxShardPages = 250;

export interface ShardOptions {
  /** Most pages in a shard; `maxShardPages` unless given (tests give a few). */
  shardPages?: number;
  /** Shards indexed at once; one per core unless given. */
  threads?: number;
  /** Where finished shards are kept between builds; without it, every shard is indexed. */
  cache?: ShardCache;
}

/**
 * How many shards `count` pages go in: one when they fit in one; otherwise at least one per thread,
 * enough to keep each within `shardPages`, and a multiple of the threads, so no core is left to
 * wait while another does the last shard alone.
 */
export function shardCount(
  count: number,
  { shardPages = maxShardPages, threads = availableParallelism() }: ShardOptions = {},
): number {
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
  pageAt: (i: number) => ShardPage,
  options: ShardOptions = {},
): Promise<Shards> {
  const shards = shardCount(pageCount, options);
  const size = Math.ceil(pageCount / shards) || 0;
  const files: ShardFiles[] = Array.from({ length: shards }, () => new Map());
  const pagesOf = (k: number) =>
    Array.from({ length: Math.max(0, Math.min(pageCount, (k + 1) * size) - k * size) }, (_, j) => pageAt(k * size + j));
  const index = async (k: number, pages: ShardPage[]): Promise<ShardFiles> =>
    shards === 1
      ? indexShard(pages)
      : shardFiles(
          await runWorker<{ path: string; content: Uint8Array }[]>(
            new URL('./shard-worker.ts', import.meta.url),
            { pages },
            `Pagefind: delindeks ${k} stoppet`,
          ),
        );
  let reused = 0;
  let next = 0;
  const run = async () => {
    while (next < shards) {
      const k = next++;
      const pages = pagesOf(k);
      const { cache } = options;
      if (!cache) {
        files[k] = await index(k, pages);
        continue;
      }
      const { key, cached } = cache.entry(pages);
      if (cached) {
        files[k] = cache.read(key);
        reused += 1;
        continue;
      }
      files[k] = await index(k, pages);
      cache.store(key, files[k]);
    }
  };
  const threads = Math.min(options.threads ?? availableParallelism(), shards);
  await Promise.all(Array.from({ length: threads }, run));
  return { files, reused };
}
