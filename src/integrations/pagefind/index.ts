import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { collectPagesInThreads } from './collect-in-workers.ts';
import { PageTee, type TeedPages } from './page-tee.ts';
import { ReadingCache } from './reading-cache.ts';
import { indexerPages } from './keywords.ts';
import { indexInShards, type ShardOptions, type Shards } from './index-shards.ts';
import { pagefindRuntime } from './runtime-files.ts';
import { ShardCache } from './shard-cache.ts';
import { FileWriterThread } from '../../lib/node/file-writer-thread.ts';
import { pruneLinkedCache } from '../../lib/node/linked-files.ts';
import { joinShardIndexes, writeShardFragments } from './merge-shards.ts';
import { fillResultIds, parseFragments, resultIds, type Fragment } from './result-ids.ts';
import { writeCards } from './cards.ts';
import { writeSortLists } from './sort-lists.ts';

/**
 * Builds the search index at the end of `astro build`, so `npm run build` alone produces
 * dist/pagefind/. Only pages with `data-pagefind-body` (the entry pages) are indexed. Each page's
 * copy for the indexer gets the parts of its compound words as a hidden, searchable meta field;
 * the page that is served stays as it was (see src/lib/search/build/index-html.ts).
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir: URL | undefined;
  let tee: PageTee | undefined;
  return {
    name: 'velferdsspor:pagefind',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./tee-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        tee = new PageTee();
      },
      'astro:build:done': async ({ dir, logger }) =>
        indexSite(dir, logger, {
          teed: await tee?.finish(),
          ...(cacheDir && {
            cache: new ShardCache(fileURLToPath(new URL('pagefind/', cacheDir))),
            linkedDir: fileURLToPath(new URL('pagefind-files/', cacheDir)),
            readings: new ReadingCache(fileURLToPath(new URL('pagefind-readings.v8', cacheDir))),
          }),
        }),
    },
  };
}

/** The steps, in order: collect pages, keywords, index in shards, join them, prune, decompress, result ids, cards, sort lists. */
export async function indexSite(
  dir: URL,
  logger: Pick<AstroIntegrationLogger, 'info'>,
  {
    linkedDir,
    teed,
    readings,
    ...shardOptions
  }: ShardOptions & { linkedDir?: string; teed?: TeedPages; readings?: ReadingCache } = {},
): Promise<void> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const bundleDir = join(root, 'pagefind');
  const { pages, listings, teedFiles, cachedFiles, saved } = await collectPagesInThreads(root, {
    teed,
    cache: readings,
  });
  const counts = { keywords: 0 };
  // Pagefind gives its runtime (pagefind.js, the WebAssembly); the build indexes the pages itself.
  const language = pages[0]?.reading.language ?? 'unknown';
  const runtime = await pagefindRuntime(language);
  rmSync(bundleDir, { recursive: true, force: true });
  // Fragments and cards are a file per page, the same bytes for a page that has not changed: a
  // thread writes them (linking unchanged ones from the cache), from the moment each shard is
  // ready, while this one indexes the other shards and joins the index.
  const writer = new FileWriterThread(linkedDir);
  const fragmentsOf: Fragment[][] = [];
  let shards: Shards;
  try {
    // Not bound here: the extractor and its word list are garbage once the shards are indexed.
    shards = await indexInShards(pages.length, indexerPages(pages, counts), {
      ...shardOptions,
      index: { version: runtime.version, language },
      onShard: (files, firstPage) => {
        const fragments = parseFragments(writeShardFragments(files, firstPage, bundleDir, writer.write));
        writeCards(bundleDir, fragments, writer.write);
        fragmentsOf[firstPage] = fragments;
      },
    });
    if (shards.files[0]) for (const [name, bytes] of runtime.files) shards.files[0].set(name, bytes);
    await joinShardIndexes(shards.files, bundleDir, writer.write);
    const ids = resultIds(fragmentsOf.flat());
    fillResultIds(listings, ids);
    writeSortLists(bundleDir, pages, ids);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const { used } = await writer.finish();
  if (linkedDir) pruneLinkedCache(linkedDir, new Set(used));
  await saved;
  shardOptions.cache?.prune();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const parts = shards.files.length > 1 ? ` i ${shards.files.length} deler` : '';
  const reused = shards.reused ? ` (${shards.reused} uendret fra forrige bygg)` : '';
  const teedText = teed ? `, ${teedFiles} sider lest mens de ble laget` : '';
  const cachedText = cachedFiles ? `, ${cachedFiles} uendrede sider tatt fra forrige bygg` : '';
  logger.info(
    `${pages.length} sider i søkeindeksen${parts}${reused}, ${counts.keywords} orddeler fra sammensatte ord${teedText}${cachedText}, ${seconds} s`,
  );
}
