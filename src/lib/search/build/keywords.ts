import { compoundKeywords, tokenize, type Lexicon } from './decompound.ts';

/**
 * Compound parts for every entry of one build (issue #5): the words of all entries extend the
 * dictionary, so domain words the dictionary lacks («utenforskap», «samskaping») still split, and one
 * cache is shared, because the same compounds recur across entries and splitting is the costly part.
 */
export interface KeywordExtractor {
  /** The hidden keywords for one entry's visible text. */
  keywordsFor(text: string): string[];
  /** How many distinct words were split or tried so far (for the build log). */
  readonly cachedWords: number;
}

export function createKeywordExtractor(texts: Iterable<string>, lexicon: Lexicon): KeywordExtractor {
  const corpus = new Set<string>();
  for (const text of texts) for (const word of tokenize(text)) corpus.add(word);
  const cache = new Map<string, readonly string[]>();
  return {
    keywordsFor: (text) => compoundKeywords(text, lexicon, corpus, { cache }),
    get cachedWords() {
      return cache.size;
    },
  };
}
