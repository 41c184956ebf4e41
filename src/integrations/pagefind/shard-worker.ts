import { parentPort, workerData } from 'node:worker_threads';
import { indexShard, type ShardPage } from './write-shard.ts';

// One shard of the search index, in a thread of its own so it gets a Pagefind process of its own
// (the pagefind module keeps one process per module instance): see index-shards.ts. The files are
// copied back, not moved: small Buffers share Node's pool, which cannot be transferred.
const { pages } = workerData as { pages: ShardPage[] };
const files = await indexShard(pages);
parentPort!.postMessage([...files].map(([path, content]) => ({ path, content })));
