import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runWorker } from '../../lib/node/run-worker.ts';
import { writeShard, type ShardPage } from './write-shard.ts';

/**
 * A large search index is written in shards of consecutive pages, each by its own Pagefind process,
 * and joined afterwards (merge-shards.ts). One Pagefind 1.6 process slows down as it grows: measured
 * here with the CLI, 2,500 entry pages took 7.3 s, 5,000 took 16.1 s and 10,000 took 47.7 s. Through
 * the Node API, 10,000 pages in one process took 81 s to index and write; the same pages in four
 * processes of 2,500, one after the other, 45 s; 1,250 per process was no faster (43 s). Separate
 * processes also use every core. Below `minPagesForShards` one process does it all, in this thread:
 * there the slowdown is small, and at 1,000 entries two processes cost more memory (1,143 MB peak
 * against 1,002 MB) than the 0.4 s they saved.
 */
export const maxShardPages = 2000;
export const minPagesForShards = 2500;

export interface ShardOptions {
  /** Most pages in a shard; `maxShardPages` unless given (tests give a few). */
  shardPages?: number;
  /** Fewest pages that are sharded; `minPagesForShards` unless given. */
  minPages?: number;
  /** Shards indexed at once; one per core unless given. */
  threads?: number;
}

/**
 * How many shards `count` pages go in: one for a small site; otherwise at least one per thread,
 * enough to keep each within `shardPages`, and a multiple of the threads, so no core is left to
 * wait while another does the last shard alone.
 */
export function shardCount(
  count: number,
  { shardPages = maxShardPages, minPages = minPagesForShards, threads = availableParallelism() }: ShardOptions = {},
): number {
  if (count < Math.max(1, minPages) || (threads < 2 && count <= shardPages)) return 1;
  const wanted = Math.max(Math.ceil(count / shardPages), threads);
  return Math.min(count, Math.ceil(wanted / threads) * threads);
}

/**
 * Indexes `pageCount` pages in shards under `workDir` («0», «1», …) and returns the shard folders
 * in page order. `pageAt(i)` makes page i's HTML only when its shard starts, so the HTML of a large
 * catalogue is never all in memory at once.
 */
export async function indexInShards(
  pageCount: number,
  pageAt: (i: number) => ShardPage,
  workDir: string,
  options: ShardOptions = {},
): Promise<string[]> {
  const shards = shardCount(pageCount, options);
  const size = Math.ceil(pageCount / shards) || 0;
  const dirs = Array.from({ length: shards }, (_, k) => join(workDir, String(k)));
  const pagesOf = (k: number) =>
    Array.from({ length: Math.max(0, Math.min(pageCount, (k + 1) * size) - k * size) }, (_, j) => pageAt(k * size + j));
  if (shards === 1) {
    await writeShard(pagesOf(0), dirs[0]!);
    return dirs;
  }
  const threads = Math.min(options.threads ?? availableParallelism(), shards);
  let next = 0;
  const run = async () => {
    while (next < shards) {
      const k = next++;
      await runWorker(
        new URL('./shard-worker.ts', import.meta.url),
        { pages: pagesOf(k), outputPath: dirs[k]! },
        `Pagefind: delindeks ${k} stoppet`,
      );
    }
  };
  await Promise.all(Array.from({ length: threads }, run));
  return dirs;
}
