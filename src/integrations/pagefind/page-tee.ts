import { Worker } from 'node:worker_threads';
import type { PageReading } from './collect-pages.ts';
import { setPageSink } from './tee-sink.ts';
import { ownCopy } from '../../lib/node/own-copy.ts';

/** A page handed over while Astro rendered it: its size in bytes and what it holds for the index. */
export interface TeedPage {
  bytes: number;
  /** A digest of the HTML (reading-cache.ts), so the next build can take the reading from its cache. */
  digest: string;
  reading: PageReading;
}

/** Pages handed over, by site path («/eksempler/x/»). */
export type TeedPages = Map<string, TeedPage>;

/**
 * Reads the pages for the search index while Astro renders them, in a thread of its own. Page
 * generation runs on one core while the other mostly waits, and reading 10,000 built pages back from
 * dist/ afterwards took 8.5–8.9 s of the search step (13.3–13.7 s in one thread). The middleware
 * (tee-middleware.ts) hands each rendered HTML page here, and tee-worker.ts reads it as
 * `readPageHtml` reads a file. A page this build did not render (the incremental build reused it) is
 * read from dist/ as before, and so is one whose file is not the size of the HTML handed over
 * (collect-in-workers.ts).
 */
export class PageTee {
  readonly #worker: Worker;
  readonly #pages: Promise<TeedPages>;

  constructor() {
    this.#worker = new Worker(new URL('./tee-worker.ts', import.meta.url));
    // A build that stops before build:done never asks for the pages: the thread must not keep it alive.
    this.#worker.unref();
    const pages: TeedPages = new Map();
    this.#pages = new Promise<TeedPages>((resolve, reject) => {
      // Each page's reading as it is made; null once the thread has read every page it was given.
      this.#worker.on('message', (message: [path: string, page: TeedPage] | null) => {
        if (message === null) resolve(pages);
        else pages.set(message[0], message[1]);
      });
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`Pagefind: lesetråden stoppet (kode ${code})`)));
    });
    // Reported by finish(); a build that never gets there has its own error to report.
    this.#pages.catch(() => undefined);
    // The bytes go on in the response: the thread gets a copy of its own (`ownCopy`).
    setPageSink((path, html) => {
      const own = ownCopy(html);
      this.#worker.postMessage([path, own], [own.buffer]);
    });
  }

  /** Stops taking pages and gives what the thread read, once it has read all it was given. */
  async finish(): Promise<TeedPages> {
    setPageSink(undefined);
    this.#worker.postMessage(null);
    try {
      return await this.#pages;
    } finally {
      await this.#worker.terminate();
    }
  }
}
