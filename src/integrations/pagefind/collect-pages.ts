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
import { exclusionSelectors, readPage, type PageReading as IndexReading } from '../../lib/search/build/page-reading.ts';

/** The whole sections `excludeSelectors` keeps out of the index, by class («.entry-related»). */
const excludedClasses = excludeSelectors.filter((s) => /^\.[\w-]+$/.test(s)).map((s) => s.slice(1));

/** What Pagefind leaves out of a page, as selectors: made once, for every page. */
const exclusions = exclusionSelectors(excludeSelectors);

/** An indexed copy (without sort attributes) of the page at site path `url`, read as Pagefind reads it. */
export const readIndexedCopy = (copy: string, url: string): IndexReading => readPage(copy, url, exclusions);

/**
 * One entry page as the indexer gets it: its indexed copy already read as Pagefind reads a page
 * (page-reading.ts), so the search step does not parse the HTML again. The reading is made where the
 * page is first read: in the thread that reads pages while Astro renders them (page-tee.ts), on the
 * core page generation leaves idle, or in the threads that read dist/ (collect-in-workers.ts).
 * Parsing the copy was a third of the indexer's time per page (htmlparser2 and the reader, 0.85 of
 * 2.7 s over 2,000 pages of the 10,000-entry catalogue). The reading and the words are held from
 * the moment a page is rendered to the moment it is indexed, across the end of page generation,
 * where a build's memory peaks: the words are one string (not a string and an array slot each).
 * `wordsOf` gives them back.
 */
export interface IndexedPage {
  /** The site path, «/eksempler/x/». */
  url: string;
  /** The indexed copy (see `indexedCopy`), without sort attributes, as Pagefind reads it; emptied once it is sent. */
  reading: IndexReading;
  /**
   * The distinct words of the text a reader sees in the indexed region (`uniqueWords`), joined by
   * a space: what the keywords are found in, split once for the corpus, the compound parts and the
   * folded spellings.
   */
  words: string;
  /** The page's `data-pagefind-sort` values, by key. */
  sorts: Record<string, string>;
}

/** A page's distinct words (`uniqueWords`), in order. */
export function wordsOf(page: Pick<IndexedPage, 'words'>): string[] {
  return page.words ? page.words.split(WORD_SEPARATOR) : [];
}

// A word never holds a space: `uniqueWords` splits at every non-letter.
const WORD_SEPARATOR = ' ';

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
 * What a built page's HTML, at site path `url`, holds for the index: an entry page's indexed copy
 * as Pagefind reads it, its visible text and sort values, and whether it is a listing. The same for
 * a page read from dist/ and for one handed over while Astro renders (page-tee.ts).
 */
export function readPageHtml(html: string, url: string): PageReading {
  const listing = html.includes(RESULT_IDS_ATTRIBUTE);
  if (!html.includes(BODY_ATTRIBUTE)) return { listing };
  const copy = indexedCopy(html);
  if (copy === undefined) return { listing };
  return {
    listing,
    page: {
      // Sorts become id lists after indexing, not Pagefind sorts (see src/lib/search/sort.ts).
      reading: readIndexedCopy(withoutSorts(copy), url),
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
    const url = pagePath(relative(root, file));
    const { page, listing } = readPageHtml(readFileSync(file, 'utf8'), url);
    if (listing) listings.push(file);
    if (page) pages.push({ url, ...page });
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
