import { readNorwegianLexicon } from '../../lib/node/norwegian-lexicon.ts';
import { createKeywordExtractor, type KeywordExtractor } from '../../lib/search/build/keywords.ts';
import { withKeywords } from '../../lib/search/build/index-html.ts';
import { copyOf, wordsOf, type IndexedPage } from './collect-pages.ts';
import type { ShardPage } from './write-shard.ts';
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

/**
 * Page `i` of `pages` as the indexer gets it: its indexed copy with its keywords (`withKeywords`).
 * Each page's copy and words are let go once it is made, and the extractor with the last reference
 * to the function returned; `counts.keywords` adds up the keywords given, for the build log.
 */
export function indexerPages(pages: IndexedPage[], counts: { keywords: number }): (i: number) => ShardPage {
  const extractor = keywordStep(pages);
  return (i) => {
    const page = pages[i]!;
    const keywords = pageKeywords(extractor, wordsOf(page));
    counts.keywords += keywords.length;
    const content = withKeywords(copyOf(page), keywords);
    page.copy = new Uint8Array();
    page.words = '';
    return { url: page.url, content };
  };
}
