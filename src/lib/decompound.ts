/**
 * Splits Norwegian Bokmål compounds so search finds «eldreomsorg» for «omsorg» (issue #5). Pagefind
 * stems Norwegian and matches word *beginnings*, so the first part of a compound is already found
 * («eldre» → «eldreomsorg»); the later parts are not. At build time we add the parts of each entry's
 * compounds as hidden keywords. Pure: the word list comes in as an argument (see
 * src/lib/norwegian-lexicon.ts), so this runs anywhere and tests can use a small Set.
 */

/**
 * Which words are known. A function, a Set, or the loaded Bokmål lexicon (whose `isName` keeps
 * place names such as «Stavanger» – stav + anger – from being split).
 */
export type Lexicon =
  | ((word: string) => boolean)
  | { has(word: string): boolean; isName?(word: string): boolean };

export interface DecompoundOptions {
  /** Shortest part, in letters. 4 keeps particles and pronouns («om», «til», «inn», «sam») out. */
  minPart?: number;
  /**
   * Three-letter nouns allowed as the *first* part in spite of `minPart` («mat» + «produksjon»,
   * «rus» + «omsorg»). A curated list, because most three-letter heads are particles that give
   * false parts: inn+byggere, sam+arbeid, opp+følging, vei+leder.
   */
  shortHeads?: ReadonlySet<string>;
  /** Most parts a word may split into. */
  maxParts?: number;
  /** Extra known words, e.g. the words of all entries, so domain words («utenforskap») split too. */
  extraWords?: ReadonlySet<string>;
}

/** Three-letter heads that are content words in this domain (see `DecompoundOptions.shortHeads`). */
export const defaultShortHeads: ReadonlySet<string> = new Set(['mat', 'rus', 'liv', 'fag', 'tid', 'sak', 'hus']);

/**
 * Words of four letters or more that are never a part: function words, and dictionary words that are
 * really suffixes (felles+skap, planlegg+ingen, hend+else) or too vague to search for.
 */
export const stopWords: ReadonlySet<string> = new Set(
  `alle allerede altså andre annen annet både bare blant blir bort ble deg dem denne deres dermed derfor
  dette disse eget egen egne ellers eller ende enda ennå enkelte enn enten etter ettersom flere fordi
  foran forbi fram frem framover fremover gjennom gjerne hadde hans heller hennes hele hvem hvilke
  hvilken hvilket hvis hvor hvordan hvorfor ifølge igjen ikke ingen ingenting inne innen innenfor
  kanskje kunne langs likevel mange meget mellom mens mest mindre mine ned nede noen noe noka nokon
  nokre omkring også ovenfor over rundt samme samt sammen selv selve siden sine sitt skal skulle slik
  slike slikt svært tilbake under uten utenfor utenom være vært veldig ville våre vårt
  else elsen elser elsene ning ninga ningen ninger ningene inger ingene heten skap skapet skapets
  skapene skapa skaper skapers sjon sjonen sjoner sjonene messig messige aktig aktige lige lighet
  ende endes enes ernes`.split(/\s+/),
);

/** Linking letters between parts, tried in this order: none, -s- (velferd-s-teknologi), -e- (barn-e-hage). */
const LINKS = ['', 's', 'e'] as const;

/** Inflection endings stripped from the last part to find its dictionary form, longest first. */
const TAIL_ENDINGS = ['enes', 'ene', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'ne', 'a', 'n', 'r'] as const;

function lookup(lexicon: Lexicon): { has: (word: string) => boolean; isName: (word: string) => boolean } {
  if (typeof lexicon === 'function') return { has: lexicon, isName: () => false };
  return {
    has: (word) => lexicon.has(word),
    isName: (word) => lexicon.isName?.(word) ?? false,
  };
}

/**
 * The parts of a compound word, or [] when it is not one. Each part is a known word of at least
 * `minPart` letters; linking -s-/-e- are dropped (sykehjem-s-plasser → sykehjem, plasser). The split
 * with the fewest parts wins, then the longest first part (eldreomsorg+tjenester over
 * eldre+omsorgstjenester), so a known compound tail stays whole (hjemme + sykepleien). Parts keep
 * their inflected form; the first part is normalised only by dropping a linking letter that the
 * dictionary also lists as a genitive («velferds» → «velferd»). Parts are lower case.
 */
