import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexInShards } from '../../../../src/integrations/pagefind/index-shards.ts';
import {
  joinShardIndexes,
  mergeShards,
  writeShardFragments,
} from '../../../../src/integrations/pagefind/merge-shards.ts';
import { ShardCache, shardKey } from '../../../../src/integrations/pagefind/shard-cache.ts';
import type { ShardPage } from '../../../../src/integrations/pagefind/write-shard.ts';
import type { IndexerPage } from '../../../../src/integrations/pagefind/own-shard.ts';
import { indexerPage } from '../../../helpers/indexer-page.ts';
import { pagefindRuntime } from '../../../../src/integrations/pagefind/runtime-files.ts';

// The build's own shards (own-shard.ts) with Pagefind's runtime: a shard taken from the cache must
// give the same joined bundle as indexing everything again.

const html = (i: number, extra = ''): ShardPage => ({
  url: `/eksempler/side-${i}/`,
  content: `<!doctype html><html lang="nb"><body><article data-pagefind-body><h1>Eksempel ${i}</h1><p>Kommunen samarbeider om tiltak ${i}.${extra}</p></article></body></html>`,
});
const pageCount = 7;
const runtime = await pagefindRuntime('nb');
const options = { shardPages: 2, threads: 2, index: { version: runtime.version, language: 'nb' } };

const work = mkdtempSync(join(tmpdir(), 'velferdsspor-shard-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a folder with its bytes, by relative path. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}

/** The bundle as the build writes it: each shard's fragments when it is ready, then the joined index. */
const page = (i: number, extra = ''): IndexerPage => indexerPage(html(i, extra));

async function bundle(name: string, pageAt: (i: number) => IndexerPage, cache?: ShardCache) {
  const dir = join(work, name);
  const firstPages: number[] = [];
  const shards = await indexInShards(pageCount, pageAt, {
    ...options,
    cache,
    onShard: (shard, firstPage) => {
      firstPages.push(firstPage);
      writeShardFragments(shard, firstPage, dir);
    },
  });
  // Every shard, fresh or cached, is handed over once, with the place of its first page.
  expect(firstPages.sort((a, b) => a - b)).toEqual([0, 2, 4, 6]);
  for (const [path, bytes] of runtime.files) shards.files[0]!.set(path, bytes);
  await joinShardIndexes(shards.files, dir);
  // The same bytes as joining everything at once (merge-shards.test.ts compares that with Pagefind).
  await mergeShards(shards.files, `${dir}-merged`);
  expect(files(dir)).toEqual(files(`${dir}-merged`));
  cache?.prune();
  return { ...shards, files: files(dir) };
}

describe('the shard cache', () => {
  const cacheDir = join(work, 'cache');
  const changed = (i: number) => page(i, i === 5 ? ' Ny setning om eldreomsorg.' : '');

  it('gives the same bundle from cached shards as from new ones, and indexes only a changed shard', async () => {
    const fresh = await bundle('fresh', page);
    const first = await bundle('first', page, new ShardCache(cacheDir));
    expect(first.reused).toBe(0);
    // One file per shard in the cache, not the bundle's folders.
    expect(readdirSync(cacheDir)).toHaveLength(4);
    expect(first.files).toEqual(fresh.files);

    const again = await bundle('again', page, new ShardCache(cacheDir));
    expect(again.reused).toBe(4);
    expect(again.files).toEqual(fresh.files);

    const freshChanged = await bundle('fresh-changed', changed);
    const oneChanged = await bundle('one-changed', changed, new ShardCache(cacheDir));
    expect(oneChanged.reused).toBe(3);
    expect(oneChanged.files).toEqual(freshChanged.files);
    expect(oneChanged.files).not.toEqual(fresh.files);
    // The shard that held the old page 5 is pruned; the cache holds this build's shards only.
    const keys = [0, 2, 4, 6].map((start) =>
      shardKey(Array.from({ length: Math.min(2, pageCount - start) }, (_, j) => changed(start + j))),
    );
    expect(readdirSync(cacheDir).sort()).toEqual(keys.map((key) => `${key}.shard`).sort());
  }, 120_000);

  it('does not take a shard whose file was not finished, and indexes it again', async () => {
    const dir = join(work, 'cache-unfinished');
    const cache = new ShardCache(dir);
    const pages = [page(0), page(1)];
    // A build that stopped while writing leaves only the temporary file.
    writeFileSync(join(dir, `${shardKey(pages)}.shard.tmp`), 'halvskrevet');
    expect(cache.entry(pages).cached).toBe(false);
    const shards = await indexInShards(2, (i) => pages[i]!, { ...options, shardPages: 1, threads: 1, cache });
    expect(shards.reused).toBe(0);
    expect([...shards.files[0]!.keys()].filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
    cache.prune();
    expect(readdirSync(dir)).toHaveLength(2);
  }, 60_000);

  it('names a shard by its pages, their order and their bytes', () => {
    const base = shardKey([page(0), page(1)]);
    expect(shardKey([page(0), page(1)])).toBe(base);
    expect(shardKey([page(1), page(0)])).not.toBe(base);
    expect(shardKey([page(0), page(1, '!')])).not.toBe(base);
    expect(shardKey([{ ...page(0), url: '/eksempler/annen/' }, page(1)])).not.toBe(base);
  });
});
