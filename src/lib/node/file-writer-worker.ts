import { writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { LinkedFiles } from './linked-files.ts';

// The thread behind file-writer-thread.ts: writes each file as it comes; on null, posts how many it
// wrote and which cached copies they use (the caller prunes the cache: see pruneLinkedCache).
const { cacheDir } = workerData as { cacheDir?: string };
const linked = cacheDir ? new LinkedFiles(cacheDir) : undefined;
let count = 0;
parentPort!.on('message', (message: [path: string, bytes: string | Uint8Array] | null) => {
  if (message === null) {
    parentPort!.postMessage({ count, used: linked?.usedNames ?? [] });
    return;
  }
  const [path, bytes] = message;
  if (linked) linked.write(path, bytes);
  else writeFileSync(path, bytes);
  count += 1;
});
