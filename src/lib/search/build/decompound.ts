/**
 * Splits Norwegian Bokmål compounds so search finds «eldreomsorg» for «omsorg» (issue #5). Pagefind
 * stems Norwegian and matches word *beginnings*, so the first part of a compound is already found
 * («eldre» → «eldreomsorg»); the later parts are not. At build time we add the parts of each entry's
 * compounds as hidden keywords. Pure: the word list comes in as an argument (see
 * src/lib/node/norwegian-lexicon.ts), so this runs anywhere and tests can use a small Set.
 */

/**
 * Which words are known: a function, a Set, or the loaded Bokmål lexicon. The lexicon's extra
 * answers make splitting stricter: `isName` keeps place names whole («Stavanger» is not stav +
 * anger), and the dictionary's compound flags reject parts that are not used in compounds
 * (beskrive is not besk + rive, levering not leve + ring).
 */
export type Lexicon =
  | ((word: string) => boolean)
  | {
      has(word: string): boolean;
      isName?(word: string): boolean;
      canStartCompound?(word: string): boolean;
      canEndCompound?(word: string): boolean;
    };

export interface DecompoundOptions {
  /** Shortest part, in letters. 4 keeps particles and pronouns («om», «til», «inn», «sam») out. */
  minPart?: number;
  /**
   * Three-letter nouns allowed before the last part in spite of `minPart` («mat» + «produksjon»,
   * «rus» + «avhengighet»). A curated list, because most three-letter heads are particles that
   * give false parts: inn+byggere, sam+arbeid, opp+følging, vei+leder.
   */
  shortHeads?: ReadonlySet<string>;
  /** Most parts a word may split into. */
  maxParts?: number;
  /** Extra known words, e.g. the words of all entries, so domain words («utenforskap») split too. */
  extraWords?: ReadonlySet<string>;
}

// The @__PURE__ marks let a bundle that only imports `tokenize` or `isMeaningfulMatch` (the catalogue
// script) drop these word lists.
/** Three-letter heads that are content words in this domain (see `DecompoundOptions.shortHeads`). */
export const defaultShortHeads: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'mat',
  'rus',
  'liv',
  'fag',
  'tid',
  'sak',
  'hus',
]);

/**
 * Words of four letters or more that are never a part: function words, and dictionary words that are
 * really suffixes (felles+skap, planlegg+ingen, hend+else) or too vague to search for.
 */
export const stopWords: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ `alle allerede altså andre annen annet både bare blant blir bort ble deg dem denne deres dermed derfor
  dette disse eget egen egne ellers eller ende enda ennå enkelte enn enten etter ettersom flere fordi
  foran forbi fram frem framover fremover gjennom gjerne hadde hans heller hennes hele hver hvert hvem
  hvilke hvilken hvilket hvis hvor hvordan hvorfor ifølge igjen ikke ingen ingens ingenting inne innen
  innenfor kanskje kunne langs likevel mange meget mellom mens mest mindre mine ned nede noen noe
  omkring også ovenfor over rundt samme samt sammen selv selve siden sine sitt skal skulle slik slike
  slikt svært tilbake under uten utenfor utenom være vært veldig ville våre vårt
  else elsen elser elsene ning ninga ningen ninger ningene inger ingene heten hetene heter skap skapet
  skapets skapene skapa skaper skapers sjon sjonen sjoner sjonene messig messige aktig aktige lige
  lighet ende endes enes ernes rens`.split(/\s+/),
);

/**
 * Linking letters between parts, tried in this order at each split point: -s- first, so that
 * vurdering-s-team beats vurdering + steam; then none, so that helsefag + elever beats
 * helsefag-e-lever; then -e- (barn-e-hage, where the dictionary lacks «barne»).
 */
const LINKS = ['s', '', 'e'] as const;

/** Inflection endings stripped from a last part to find its dictionary form, longest first. */
const TAIL_ENDINGS = ['enes', 'ene', 'ens', 'ets', 'ers', 'en', 'et', 'er', 'ne', 'a', 'n', 'r'] as const;

/** Heads that end in -s as words of their own, not as a genitive of a shorter word (felles ≠ felle-s). */
const NOT_GENITIVE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'felles',
  'kurs',
  'hals',
  'puls',
  'sans',
  'dans',
  'vals',
  'fokus',
  'status',
]);

/**
 * Without a compound flag, a dictionary word is still accepted as a first part from this length
 * (velferd, pårørende) and as a last part from `UNFLAGGED_TAIL` (mestring, legging). Shorter
 * unflagged words are mostly verb forms and fragments (rive, anse, ring, esker, tjene).
 */
