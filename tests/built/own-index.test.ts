import { describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectPagesInThreads } from '../../src/integrations/pagefind/collect-in-workers.ts';
import { indexerPages } from '../../src/integrations/pagefind/keywords.ts';
import { ownShard } from '../../src/integrations/pagefind/own-shard.ts';
import { pagefindRuntime } from '../../src/integrations/pagefind/runtime-files.ts';
import { indexShard, type ShardPage } from '../../src/integrations/pagefind/write-shard.ts';
import { assertBuilt, distDir } from '../helpers/dist.ts';
import { shardContents } from '../helpers/shard-contents.ts';

/**
 * The search index is written by the build (own-shard.ts), not by Pagefind, and searched by
 * Pagefind's WebAssembly. So for every built entry page, as the build indexes it (the indexed copy
 * with its compound parts, src/integrations/pagefind/index.ts), the build's index must hold what
 * Pagefind's own index of the same pages holds: words, locations, variants, filters, meta fields
 * and fragments.
 */
describe('the search index of the built entry pages', () => {
  it('is what Pagefind writes for them', async () => {
    assertBuilt();
    const root = fileURLToPath(pathToFileURL(`${distDir}/`));
    const { pages } = await collectPagesInThreads(root, {});
    const pageAt = indexerPages(pages, { keywords: 0 });
    const indexed: ShardPage[] = pages.map((_, i) => pageAt(i));
    expect(indexed.length).toBeGreaterThanOrEqual(29);
    const { version } = await pagefindRuntime('nb');
    const ours = shardContents(ownShard(indexed, { version, language: 'nb' }));
    const theirs = shardContents(await indexShard(indexed.map((page) => ({ ...page }))));
    expect(ours.pages).toEqual(theirs.pages);
    expect(ours.filters).toEqual(theirs.filters);
    expect(ours.fields).toEqual(theirs.fields);
    expect(ours.words).toEqual(theirs.words);
  }, 120_000);
});
