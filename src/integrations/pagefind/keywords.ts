import { loadNorwegianLexicon } from '../../lib/node/norwegian-lexicon.ts';
import { createKeywordExtractor, type KeywordExtractor } from '../../lib/search/build/keywords.ts';
import type { IndexedPage } from './collect-pages.ts';
import { withFoldedSpellingsOfWords } from '../../lib/search/fold.ts';

/**
 * The compound-word step: one extractor over the text of every page (the corpus extends the
 * dictionary), asked per page when that page is sent to Pagefind.
 */
export function keywordStep(pages: readonly IndexedPage[]): KeywordExtractor {
  return createKeywordExtractor(
    pages.map((page) => page.words),
    loadNorwegianLexicon(),
  );
}

/** The keywords a page is indexed with: the compound parts of its words, and their folded spellings. */
export function pageKeywords(extractor: KeywordExtractor, words: readonly string[]): string[] {
  return withFoldedSpellingsOfWords(words, extractor.keywordsForWords(words));
}