const UNFLAGGED_HEAD = 6;
const UNFLAGGED_TAIL = 7;

interface Dictionary {
  has(word: string): boolean;
  isName(word: string): boolean;
  /** Absent when the lexicon has no compound flags: then every known word may be a part. */
  canStart?: (word: string) => boolean;
  canEnd?: (word: string) => boolean;
}

function dictionaryOf(lexicon: Lexicon): Dictionary {
  if (typeof lexicon === 'function') return { has: lexicon, isName: () => false };
  const dictionary: Dictionary = {
    has: (word) => lexicon.has(word),
    isName: (word) => lexicon.isName?.(word) ?? false,
  };
  if (lexicon.canStartCompound) dictionary.canStart = (word) => lexicon.canStartCompound?.(word) ?? false;
  if (lexicon.canEndCompound) dictionary.canEnd = (word) => lexicon.canEndCompound?.(word) ?? false;
  return dictionary;
}

interface Split {
  parts: string[];
  /** How many parts the dictionary's compound flags confirm; more is better. */
  score: number;
  /** Where the second part starts in the word (after any linking letter). */
  second: number;
}

/**
 * The parts of a compound word, or [] when it is not one. Each part is a known word of at least
 * `minPart` letters (or a `shortHeads` noun first); linking -s-/-e- are dropped
 * (sykehjem-s-plasser → sykehjem, plasser). Among splits, the fewest parts win, then the one whose
 * parts the dictionary flags as compound parts, then the longest first part – so a known compound
 * tail stays whole (hjemme + sykepleien) and a three-part word splits in two where it can
 * (eldreomsorg + tjenester). Parts keep their inflected form; a head's genitive -s is dropped
 * («velferds» → «velferd»). Parts are lower case.
 */
export function decompound(word: string, lexicon: Lexicon, options: DecompoundOptions = {}): string[] {
  const minPart = options.minPart ?? 4;
  const shortHeads = options.shortHeads ?? defaultShortHeads;
  const maxParts = options.maxParts ?? 3;
  const extra = options.extraWords;
  const dictionary = dictionaryOf(lexicon);
  const w = word.toLowerCase();
  if (!/^\p{L}+$/u.test(w) || w.length < 2 * minPart - 1 || dictionary.isName(w)) return [];

  const usable = (part: string) => !stopWords.has(part) && !dictionary.isName(part);
  const inCorpus = (part: string) => extra?.has(part) ?? false;
  // A corpus word the dictionary lacks, possibly inflected (utenforskap-er).
  const inCorpusInflected = (part: string) =>
    inCorpus(part) ||
    TAIL_ENDINGS.some(
      (e) => part.endsWith(e) && part.length - e.length >= minPart && inCorpus(part.slice(0, -e.length)),
    );

  /**
   * The head as reported (a genitive -s dropped: «velferds» → «velferd») with its flag score, or null
   * if it cannot start a compound. `genitive` says the raw head already ends in that -s, so no
   * second linking -s follows (funksjons + svikt, not funksjons + s + vikt).
   */
  const headOf = (raw: string): { head: string; score: number; genitive: boolean } | null => {
    if (!usable(raw)) return null;
    const known = dictionary.has(raw);
    if (!known && !inCorpus(raw)) return null;
    const base = raw.slice(0, -1);
    const genitive =
      raw.endsWith('s') &&
      !NOT_GENITIVE.has(raw) &&
      (base.length >= minPart || shortHeads.has(base)) &&
      usable(base) &&
      (dictionary.has(base) || inCorpus(base));
    const head = genitive ? base : raw;
    if (head.length < minPart && !shortHeads.has(head)) return null;
    if (!known || !dictionary.canStart) return { head, score: 0, genitive };
    if (dictionary.canStart(head) || dictionary.canStart(raw)) return { head, score: 1, genitive };
    return head.length >= UNFLAGGED_HEAD || shortHeads.has(head) ? { head, score: 0, genitive } : null;
  };
  /** The flag score of a last part, or null when it cannot end a compound. */
  const tailScore = (tail: string): number | null => {
    if (tail.length < minPart || !usable(tail)) return null;
    if (!dictionary.has(tail)) return inCorpusInflected(tail) ? 0 : null;
    if (!dictionary.canEnd) return 0;
    if (dictionary.canEnd(tail)) return 1;
    return tail.length >= UNFLAGGED_TAIL ? 0 : null;
  };
  const better = (a: Split, b: Split | null) =>
    !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.score > b.score);

  // Best split of w[start..] into at most `budget` parts (one part only after the first).
  const memo = new Map<string, Split | null>();
  const split = (start: number, budget: number): Split | null => {
    const key = `${start}:${budget}`;
    if (memo.has(key)) return memo.get(key) ?? null;
    let best: Split | null = null;
    const single = start > 0 ? tailScore(w.slice(start)) : null;
    if (single !== null) best = { parts: [w.slice(start)], score: single, second: w.length };
    if (budget >= 2) {
      // Longest first part first: on equal parts and score, the first found is kept.
      for (let end = w.length - minPart; end > start; end -= 1) {
        const head = headOf(w.slice(start, end));
        if (!head) continue;
        for (const link of LINKS) {
          if (link && (!w.startsWith(link, end) || (link === 's' && head.genitive))) continue;
          const next = end + link.length;
          if (w.length - next < minPart) continue;
          const tail = split(next, budget - 1);
          if (!tail) continue;
          const candidate = { parts: [head.head, ...tail.parts], score: head.score + tail.score, second: next };
          if (better(candidate, best)) best = candidate;
        }
      }
    }
    memo.set(key, best);
    return best;
  };

  const chosen = split(0, maxParts);
  const parts = chosen?.parts ?? [];
  if (!chosen || parts.length < 2) return [];
  // An inflected form splits only where its dictionary form does: what follows the first part
  // in «verktøy» is «øy», not a word, so verktøy-ene is not verkt + øyene; in «arbeidsliv» it is «liv»,
  // so arbeidslivet stays arbeid + livet. (Three letters, no flags: the check is for the boundary.)
  const plain = (part: string) => dictionary.has(part);
  const bases = TAIL_ENDINGS.map((e) => (w.endsWith(e) ? w.slice(0, -e.length) : '')).filter(
    (base) => base && plain(base),
  );
  const restIsWord = (base: string) => {
    const rest = base.slice(chosen.second);
    return rest.length >= 3 && (plain(rest) || decompound(rest, plain, { minPart: 3, shortHeads }).length > 0);
  };
  if (bases.length > 0 && !bases.some(restIsWord)) return [];
  return parts;
}

