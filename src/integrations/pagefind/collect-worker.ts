import { parentPort, workerData } from 'node:worker_threads';
import { readPages } from './collect-pages.ts';

// One share of the built pages, read off the integration's thread (see collect-in-workers.ts).
const { root, files } = workerData as { root: string; files: string[] };
parentPort!.postMessage(readPages(root, files));
