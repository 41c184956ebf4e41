import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, type TrieNode } from 'cspell-trie-lib';

/**
 * The Norwegian Bokmål word list behind the search decompounder (src/lib/search/build/decompound.ts), read at
 * build time only: nothing from it is shipped, the site only gets parts of words its entries
 * already contain.
 *
 * The source is `@cspell/dict-nb-no` (the spell-norwegian/hunspell nb_NO list, GPL-3.0-or-later),
 * stored as a cspell «TrieXv3» file: a gzipped, serialised word graph (DAWG) of about 1.27 million
 * forms. cspell-trie-lib, by the format's owner, reads it into a graph of plain { c, f } nodes
 * (`importTrie`), and we look words up by walking that graph: as fast as our earlier port of the
 * reader and 5x faster to query than the library's ITrie, which also answers `has` differently
 * (npm run bench:lexicon). The graph holds about 62 MB, instead of expanding it into a Set.
 *
 * Markers in the list: a leading/trailing `+` says the form may end/start a compound, a leading `~`
 * marks case- and accent-folded copies (`~annuitetslanets`), which we ignore so that folded spellings
 * and lower-cased place names are not taken for common words.
 */
export interface NorwegianLexicon {
  /** Whether `word` (lower case, any inflected form) is a common Bokmål word. Names are not. */
  has(word: string): boolean;
  /** Whether `word` (lower case) is known only with a capital letter: a place or person name. */
  isName(word: string): boolean;
  /** Whether the list marks `word` as able to stand last in a compound (hunspell COMPOUNDEND). */
  canEndCompound(word: string): boolean;
  /** Whether the list marks `word` as able to stand first in a compound (hunspell COMPOUNDBEGIN). */
  canStartCompound(word: string): boolean;
}

/** Whether the graph holds `word` exactly (markers included). */
export function trieHas(root: TrieNode, word: string): boolean {
  let node: TrieNode | undefined = root;
  for (const char of word) {
    node = node.c?.[char];
    if (!node) return false;
  }
  return node.f === 1;
}

/** Wraps a word graph from importTrie in the lexicon interface (exported for tests with a small hand-made trie). */
export function lexiconFromTrie(root: TrieNode): NorwegianLexicon {
  const has = (word: string) => word.length > 0 && trieHas(root, word);
  const capitalised = (word: string) => (word[0] ?? '').toUpperCase() + word.slice(1);
  return {
    has,
    isName: (word) => word.length > 0 && !has(word) && has(capitalised(word)),
    canEndCompound: (word) => has(`+${word}`) || has(`+${word}+`),
    canStartCompound: (word) => has(`${word}+`) || has(`+${word}+`),
  };
}

/** Where the installed package keeps its word graph (its `exports` only name the cspell config). */
export function norwegianDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@cspell/dict-nb-no')), 'nb.trie.gz');
}

/** The Bokmål lexicon, read and parsed anew: for a caller that lets it go when done (the build). */
export function readNorwegianLexicon(): NorwegianLexicon {
  return lexiconFromTrie(importTrie(gunzipSync(readFileSync(norwegianDictionaryPath())).toString('utf8')));
}

let cached: NorwegianLexicon | undefined;

/** The Bokmål lexicon, read and parsed on first use and kept for the rest of the process (tests, scripts). */
export function loadNorwegianLexicon(): NorwegianLexicon {
  cached ??= readNorwegianLexicon();
  return cached;
}
