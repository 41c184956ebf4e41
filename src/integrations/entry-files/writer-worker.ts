import { parentPort, workerData } from 'node:worker_threads';
import { LinkedFiles } from '../../lib/node/linked-files.ts';
import { writeBundleFiles } from './write-files.ts';

// The thread behind bundle-writer.ts: writes the bundle's files when it comes, and posts how many.
const { root, cacheDir } = workerData as { root: string; cacheDir?: string };
parentPort!.once('message', (text: string) => {
  parentPort!.postMessage(writeBundleFiles(root, text, cacheDir ? new LinkedFiles(cacheDir) : undefined));
});
