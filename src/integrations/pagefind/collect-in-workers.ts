import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { runWorker } from '../../lib/node/run-worker.ts';
import { pagePath } from '../../lib/search/build/index-html.ts';
import { collectedInOrder, htmlFiles, readPages, type CollectedPages } from './collect-pages.ts';
import type { TeedPages } from './page-tee.ts';

/** Below this many files a thread's start-up (loading the modules) costs more than it saves. */
const minFilesPerThread = 300;

export interface CollectThreads {
  /** Threads at most, this one included; one per core unless given. */
  threads?: number;
  /** Files a thread gets at least; tests give a few. */
  minFiles?: number;
  /** Pages already read while Astro rendered them (page-tee.ts); their files are not read again. */
  teed?: TeedPages;
}

/**
 * The built site as the index needs it (`readPages` over every HTML file), read over several
 * threads: reading and splitting the pages is a tenth of a build's search step at 1,000 entries
 * and more at 10,000 (9.6–16 s of a 52 s step, measured here), and each page is read on its own.
 * This thread reads the first share while workers read the rest; the shares are joined in number
 * order, so the result does not depend on how many threads read it, or on which pages were teed.
 */
export async function collectPagesInThreads(
  root: string,
  { threads = availableParallelism(), minFiles = minFilesPerThread, teed }: CollectThreads = {},
): Promise<CollectedPages & { teedFiles: number }> {
  const known: CollectedPages = { pages: [], listings: [] };
  const all = htmlFiles(root);
  const files = all.filter((file) => {
    const url = pagePath(relative(root, file));
    const page = teed?.get(url);
    // A page this build did not render (the incremental build reused the last build's file) was not
    // handed over; one whose file is not the size of what was handed over is read anew as well.
    if (!page || statSync(file).size !== page.bytes) return true;
    if (page.reading.listing) known.listings.push(file);
    if (page.reading.page) known.pages.push({ url, ...page.reading.page });
    return false;
  });
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
  // How many files were not read again, for the build log.
  const teedFiles = all.length - files.length;
  return { ...collectedInOrder([known, first, ...(await rest)]), teedFiles };
}
