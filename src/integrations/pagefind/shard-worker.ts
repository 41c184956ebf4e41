import { parentPort } from 'node:worker_threads';
import { ownShard, type IndexerPage, type OwnShardOptions } from './own-shard.ts';
import { WordForms } from '../../lib/search/build/page-words.ts';

// Shards of the search index, one at a time, in a thread of a pool (index-shards.ts), so shards
// are indexed on every core. The word forms are kept from shard to shard: the catalogue's pages
// share most of their words. The files are copied back, not moved: small Buffers share Node's
// pool, which cannot be transferred.
const forms = new WordForms();
parentPort!.on('message', ({ pages, options }: { pages: IndexerPage[]; options: OwnShardOptions }) => {
  try {
    const files = ownShard(pages, options, forms);
    parentPort!.postMessage({ result: [...files].map(([path, content]) => ({ path, content })) });
  } catch (error) {
    parentPort!.postMessage({ error });
  }
});
