import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { withKeywords } from '../../lib/search/build/index-html.ts';
import { excludeSelectors } from '../../lib/search/index-fields.ts';
import { collectPages } from './collect-pages.ts';
import { keywordStep } from './keywords.ts';
import { assertPagefindOk } from './pagefind-response.ts';
import { pruneBundle } from './prune.ts';
import { shortenPageIds } from './short-ids.ts';
import { rechunkIndex } from './rechunk.ts';
import { storeDecompressed } from './bundle-files.ts';
import { fillResultIds, readFragments, resultIds } from './result-ids.ts';
import { writeCards } from './cards.ts';
import { writeSortLists } from './sort-lists.ts';
import { withFoldedSpellingsOfWords } from '../../lib/search/fold.ts';

/** Pages sent to Pagefind at once. */
const BATCH = 64;

/**
 * Builds the search index at the end of `astro build`, so `npm run build` alone produces
 * dist/pagefind/. Only pages with `data-pagefind-body` (the entry pages) are indexed. Each page's
 * copy for the indexer gets the parts of its compound words as a hidden, searchable meta field;
 * the page that is served stays as it was (see src/lib/search/build/index-html.ts).
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'velferdsspor:pagefind',
    hooks: {
      'astro:build:done': ({ dir, logger }) => indexSite(dir, logger),
    },
  };
}

/** The steps, in order: collect pages, keywords, index, prune, short ids, index chunks, decompress, result ids, cards, sort lists. */
export async function indexSite(dir: URL, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  const root = fileURLToPath(dir);
  const bundleDir = join(root, 'pagefind');
  const { pages, listings } = collectPages(root);
  const extractor = keywordStep(pages);
  let keywordCount = 0;
  try {
    const { index } = assertPagefindOk(await pagefind.createIndex({ excludeSelectors }), 'createIndex');
    if (!index) throw new Error('Pagefind, createIndex: ingen indeks');
    // Pagefind keeps the order the pages are sent in (tested: tests/e2e/search.test.ts, «number
    // order»), so batches of concurrent requests are fine and spare the round trips.
    for (let i = 0; i < pages.length; i += BATCH) {
      await Promise.all(
        pages.slice(i, i + BATCH).map(async (page) => {
          const keywords = withFoldedSpellingsOfWords(page.words, extractor.keywordsForWords(page.words));
          keywordCount += keywords.length;
          const content = withKeywords(page.copy, keywords);
          page.copy = '';
          page.words = [];
          assertPagefindOk(await index.addHTMLFile({ url: page.url, content }), page.url);
        }),
      );
    }
    assertPagefindOk(await index.writeFiles({ outputPath: bundleDir }), 'writeFiles');
  } finally {
    // Pagefind runs as a child process; it must stop also when a step fails, or the build hangs.
    // close() is the module's: Pagefind 1.x indexes have no close() of their own.
    await pagefind.close();
  }
  pruneBundle(bundleDir);
  shortenPageIds(bundleDir);
  rechunkIndex(bundleDir);
  storeDecompressed(bundleDir);
  const fragments = readFragments(join(bundleDir, 'fragment'));
  const ids = resultIds(fragments);
  fillResultIds(listings, ids);
  writeCards(bundleDir, fragments);
  writeSortLists(bundleDir, pages, ids);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`${pages.length} sider i søkeindeksen, ${keywordCount} orddeler fra sammensatte ord, ${seconds} s`);
}
