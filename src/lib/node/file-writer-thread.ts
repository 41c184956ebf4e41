import { Worker } from 'node:worker_threads';
import { ownCopy } from './own-copy.ts';

/** What the thread wrote: how many files, and the names of the cached copies they are linked to. */
export interface WrittenFiles {
  count: number;
  used: string[];
}

/**
 * Writes files in a thread of its own, in the order they are handed over, through a cache of linked
 * files when given one (linked-files.ts). For the thousands of small files a build ends with (the
 * search fragments and cards): on this kind of disk making a new file costs the kernel 0.2–0.5 ms
 * (perf: ext4 inode allocation), and in this thread that time is spent on the other core while the
 * build goes on computing. A file's folder must exist before it is handed over. Nothing may read the
 * files before `finish()` has resolved. The cache is not pruned here: the caller does that with
 * `pruneLinkedCache`, at the point of the build where it is safe.
 */
export class FileWriterThread {
  readonly #worker: Worker;
  readonly #written: Promise<WrittenFiles>;

  constructor(cacheDir?: string) {
    this.#worker = new Worker(new URL('./file-writer-worker.ts', import.meta.url), { workerData: { cacheDir } });
    // A build that fails before it asks for the files must not be kept alive by this thread;
    // finish() holds the process open again while it waits.
    this.#worker.unref();
    this.#written = new Promise<WrittenFiles>((resolve, reject) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`Skrivetråden stoppet (kode ${code})`)));
    });
    // Reported by finish(); a caller that fails first has its own error to report.
    this.#written.catch(() => undefined);
  }

  /**
   * Hands one file over; it is written after every file handed over before it. Bytes go over as a
   * copy of their own (`ownCopy`): the merge's fragments are views into a cached shard of megabytes.
   */
  readonly write = (path: string, bytes: string | Uint8Array): void => {
    if (typeof bytes === 'string') return this.#worker.postMessage([path, bytes]);
    const own = ownCopy(bytes);
    this.#worker.postMessage([path, own], [own.buffer]);
  };

  /** Waits until every file handed over is written; resolves with what was written. */
  async finish(): Promise<WrittenFiles> {
    this.#worker.ref();
    this.#worker.postMessage(null);
    try {
      return await this.#written;
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Stops the thread without waiting for its files, for a build that has failed already. */
  async abort(): Promise<void> {
    await this.#worker.terminate();
  }
}
