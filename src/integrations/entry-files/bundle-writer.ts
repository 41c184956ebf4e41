import { FileWriterThread, type WrittenFiles } from '../../lib/node/file-writer-thread.ts';
import { writeBundleFiles } from './write-files.ts';
import { setBundleSink } from './writer-sink.ts';

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
  readonly #thread: FileWriterThread;
  #taken = false;
  /** A bundle refused by readBundle: reported by finish(), which the build awaits. */
  #error: unknown;

  constructor(root: string, cacheDir: string | undefined) {
    this.#thread = new FileWriterThread(cacheDir);
    setBundleSink((text) => {
      this.#taken = true;
      setBundleSink(undefined);
      try {
        writeBundleFiles(root, text, this.#thread.write);
      } catch (error) {
        this.#error = error;
      }
    });
  }

  /**
   * What the thread wrote, once it has; undefined when no bundle was handed over. The cache of
   * linked files is not pruned yet: the caller does that once the stale files are gone.
   */
  async finish(): Promise<WrittenFiles | undefined> {
    setBundleSink(undefined);
    if (!this.#taken || this.#error) {
      await this.#thread.abort();
      if (this.#error) throw this.#error;
      return undefined;
    }
    return this.#thread.finish();
  }
}