export function decompound(word: string, lexicon: Lexicon, options: DecompoundOptions = {}): string[] {
  const minPart = options.minPart ?? 4;
  const shortHeads = options.shortHeads ?? defaultShortHeads;
  const maxParts = options.maxParts ?? 4;
  const extra = options.extraWords;
  const dictionary = lookup(lexicon);
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w) || w.length < 2 * minPart - 1) return [];
  if (dictionary.isName(w)) return [];

  const known = (part: string) =>
    !stopWords.has(part) && !dictionary.isName(part) && (dictionary.has(part) || (extra?.has(part) ?? false));
  const headOk = (head: string) => (head.length >= minPart || shortHeads.has(head)) && known(head);
  const tailOk = (tail: string) => tail.length >= minPart && known(tail);

  // Best split of a suffix of `w` into `budget` parts or fewer, memoised by start index.
  const memo = new Map<string, string[] | null>();
  const split = (start: number, budget: number, whole: boolean): string[] | null => {
    const rest = w.slice(start);
    if (whole && tailOk(rest)) return [rest];
    if (budget < 2) return null;
    const key = `${start}:${budget}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: string[] | null = null;
    for (let end = w.length - minPart; end > start; end -= 1) {
      const head = w.slice(start, end);
      if (!headOk(head)) continue;
      for (const link of LINKS) {
        if (link && !w.startsWith(link, end)) continue;
        const next = end + link.length;
        if (w.length - next < minPart) continue;
        const tail = split(next, budget - 1, true);
        if (tail && (!best || tail.length + 1 < best.length)) best = [normaliseHead(head, known, minPart), ...tail];
      }
      if (best?.length === 2) break; // nothing beats two parts, and this is the longest such head
    }
    memo.set(key, best);
    return best;
  };

  const parts = split(0, maxParts, false);
  return parts && parts.length >= 2 ? parts : [];
}

/** «velferds» → «velferd», «sykehjems» → «sykehjem»: a genitive/linking -s on a head is not part of the word. */
function normaliseHead(head: string, known: (word: string) => boolean, minPart: number): string {
  if (head.endsWith('s') && head.length - 1 >= minPart && known(head.slice(0, -1))) return head.slice(0, -1);
  return head;
}

/**
 * The dictionary form of an inflected word when the lexicon has it and it differs: sykepleien →
 * sykepleie, plasser → plass, fellesskapet → fellesskap. `undefined` when no ending fits.
 */
export function lemma(word: string, lexicon: Lexicon, options: Pick<DecompoundOptions, 'minPart' | 'extraWords'> = {}): string | undefined {
  const minPart = options.minPart ?? 4;
  const dictionary = lookup(lexicon);
  const known = (part: string) => dictionary.has(part) || (options.extraWords?.has(part) ?? false);
  for (const ending of TAIL_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    if (base.length >= minPart && !stopWords.has(base) && known(base)) return base;
  }
  return undefined;
}

export interface CompoundKeywordOptions extends Omit<DecompoundOptions, 'extraWords'> {
  /** Shortest word that is tried as a compound. */
  minWord?: number;
  /**
   * Memo shared across calls (one per build): the same words recur in every entry, and splitting is
   * the costly part. Keyed by word, so use one cache per lexicon and corpus.
   */
  cache?: Map<string, readonly string[]>;
}

/** Letter runs, lower-cased. Digits, hyphens and punctuation separate words («helse-, omsorgs-»). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * The parts of the compounds in `text`, to be indexed as hidden keywords: for each word of at least
 * `minWord` letters, its parts, the dictionary form of its last part, and the parts of parts that are
 * compounds themselves (eldreomsorgstjenester → eldreomsorg, eldre, omsorg, tjenester, tjeneste).
 * Unique, in order of first appearance, never a stop-word or shorter than `minPart` letters, and
 * never a word that is already in the text (Pagefind indexes that anyway).
 * `corpusWords` – e.g. every word of every entry – extends the lexicon so domain words split.
 */
export function compoundKeywords(
  text: string,
  lexicon: Lexicon,
  corpusWords?: ReadonlySet<string>,
  options: CompoundKeywordOptions = {},
): string[] {
  const minWord = options.minWord ?? 8;
  const minPart = options.minPart ?? 4;
  const cache = options.cache ?? new Map<string, readonly string[]>();
  const splitOptions: DecompoundOptions = { ...options, extraWords: corpusWords };
  const keywordsOf = (word: string, depth: number): readonly string[] => {
    const hit = cache.get(word);
    if (hit) return hit;
    const found: string[] = [];
    const parts = decompound(word, lexicon, splitOptions);
    parts.forEach((part, index) => {
      found.push(part);
      if (index === parts.length - 1) {
        const base = lemma(part, lexicon, splitOptions);
        if (base) found.push(base);
      }
      if (depth < 2 && part.length >= minWord) found.push(...keywordsOf(part, depth + 1));
    });
    const unique = [...new Set(found)].filter((part) => part.length >= minPart && !stopWords.has(part));
    cache.set(word, unique);
    return unique;
  };

  const words = tokenize(text);
  const present = new Set(words);
  const keywords = new Set<string>();
  for (const word of words) {
    if (word.length < minWord) continue;
    for (const part of keywordsOf(word, 0)) if (!present.has(part)) keywords.add(part);
  }
  return [...keywords];
}

/**
 * Whether an index word that Pagefind matched for a query word is a real match. Pagefind matches
 * each query word against index words that *start with* it, and when there are none it falls back to
 * the longest index word that the query word starts with – so «omsorg» returns pages that only
 * contain «om». A match counts when the two share at least `minShared` leading letters (or all of the
 * shorter one's, when the query word itself is shorter): «omsorgsarbeid» → «omsorg» counts,
 * «omsorg» → «om» does not.
 */
export function isMeaningfulMatch(queryWord: string, indexWord: string, minShared = 4): boolean {
  const q = queryWord.toLowerCase();
  const w = indexWord.toLowerCase();
  let shared = 0;
  while (shared < q.length && shared < w.length && q[shared] === w[shared]) shared += 1;
  return shared >= Math.min(minShared, q.length);
}
