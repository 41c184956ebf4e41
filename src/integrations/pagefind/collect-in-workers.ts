import { availableParallelism } from 'node:os';
import { runWorker } from '../../lib/node/run-worker.ts';
import { collectedInOrder, htmlFiles, readPages, type CollectedPages } from './collect-pages.ts';

/** Below this many files a thread's start-up (loading the modules) costs more than it saves. */
const minFilesPerThread = 300;

export interface CollectThreads {
  /** Threads at most, this one included; one per core unless given. */
  threads?: number;
  /** Files a thread gets at least; tests give a few. */
  minFiles?: number;
}

/**
 * The built site as the index needs it (`readPages` over every HTML file), read over several
 * threads: reading and splitting the pages is a tenth of a build's search step at 1,000 entries
 * and more at 10,000 (9.6–16 s of a 52 s step, measured here), and each page is read on its own.
 * This thread reads the first share while workers read the rest; the shares are joined in file
 * order, so the result does not depend on how many threads read it.
 */
export async function collectPagesInThreads(
  root: string,
  { threads = availableParallelism(), minFiles = minFilesPerThread }: CollectThreads = {},
): Promise<CollectedPages> {
  const files = htmlFiles(root);
  const count = Math.max(1, Math.min(threads, Math.floor(files.length / minFiles)));
  const size = Math.ceil(files.length / count);
  const shares = Array.from({ length: count }, (_, i) => files.slice(i * size, (i + 1) * size));
  const url = new URL('./collect-worker.ts', import.meta.url);
  const others = shares
    .slice(1)
    .map((share) => runWorker<CollectedPages>(url, { root, files: share }, 'Pagefind: en lesetråd stoppet'));
  const rest = Promise.all(others);
  // Awaited below; if this thread's own share throws first, that error is the one reported.
  rest.catch(() => undefined);
  const first = readPages(root, shares[0] ?? []);
  return collectedInOrder([first, ...(await rest)]);
}
