import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { excludeSelectors } from '../../lib/search/index-fields.ts';
import type { ShardPage } from './write-shard.ts';

/** Pagefind's version, from its package.json (which its `exports` do not list, so found from its entry). */
function pagefindVersion(): string {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** What else a shard's index depends on: Pagefind's version and the options it is run with. */
const indexerVersion = JSON.stringify([pagefindVersion(), excludeSelectors]);

/** A shard's name in the cache: a digest of its pages, in order, and of the indexer. */
export function shardKey(pages: readonly ShardPage[]): string {
  const hash = createHash('sha256').update(indexerVersion);
  for (const page of pages) hash.update(`\0${page.url}\0${page.content.length}\0`).update(page.content);
  return hash.digest('base64url');
}

/** The file Pagefind writes last: a shard folder without it is not a finished index. */
const FINISHED = 'pagefind-entry.json';

/**
 * Shard indexes kept between builds (in Astro's cache folder), so a rebuild with one entry changed
 * indexes again only the shard that holds it: a shard whose pages are the same, byte for byte,
 * gives the same index. An index is written to a temporary folder and renamed when it is done,
 * so a build that stops half-way leaves no shard that looks finished.
 */
export class ShardCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The shard's folder and whether its index is already there; marks it as used by this build. */
  entry(pages: readonly ShardPage[]): { dir: string; cached: boolean } {
    const key = shardKey(pages);
    this.#used.add(key);
    const dir = join(this.#dir, key);
    return { dir, cached: existsSync(join(dir, FINISHED)) };
  }

  /** Where to write a shard's index before `finish` moves it to `dir`. */
  pending(dir: string): string {
    const temporary = `${dir}.tmp`;
    rmSync(temporary, { recursive: true, force: true });
    return temporary;
  }

  finish(temporary: string, dir: string): void {
    rmSync(dir, { recursive: true, force: true });
    renameSync(temporary, dir);
  }

  /** Removes every shard this build did not use, so the cache holds one build's shards. */
  prune(): void {
    for (const name of readdirSync(this.#dir))
      if (!this.#used.has(name)) rmSync(join(this.#dir, name), { recursive: true, force: true });
  }
}
