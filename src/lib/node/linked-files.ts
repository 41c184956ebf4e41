import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files a build writes by the thousand whose bytes rarely change between builds (each entry's data
 * files, the search fragments and cards), kept in a folder of the cache by the digest of their
 * bytes and hard-linked into dist/. A linked file and its cached copy are one file: nothing may
 * write to it in place afterwards (replace it instead), or the next build links the changed bytes.
 * On this kind of disk a link is a few times cheaper than writing the bytes again: 3,000 files took
 * 42–53 ms to link against 184–343 ms to write, alone; in a build, after Astro's own writes, writing
 * them took about 2 s. A file whose bytes are new is written to the folder first. Where a link is
 * not possible (another disk), the file is written.
 */
export class LinkedFiles {
  readonly #dir: string;
  readonly #used = new Set<string>();
  #canLink = true;

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** Puts `bytes` at `target` (its folder must exist), through the cache. */
  write(target: string, bytes: string | Uint8Array): void {
    const name = createHash('sha256').update(bytes).digest('base64url');
    this.#used.add(name);
    if (!this.#canLink) return writeFileSync(target, bytes);
    const stored = join(this.#dir, name);
    if (!existsSync(stored)) writeFileSync(stored, bytes);
    try {
      linkSync(stored, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        rmSync(target);
        return linkSync(stored, target);
      }
      this.#canLink = false;
      writeFileSync(target, bytes);
    }
  }

  /** The cached files this build used, by name: for `pruneLinkedCache` in another thread. */
  get usedNames(): string[] {
    return [...this.#used];
  }

  /** Removes the cached files this build did not use, so the cache holds one build's files. */
  prune(): void {
    pruneLinkedCache(this.#dir, this.#used);
  }
}

/**
 * Removes the files of the cache folder `dir` whose names are not in `used`. Removing a cached copy
 * changes its last link's change time, in dist/ too; so after a build's stale files are found by
 * change time (previous-build.ts), not before, or a deleted entry's files would look new.
 */
export function pruneLinkedCache(dir: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
}
