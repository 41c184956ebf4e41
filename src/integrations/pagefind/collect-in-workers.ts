import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { runWorker } from '../../lib/node/run-worker.ts';
import { pagePath } from '../../lib/search/build/index-html.ts';
import { collectedInOrder, htmlFiles, readPages, type CollectedPages, type PageReading } from './collect-pages.ts';
import { htmlDigest, type ReadingCache } from './reading-cache.ts';
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
  /** Readings of the last build (reading-cache.ts): a page with the same HTML is not read again. */
  cache?: ReadingCache;
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
  { threads = availableParallelism(), minFiles = minFilesPerThread, teed, cache }: CollectThreads = {},
): Promise<CollectedPages & { teedFiles: number; cachedFiles: number; saved: Promise<void> }> {
  const known: CollectedPages = { pages: [], listings: [] };
  const all = htmlFiles(root);
  // This build's readings by digest, for the cache; those of files read below are added after.
  const readings = new Map<string, PageReading>();
  const digests = new Map<string, string>();
  let cachedFiles = 0;
  const take = (file: string, url: string, reading: PageReading) => {
    if (reading.listing) known.listings.push(file);
    if (reading.page) known.pages.push({ url, ...reading.page });
  };
  const files = all.filter((file) => {
    const url = pagePath(relative(root, file));
    const page = teed?.get(url);
    // A page this build did not render (the incremental build reused the last build's file) was not
    // handed over; one whose file is not the size of what was handed over is read anew as well.
    if (page && statSync(file).size === page.bytes) {
      readings.set(page.digest, page.reading);
      take(file, url, page.reading);
      return false;
    }
    if (!cache) return true;
    const digest = htmlDigest(readFileSync(file));
    const cached = cache.get(digest);
    if (!cached) {
      digests.set(file, digest);
      return true;
    }
    readings.set(digest, cached);
    take(file, url, cached);
    cachedFiles += 1;
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
  const read = [first, ...(await rest)];
  let saved = Promise.resolve();
  if (cache) {
    // What each file read here held, found again by its path: its page, whether it is a listing.
    const byUrl = new Map(read.flatMap((share) => share.pages.map((page) => [page.url, page] as const)));
    const listings = new Set(read.flatMap((share) => share.listings));
    for (const [file, digest] of digests) {
      const found = byUrl.get(pagePath(relative(root, file)));
      const { url: _url, ...page } = found ?? { url: '' };
      readings.set(digest, {
        listing: listings.has(file),
        ...(found && { page: page as NonNullable<PageReading['page']> }),
      });
    }
    // Taken now: the pages are emptied as they are sent to the indexer.
    saved = cache.save(readings);
    // Awaited by the caller; until then a failed write must not go unhandled.
    saved.catch(() => undefined);
  }
  // How many files were not read again, for the build log.
  const teedFiles = all.length - files.length - cachedFiles;
  return { ...collectedInOrder([known, ...read]), teedFiles, cachedFiles, saved };
}
