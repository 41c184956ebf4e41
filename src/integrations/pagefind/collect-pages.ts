import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  BODY_ATTRIBUTE,
  RESULT_IDS_ATTRIBUTE,
  elementInnerHtml,
  htmlToText,
  indexedCopy,
  pagePath,
  sortValues,
  withoutClasses,
  withoutSorts,
} from '../../lib/search/build/index-html.ts';
import { excludeSelectors, sortKeys } from '../../lib/search/index-fields.ts';
import { uniqueWords } from '../../lib/search/build/decompound.ts';

/** The whole sections `excludeSelectors` keeps out of the index, by class («.entry-related»). */
const excludedClasses = excludeSelectors.filter((s) => /^\.[\w-]+$/.test(s)).map((s) => s.slice(1));

/**
 * One entry page as the indexer gets it. The copy and the words are kept compact, since every
 * entry page's are held from the moment it is rendered (page-tee.ts) to the moment it is indexed,
 * across the end of page generation, where a build's memory peaks: the copy as UTF-8 (it holds
 * characters beyond Latin-1, so as a string it takes two bytes a character, about 27 MB at 1,000
 * entries) and the words as one string (not a string and an array slot each, about 14 MB more).
 * `copyOf` and `wordsOf` give them back.
 */
export interface IndexedPage {
  /** The site path, «/eksempler/x/». */
  url: string;
  /** The indexed copy (see `indexedCopy`), without sort attributes, as UTF-8; emptied once it is sent. */
  copy: Uint8Array;
  /**
   * The distinct words of the text a reader sees in the indexed region (`uniqueWords`), joined by
   * a space: what the keywords are found in, split once for the corpus, the compound parts and the
   * folded spellings.
   */
  words: string;
  /** The page's `data-pagefind-sort` values, by key. */
  sorts: Record<string, string>;
}

/** A page's indexed copy as text. */
export function copyOf(page: Pick<IndexedPage, 'copy'>): string {
  return utf8Decoder.decode(page.copy);
}

/** A page's distinct words (`uniqueWords`), in order. */
export function wordsOf(page: Pick<IndexedPage, 'words'>): string[] {
  return page.words ? page.words.split(WORD_SEPARATOR) : [];
}

// A word never holds a space: `uniqueWords` splits at every non-letter.
const WORD_SEPARATOR = ' ';
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

export interface CollectedPages {
  /** Entry pages, in catalogue number order. */
  pages: IndexedPage[];
  /** Files with an empty result-id attribute to fill in after indexing. */
  listings: string[];
}

/** What one built page holds for the index. */
export interface PageReading {
  /** An entry page's parts, all but its path; none for any other page. */
  page?: Omit<IndexedPage, 'url'>;
  /** Whether the page has a result-id attribute to fill in after indexing. */
  listing: boolean;
}

/**
 * What a built page's HTML holds for the index: an entry page's indexed copy, visible text and
 * sort values, and whether it is a listing. The same for a page read from dist/ and for one handed
 * over while Astro renders (page-tee.ts).
 */
export function readPageHtml(html: string): PageReading {
  const listing = html.includes(RESULT_IDS_ATTRIBUTE);
  if (!html.includes(BODY_ATTRIBUTE)) return { listing };
  const copy = indexedCopy(html);
  if (copy === undefined) return { listing };
  return {
    listing,
    page: {
      // Sorts become id lists after indexing, not Pagefind sorts (see src/lib/search/sort.ts).
      copy: utf8Encoder.encode(withoutSorts(copy)),
      words: uniqueWords(htmlToText(withoutClasses(elementInnerHtml(copy) ?? '', excludedClasses))).join(
        WORD_SEPARATOR,
      ),
      sorts: sortValues(copy),
    },
  };
}

/**
 * What `files` (paths under `root`) hold for the index (`readPageHtml`), in the order given. The
 * words of all entries are needed before the first page's keywords can be found, so the built site
 * is read in a pass of its own (over several threads: collect-in-workers.ts).
 */
export function readPages(root: string, files: readonly string[]): CollectedPages {
  const pages: IndexedPage[] = [];
  const listings: string[] = [];
  for (const file of files) {
    const { page, listing } = readPageHtml(readFileSync(file, 'utf8'));
    if (listing) listings.push(file);
    if (page) pages.push({ url: pagePath(relative(root, file)), ...page });
  }
  return { pages, listings };
}

/**
 * Shares of pages (read by `readPages`, or handed over: page-tee.ts) as one collection: entry pages
 * in number order, then path order, and listings in path order, so the result does not depend on
 * how the pages were split or which were handed over.
 */
export function collectedInOrder(shares: readonly CollectedPages[]): CollectedPages {
  const pages = shares.flatMap((share) => share.pages);
  // Indexed in number order, which is then Pagefind's own order of results without search text.
  const number = (page: IndexedPage) => Number(page.sorts[sortKeys.number] ?? Number.POSITIVE_INFINITY);
  pages.sort((a, b) => number(a) - number(b) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { pages, listings: shares.flatMap((share) => share.listings).sort() };
}

/** Every HTML file under the build directory, except Astro's assets and an earlier index. */
export function htmlFiles(dir: string): string[] {
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
