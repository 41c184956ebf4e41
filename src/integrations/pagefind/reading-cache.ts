import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PageReading } from './collect-pages.ts';
import { sourceDigest } from '../../lib/node/source-digest.ts';

/** A page's identity for the cache: a digest of its HTML as built. */
export const htmlDigest = (html: string | Uint8Array) => createHash('sha256').update(html).digest('base64url');

/**
 * The code a reading depends on: how a page is read (collect-pages.ts), what is cut out, read as
 * Pagefind reads it and split (index-html.ts, page-reading.ts, open-element-selector.ts,
 * decompound.ts) and which sections are left out (index-fields.ts). A change to any of them must
 * not reuse readings made the old way.
 */
const readerVersion = () =>
  sourceDigest(import.meta.url, [
    './collect-pages.ts',
    '../../lib/search/build/index-html.ts',
    '../../lib/search/build/page-reading.ts',
    '../../lib/search/build/open-element-selector.ts',
    '../../lib/search/build/decompound.ts',
    '../../lib/search/index-fields.ts',
  ]);

/**
 * What the built pages held for the index (collect-pages.ts `readPageHtml`), kept from one build to
 * the next by a digest of each page's HTML. The incremental build leaves most pages as they were,
 * and reading them back from dist/ was a quarter of a one-entry rebuild's search step at 1,000
 * entries (0.77 of 2.9 s); a page whose HTML is byte for byte the same gives the same reading.
 * One file, written under a temporary name and renamed when complete, holding one build's readings.
 */
export class ReadingCache {
  readonly #file: string;
  readonly #version = readerVersion();
  readonly #readings: Map<string, PageReading>;

  constructor(file: string) {
    this.#file = file;
    this.#readings = this.#load();
  }

  #load(): Map<string, PageReading> {
    if (!existsSync(this.#file)) return new Map();
    try {
      const stored = deserialize(readFileSync(this.#file)) as { version: string; readings: Map<string, PageReading> };
      return stored.version === this.#version && stored.readings instanceof Map ? stored.readings : new Map();
    } catch {
      // A file from an older layout or one cut short reads as no cache; the pages are read anew.
      return new Map();
    }
  }

  get(digest: string): PageReading | undefined {
    return this.#readings.get(digest);
  }

  /**
   * Keeps `readings` (this build's, by digest) for the next build, in place of the last build's.
   * The snapshot is taken now; the file (about 29 KB a page) is written off this thread, and the
   * promise settles when it is complete: a synchronous write of 10,000 pages' readings held up the
   * search step for over a second.
   */
  save(readings: ReadonlyMap<string, PageReading>): Promise<void> {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.tmp`;
    const bytes = serialize({ version: this.#version, readings });
    return writeFile(temporary, bytes).then(() => rename(temporary, this.#file));
  }
}
