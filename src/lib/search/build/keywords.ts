import { compoundKeywordsOfWords, uniqueWords, type Lexicon } from './decompound.ts';

/**
 * Compound parts for every entry of one build (issue #5): the words of all entries extend the
 * dictionary, so domain words the dictionary lacks («utenforskap», «samskaping») still split, and one
 * cache is shared, because the same compounds recur across entries and splitting is the costly part.
 */
export interface KeywordExtractor {
  /** The hidden keywords for one entry's visible text. */
  keywordsFor(text: string): string[];
  /** The same for a text already split by `uniqueWords`, so the build splits each page once. */
  keywordsForWords(words: readonly string[]): string[];
  /** How many distinct words were split or tried so far (for the build log). */
  readonly cachedWords: number;
}

/** `texts`: each entry's text, or its words from `uniqueWords`. */
export function createKeywordExtractor(
  texts: Iterable<string | readonly string[]>,
  lexicon: Lexicon,
): KeywordExtractor {
  const corpus = new Set<string>();
  for (const text of texts) for (const word of typeof text === 'string' ? uniqueWords(text) : text) corpus.add(word);
  const cache = new Map<string, readonly string[]>();
  const keywordsForWords = (words: readonly string[]) => compoundKeywordsOfWords(words, lexicon, corpus, { cache });
  return {
    keywordsFor: (text) => keywordsForWords(uniqueWords(text)),
    keywordsForWords,
    get cachedWords() {
      return cache.size;
    },
  };
}
