import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexerPage } from './own-shard.ts';
import { excludeSelectors } from '../../lib/search/index-fields.ts';
import { shardFiles, type ShardFiles } from './shard-files.ts';
import { sourceDigest } from '../../lib/node/source-digest.ts';

/** Pagefind's version, from its package.json (which its `exports` do not list, so found from its entry). */
function pagefindVersion(): string {
  const packageJson = new URL('../package.json', import.meta.resolve('pagefind'));
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/**
 * The build's own indexer (own-shard.ts and what it reads pages with), as a digest of its source:
 * a change to how pages are read or words are split must not reuse shards indexed the old way.
 */
const indexerSource = () =>
  sourceDigest(import.meta.url, [
    './own-shard.ts',
    './cbor-bytes.ts',
    '../../lib/search/build/page-reading.ts',
    '../../lib/search/build/page-words.ts',
    '../../lib/search/build/stem-norwegian.ts',
    '../../lib/search/build/open-element-selector.ts',
  ]);

/** What else a shard's index depends on: Pagefind's version, the indexer and the options it is run with. */
const indexerVersion = JSON.stringify([pagefindVersion(), indexerSource(), excludeSelectors]);

/** A shard's name in the cache: a digest of its pages, in order, and of the indexer. */
export function shardKey(pages: readonly IndexerPage[]): string {
  const hash = createHash('sha256').update(indexerVersion);
  // A reading serialised (node:v8) is its fields in order, Maps in insertion order: the same
  // reading, the same bytes.
  for (const page of pages) {
    const bytes = serialize(page.reading);
    hash.update(`\0${page.url}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('base64url');
}

const PACK = '.shard';

/**
 * Shard indexes kept between builds (in Astro's cache folder), so a rebuild with one entry changed
 * indexes again only the shard that holds it: a shard whose pages are the same, byte for byte,
 * gives the same index. Each shard is one file, its bundle serialised (node:v8), not the bundle's
 * 288 files per 250 pages. It is written under a temporary name and renamed when complete, so a
 * build that stops half-way leaves no file that looks finished.
 */
export class ShardCache {
  readonly #dir: string;
  readonly #used = new Set<string>();

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  /** The shard's key and whether its index is already there; marks it as used by this build. */
  entry(pages: readonly IndexerPage[]): { key: string; cached: boolean } {
    const key = shardKey(pages);
    this.#used.add(key + PACK);
    return { key, cached: existsSync(join(this.#dir, key + PACK)) };
  }

  read(key: string): ShardFiles {
    return shardFiles(deserialize(readFileSync(join(this.#dir, key + PACK))) as { path: string; content: Buffer }[]);
  }

  store(key: string, files: ShardFiles): void {
    const file = join(this.#dir, key + PACK);
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, serialize([...files].map(([path, content]) => ({ path, content }))));
    renameSync(temporary, file);
  }

  /** Removes every shard this build did not use (and an older layout's folders), so the cache holds one build's shards. */
  prune(): void {
    for (const name of readdirSync(this.#dir))
      if (!this.#used.has(name)) rmSync(join(this.#dir, name), { recursive: true, force: true });
  }
}
