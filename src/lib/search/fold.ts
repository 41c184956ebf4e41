/**
 * Nordic spellings of one word made to meet (M12): «baerekraftige» and «bærekraftige», «dorterskelen»
 * and «dørterskelen», «paa» and «på», «hälsolabb» and «hælsolabb», «äldre» and «eldre». The query
 * word is rewritten to one form (`queryForm`), and the index carries that form for every word that
 * has another spelling (`foldedSpellings`, added to the hidden keywords at build time). Pagefind
 * itself drops diacritics (å → a, ä → a, ö → o) but has no idea of æ, ø or the digraphs.
 *
 * The forms:
 * - the ASCII skeleton: æ ä ae → a, ø ö oe → o, å aa → a («baerekraftige», «barekraftige» and
 *   «bærekraftige» all become «barekraftige»), what someone without Norwegian letters types;
 * - the e-skeleton: the same with æ and ä → e first, because Swedish ä and Danish æ are often a
 *   Norwegian e («äldre», «ældre» – «eldre»; «hälsa» – «helse»);
 * - Norwegian letters: ä → æ and ö → ø, for a Norwegian typing a Swedish name («hælsolabb»).
 * Nothing here needs a word list, so it is the same in the build and in the browser.
 */
import { uniqueWords } from './build/decompound.ts';

const SKELETON: Readonly<Record<string, string>> = {
  æ: 'a',
  ä: 'a',
  ae: 'a',
  ø: 'o',
  ö: 'o',
  oe: 'o',
  å: 'a',
  aa: 'a',
};
const FOLDABLE = /ae|oe|aa|[æäøöå]/g;

/** The ASCII skeleton of a lower-case word (see above). */
export function asciiSkeleton(word: string): string {
  // Until nothing changes: folding can make a new digraph («søen» → «soen» → «son»), and the query
  // form of a query form must be itself.
  let folded = word;
  for (let previous = ''; previous !== folded;) {
    previous = folded;
    folded = folded.replace(FOLDABLE, (letters) => SKELETON[letters] ?? letters);
  }
  return folded;
}

/** The skeleton with æ and ä read as e («äldre» → «eldre»). */
export function eSkeleton(word: string): string {
  return asciiSkeleton(word.replace(/[æä]/g, 'e'));
}

/** The word in Norwegian letters: Swedish ä and ö as æ and ø. */
export function norwegianLetters(word: string): string {
  return word.replace(/ä/g, 'æ').replace(/ö/g, 'ø');
}

/**
 * The form of a query word that is sent to the search. A word in Norwegian or Danish letters is
 * searched as typed, so its ranking comes from the entries' own text. A word with Swedish ä or ö is
 * searched as its e-skeleton, which finds the Norwegian word (äldre → eldre) and, through the index's
 * spellings, the Swedish and Danish ones. A word without Nordic letters is searched as its ASCII
 * skeleton, which the index has for every word that has æ, ø or å.
 */
export function queryForm(word: string): string {
  const lower = word.toLowerCase();
  if (/[äö]/.test(lower)) return eSkeleton(lower);
  if (/[æøå]/.test(lower)) return lower;
  return asciiSkeleton(lower);
}

/**
 * The other spellings of an indexed word that a query form can be: its ASCII skeleton and, for words
 * with æ or ä, its e-skeleton; for words with ä or ö, the word in Norwegian letters. [] for a word
 * that is its own only form.
 */
export function foldedSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const spellings = new Set([asciiSkeleton(lower)]);
  if (/[æä]/.test(lower)) spellings.add(eSkeleton(lower));
  if (/[äö]/.test(lower)) spellings.add(norwegianLetters(lower));
  spellings.delete(lower);
  return [...spellings];
}

/**
 * An entry's hidden keywords with the other spellings of its words and keywords added (M12), so a
 * query form finds the entry. A spelling is added even when the text seems to hold it already:
 * Pagefind reads a word in an address («pa-dorterskelen») or next to punctuation differently from
 * `tokenize`, so «doerterskelen» found nothing while «dørterskelen» found the entry.
 */
export function withFoldedSpellings(text: string, keywords: readonly string[]): string[] {
  return withFoldedSpellingsOfWords(uniqueWords(text), keywords);
}

/** `withFoldedSpellings` for a text already split by `uniqueWords` (the same result). */
export function withFoldedSpellingsOfWords(words: readonly string[], keywords: readonly string[]): string[] {
  const out = new Set(keywords);
  for (const word of [...words, ...keywords]) {
    if (!HAS_FOLDABLE.test(word)) continue;
    for (const spelling of foldedSpellings(word)) out.add(spelling);
  }
  return [...out];
}

const HAS_FOLDABLE = /ae|oe|aa|[æäøöå]/;