/**
 * The dictionary forms of an inflected word that the lexicon has: sykepleien → sykepleie, plasser →
 * plass, fellesskapet → fellesskap. Bokmål endings are ambiguous without a grammar (styrk-en or
 * styrke-n? plan-en or plane-n?), so besides the form left by the longest ending that fits, the
 * form in -e is returned too when it exists: styrken → styrk, styrke. [] when no ending fits.
 */
export function lemmas(
  word: string,
  lexicon: Lexicon,
  options: Pick<DecompoundOptions, 'minPart' | 'extraWords'> = {},
): string[] {
  const minPart = options.minPart ?? 4;
  const dictionary = dictionaryOf(lexicon);
  const known = (base: string) =>
    base.length >= minPart &&
    !stopWords.has(base) &&
    (dictionary.has(base) || (options.extraWords?.has(base) ?? false));
  const found: string[] = [];
  const first = TAIL_ENDINGS.find((ending) => word.endsWith(ending) && known(word.slice(0, -ending.length)));
  if (first) found.push(word.slice(0, -first.length));
  for (const ending of ['ne', 'n', 'r']) {
    const base = word.slice(0, -ending.length);
    if (word.endsWith(ending) && base.endsWith('e') && known(base) && !found.includes(base)) {
      found.push(base);
      break;
    }
  }
  return found;
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
 * The distinct words of a text, in order of first appearance: all that `compoundKeywords` and the
 * folded spellings need of it, so the build splits each page once (see `compoundKeywordsOfWords`).
 */
export function uniqueWords(text: string): string[] {
  return [...new Set(tokenize(text))];
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
  return compoundKeywordsOfWords(uniqueWords(text), lexicon, corpusWords, options);
}

/** `compoundKeywords` for a text already split by `uniqueWords` (the same result). */
export function compoundKeywordsOfWords(
  words: readonly string[],
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
        found.push(...lemmas(part, lexicon, splitOptions));
      }
      if (depth < 2 && part.length >= minWord) found.push(...keywordsOf(part, depth + 1));
    });
    const unique = [...new Set(found)].filter((part) => part.length >= minPart && !stopWords.has(part));
    cache.set(word, unique);
    return unique;
  };

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
