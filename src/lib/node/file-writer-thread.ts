import { Worker } from 'node:worker_threads';

/**
 * Writes files in a thread of its own, in the order they are handed over, through a cache of linked
 * files when given one (linked-files.ts). For the thousands of small files a build ends with (the
 * search fragments and cards): on this kind of disk making a new file costs the kernel 0.2–0.5 ms
 * (perf: ext4 inode allocation), and in this thread that time is spent on the other core while the
 * build goes on computing. A file's folder must exist before it is handed over. Nothing may read the
 * files before `finish()` has resolved.
 */
export class FileWriterThread {
  readonly #worker: Worker;
  readonly #count: Promise<number>;

  constructor(cacheDir?: string) {
    this.#worker = new Worker(new URL('./file-writer-worker.ts', import.meta.url), { workerData: { cacheDir } });
    this.#count = new Promise<number>((resolve, reject) => {
      this.#worker.once('message', resolve);
      this.#worker.once('error', reject);
      this.#worker.once('exit', (code) => reject(new Error(`Skrivetråden stoppet (kode ${code})`)));
    });
    // Reported by finish(); a caller that fails first has its own error to report.
    this.#count.catch(() => undefined);
  }

  /** Hands one file over; it is written after every file handed over before it. */
  readonly write = (path: string, bytes: string | Uint8Array): void => {
    this.#worker.postMessage([path, bytes]);
  };

  /** Waits until every file handed over is written (and the cache pruned); resolves with how many. */
  async finish(): Promise<number> {
    this.#worker.postMessage(null);
    try {
      return await this.#count;
    } finally {
      await this.#worker.terminate();
    }
  }

  /** Stops the thread without waiting for its files, for a build that has failed already. */
  async abort(): Promise<void> {
    await this.#worker.terminate();
  }
}
