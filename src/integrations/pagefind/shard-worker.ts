import { parentPort, workerData } from 'node:worker_threads';
import { writeShard, type ShardPage } from './write-shard.ts';

// One shard of the search index, in a thread of its own so it gets a Pagefind process of its own
// (the pagefind module keeps one process per module instance): see index-shards.ts.
const { pages, outputPath } = workerData as { pages: ShardPage[]; outputPath: string };
await writeShard(pages, outputPath);
parentPort!.postMessage('done');
