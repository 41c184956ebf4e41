import { parentPort, workerData } from 'node:worker_threads';
import { processEntries } from './process-entries.ts';
import type { ContentFile } from '../lib/node/content-files.ts';

// One share of the entries, checked and rendered off the loader's thread (see process-in-workers.ts).
const { root, files } = workerData as { root: string; files: ContentFile[] };
parentPort!.postMessage(processEntries(root, files));
