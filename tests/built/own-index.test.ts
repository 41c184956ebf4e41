import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collectPagesInThreads } from '../../src/integrations/pagefind/collect-in-workers.ts';
import { indexerPages, keywordStep, pageKeywords } from '../../src/integrations/pagefind/keywords.ts';
import { wordsOf } from '../../src/integrations/pagefind/collect-pages.ts';
import { indexedCopy, withoutSorts } from '../../src/lib/search/build/index-html.ts';
import { withKeywords } from '../helpers/with-keywords.ts';
import { ownShard } from '../../src/integrations/pagefind/own-shard.ts';
import { pagefindRuntime } from '../../src/integrations/pagefind/runtime-files.ts';
import { indexShard, type ShardPage } from '../../src/integrations/pagefind/write-shard.ts';
import { assertBuilt, distDir } from '../helpers/dist.ts';
import { shardContents } from '../helpers/shard-contents.ts';

/**
 * The search index is written by the build (own-shard.ts), not by Pagefind, and searched by
 * Pagefind's WebAssembly. So for every built entry page, as the build indexes it (the reading of its
 * indexed copy with its compound parts as a meta field, src/integrations/pagefind/index.ts), the
 * build's index must hold what Pagefind's own index holds of the indexed copy with the compound
 * parts as an element: words, locations, variants, filters, meta fields and fragments.
 */
describe('the search index of the built entry pages', () => {
  it('is what Pagefind writes for them', async () => {
    assertBuilt();
    const root = fileURLToPath(pathToFileURL(`${distDir}/`));
    const { pages } = await collectPagesInThreads(root, {});
    const extractor = keywordStep(pages);
    const html: ShardPage[] = pages.map((page) => ({
      url: page.url,
      content: withKeywords(
        withoutSorts(indexedCopy(readFileSync(join(root, page.url, 'index.html'), 'utf8'))!),
        pageKeywords(extractor, wordsOf(page)),
      ),
    }));
    expect(html.filter((page) => page.content.includes('data-pagefind-meta="nokkelord:'))).toHaveLength(pages.length);
    const pageAt = indexerPages(pages, { keywords: 0 });
    const indexed = pages.map((_, i) => pageAt(i));
    expect(indexed.length).toBeGreaterThanOrEqual(29);
    const { version } = await pagefindRuntime('nb');
    const ours = shardContents(ownShard(indexed, { version, language: 'nb' }));
    const theirs = shardContents(await indexShard(html));
    expect(ours.pages).toEqual(theirs.pages);
    expect(ours.filters).toEqual(theirs.filters);
    expect(ours.fields).toEqual(theirs.fields);
    expect(ours.words).toEqual(theirs.words);
  }, 120_000);
});
