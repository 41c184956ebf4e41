import { availableParallelism } from 'node:os';
import { runWorker } from '../lib/node/run-worker.ts';
import type { ContentFile } from '../lib/node/content-files.ts';
import { processEntries, type ProcessedEntry } from './process-entries.ts';

/** Below this many files a worker's start-up (loading the parser) costs more than it saves. */
const minFilesForWorkers = 200;

/**
 * Parsing MDX with micromark is the costliest step of loading entries (about 3 ms a body), and
 * Astro runs the loader on one thread. Many files are split over worker threads, one per core;
 * the results come back in file order. Worker code is the same TypeScript the loader runs.
 */
export async function processInWorkers(root: string, files: readonly ContentFile[]): Promise<ProcessedEntry[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / minFilesForWorkers));
  const workerUrl = new URL('./entry-worker.ts', import.meta.url);
  if (threads < 2 || workerUrl.protocol !== 'file:') return processEntries(root, files);
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    shares.map((share) =>
      runWorker<ProcessedEntry[]>(workerUrl, { root, files: share }, 'Innholdet: en arbeidstråd stoppet'),
    ),
  );
  return results.flat();
}
