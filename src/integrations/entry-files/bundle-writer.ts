import { Worker } from 'node:worker_threads';
import { setBundleSink } from './writer-sink.ts';

/** What the thread wrote: how many files, and the names of the cached copies they are linked to. */
export interface WrittenBundle {
  count: number;
  used: string[];
}

/**
 * Writes every entry's files (/data/eksempler/<slug>.json, .ris, .bib) in a thread of its own while
 * Astro renders the pages. Page generation keeps one core busy and leaves the other mostly idle, and
 * at 1,000 entries writing the 3,000 files after it took 1.7–1.9 s of the build, nearly all of it the
 * kernel making new files (a perf profile: ext4 inode allocation). The bundle route is rendered
 * first of all pages, and the middleware (write-middleware.ts) hands it over at once. When the
 * incremental build reuses the bundle instead of rendering it, nothing is handed over and
 * `finish()` says so; index.ts then writes the files from dist/ as before.
 */
export class BundleWriter {
  readonly #worker: Worker;
  readonly #written: Promise<WrittenBundle>;
  #taken = false;

  constructor(root: string, cacheDir: string | undefined) {
    this.#worker = new Worker(new URL('./writer-worker.ts', import.meta.url), { workerData: { root, cacheDir } });
    // A build that stops before it is done never asks for the count: the thread must not keep it alive.
    this.#worker.unref();
    this.#written = new Promise<WrittenBundle>((resolve, reject) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) =>
        reject(new Error(`Filene per eksempel: skrivetråden stoppet (kode ${code})`)),
      );
    });
    // Reported by finish(); a build that never gets there has its own error to report.
    this.#written.catch(() => undefined);
    setBundleSink((text) => {
      this.#taken = true;
      setBundleSink(undefined);
      this.#worker.postMessage(text);
    });
  }

  /**
   * What the thread wrote, once it has; undefined when no bundle was handed over. The cache of
   * linked files is not pruned yet: the caller does that once the stale files are gone.
   */
  async finish(): Promise<WrittenBundle | undefined> {
    setBundleSink(undefined);
    try {
      return this.#taken ? await this.#written : undefined;
    } finally {
      await this.#worker.terminate();
    }
  }
}
