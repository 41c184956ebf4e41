import { readNorwegianLexicon } from '../../lib/node/norwegian-lexicon.ts';
import { createKeywordExtractor, type KeywordExtractor } from '../../lib/search/build/keywords.ts';
import { withKeywordMeta, type PageReading } from '../../lib/search/build/page-reading.ts';
import { wordsOf, type IndexedPage } from './collect-pages.ts';
import type { IndexerPage } from './own-shard.ts';
import { withFoldedSpellingsOfWords } from '../../lib/search/fold.ts';

/**
 * The compound-word step: one extractor over the text of every page (the corpus extends the
 * dictionary), asked per page when that page is sent to the indexer. The word list is read for
 * this extractor alone, not kept for the process: its graph (about 62 MB) is garbage as soon as the
 * last page has its keywords, before the index is joined, where a build's memory peaks.
 */
export function keywordStep(pages: readonly IndexedPage[]): KeywordExtractor {
  // Split one page at a time: the corpus keeps each distinct word once, not every page's list.
  return createKeywordExtractor(
    (function* () {
      for (const page of pages) yield wordsOf(page);
    })(),
    readNorwegianLexicon(),
  );
}

/** The keywords a page is indexed with: the compound parts of its words, and their folded spellings. */
export function pageKeywords(extractor: KeywordExtractor, words: readonly string[]): string[] {
  return withFoldedSpellingsOfWords(words, extractor.keywordsForWords(words));
}

/** What a page's reading is left as once it is sent to the indexer. */
const sent: PageReading = { digest: '', filters: new Map(), meta: new Map(), language: '', hasBody: false };

/**
 * Page `i` of `pages` as the indexer gets it: its reading with its keywords (`withKeywordMeta`).
 * Each page's reading and words are let go once it is made, and the extractor with the last
 * reference to the function returned; `counts.keywords` adds up the keywords given, for the build log.
 */
export function indexerPages(pages: IndexedPage[], counts: { keywords: number }): (i: number) => IndexerPage {
  const extractor = keywordStep(pages);
  return (i) => {
    const page = pages[i]!;
    const keywords = pageKeywords(extractor, wordsOf(page));
    counts.keywords += keywords.length;
    const reading = withKeywordMeta(page.reading, keywords);
    page.reading = sent;
    page.words = '';
    return { url: page.url, reading };
  };
}
