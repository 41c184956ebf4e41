import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { loadNorwegianLexicon } from '../lib/node/norwegian-lexicon.ts';
import { createKeywordExtractor } from '../lib/search/build/keywords.ts';
import { BODY_ATTRIBUTE, RESULT_IDS_ATTRIBUTE, elementInnerHtml, fragmentUrl, htmlToText, indexedCopy, pagePath, sortValues, withKeywords, withoutSorts, withResultIds } from '../lib/search/build/index-html.ts';
import { orderedIds, sortFile } from '../lib/search/sort.ts';
import { excludeSelectors, sortKeys } from '../lib/search/index-fields.ts';

/**
 * Builds the search index at the end of `astro build`, so `npm run build` alone produces
 * dist/pagefind/. Only pages with `data-pagefind-body` (the entry pages) are indexed. Each page's
 * copy for the indexer gets the parts of its compound words as a hidden, searchable meta field;
 * the page that is served stays as it was (see src/lib/search/build/index-html.ts).
 */
/** Files Pagefind writes that the site never loads. */
const unusedPagefindFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Pages sent to Pagefind at once. */
const BATCH = 64;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'velferdsspor:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        // Pass 1: each entry page's indexed copy and visible text; the words of all entries are needed
        // before the first page's keywords can be found.
        const pages: { url: string; copy: string; text: string; sorts: Record<string, string> }[] = [];
        const listings: string[] = [];
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes(RESULT_IDS_ATTRIBUTE)) listings.push(file);
          if (!html.includes(BODY_ATTRIBUTE)) continue;
          const copy = indexedCopy(html);
          if (copy === undefined) continue;
          // Sorts become id lists after indexing, not Pagefind sorts (see src/lib/search/sort.ts).
          pages.push({ url: pagePath(relative(root, file)), copy: withoutSorts(copy), text: htmlToText(elementInnerHtml(copy) ?? ''), sorts: sortValues(copy) });
        }
        // Indexed in number order, which is then Pagefind's own order of results without search text.
        const number = (page: (typeof pages)[number]) => Number(page.sorts[sortKeys.number] ?? Number.POSITIVE_INFINITY);
        pages.sort((a, b) => number(a) - number(b));
        const extractor = createKeywordExtractor(
          pages.map((page) => page.text),
          loadNorwegianLexicon(),
        );

        const { index, errors } = await pagefind.createIndex({ excludeSelectors });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        let keywordCount = 0;
        // Pagefind keeps the order the pages are sent in (tested: tests/e2e/search.test.ts, «number
        // order»), so batches of concurrent requests are fine and spare the round trips.
        for (let i = 0; i < pages.length; i += BATCH) {
          await Promise.all(
            pages.slice(i, i + BATCH).map(async (page) => {
              const keywords = extractor.keywordsFor(page.text);
              keywordCount += keywords.length;
              const content = withKeywords(page.copy, keywords);
              page.copy = '';
              const added = await index.addHTMLFile({ url: page.url, content });
              if (added.errors.length) throw new Error(`Pagefind, ${page.url}: ${added.errors.join('; ')}`);
            }),
          );
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        await pagefind.close();
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        // The catalogue uses Pagefind's JS API on the main thread; its prebuilt UIs, highlighter and
        // worker would only be dead files on the host.
        for (const unused of unusedPagefindFiles) rmSync(join(root, 'pagefind', unused), { force: true });
        const ids = resultIds(join(root, 'pagefind', 'fragment'));
        for (const file of listings) writeFileSync(file, withResultIds(readFileSync(file, 'utf8'), ids));
        const sorted = pages.flatMap((page) => {
          const id = ids.get(page.url);
          return id ? [{ id, sorts: page.sorts }] : [];
        });
        for (const key of Object.values(sortKeys)) writeFileSync(join(root, 'pagefind', sortFile(key)), JSON.stringify(orderedIds(sorted, key)));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${pages.length} sider i søkeindeksen, ${keywordCount} orddeler fra sammensatte ord, ${seconds} s`);
      },
    },
  };
}

/** Every HTML file under the build directory, except Astro's assets and an earlier index. */
function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') found.push(...htmlFiles(full));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}

/**
 * Pagefind's result id for every indexed page: a result's id is its fragment's file name, and the
 * fragment (gzip) holds the page's URL. Path → id.
 */
function resultIds(fragmentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const url = fragmentUrl(gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8'));
    if (url) ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}
