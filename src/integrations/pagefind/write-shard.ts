import * as pagefind from 'pagefind';
import { excludeSelectors } from '../../lib/search/index-fields.ts';
import { assertPagefindOk } from './pagefind-response.ts';
import { shardFiles, type ShardFiles } from './shard-files.ts';

/** A page as the indexer gets it: its site path and the HTML to index. */
export interface ShardPage {
  url: string;
  content: string;
}

/** Pages sent to Pagefind at once. */
const BATCH = 64;

/**
 * Indexes `pages` with one Pagefind process and returns its bundle in memory (getFiles). The build
 * indexes its pages itself (own-shard.ts); this gives Pagefind's runtime files (runtime-files.ts)
 * and the reference the tests compare the build's index with. Written
 * to disk, a shard of 250 pages was 288 files, each a new file for the kernel to make and for the
 * merge to read back. Pagefind keeps the order the pages are sent in (tested:
 * tests/e2e/search.test.ts, «number order»), so batches of concurrent requests are fine and spare
 * the round trips.
 */
export async function indexShard(pages: ShardPage[]): Promise<ShardFiles> {
  try {
    const { index } = assertPagefindOk(await pagefind.createIndex({ excludeSelectors }), 'createIndex');
    if (!index) throw new Error('Pagefind, createIndex: ingen indeks');
    for (let i = 0; i < pages.length; i += BATCH) {
      const batch = pages.slice(i, i + BATCH);
      // The HTML is dropped once it is sent, so a large catalogue is not held twice.
      for (let j = i; j < i + batch.length; j += 1) pages[j] = { url: pages[j]!.url, content: '' };
      await Promise.all(batch.map(async (page) => assertPagefindOk(await index.addHTMLFile(page), page.url)));
    }
    return shardFiles(assertPagefindOk(await index.getFiles(), 'getFiles').files);
  } finally {
    // Pagefind runs as a child process; it must stop also when a step fails, or the build hangs.
    // close() is the module's: Pagefind 1.x indexes have no close() of their own.
    await pagefind.close();
  }
}
