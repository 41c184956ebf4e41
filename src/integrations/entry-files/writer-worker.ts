import { parentPort, workerData } from 'node:worker_threads';
import { LinkedFiles } from '../../lib/node/linked-files.ts';
import { writeBundleFiles } from './write-files.ts';
import type { WrittenBundle } from './bundle-writer.ts';

// The thread behind bundle-writer.ts: writes the bundle's files when it comes, and posts how many
// and which cached files they use. The cache is pruned later, in build:done (see pruneLinkedCache).
const { root, cacheDir } = workerData as { root: string; cacheDir?: string };
parentPort!.once('message', (text: string) => {
  const linked = cacheDir ? new LinkedFiles(cacheDir) : undefined;
  const count = writeBundleFiles(root, text, linked, { prune: false });
  parentPort!.postMessage({ count, used: linked?.usedNames ?? [] } satisfies WrittenBundle);
});
