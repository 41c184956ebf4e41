/**
 * The Snowball Norwegian stemmer as Pagefind 1.6 applies it to `lang="nb"` pages, so the build's
 * own index (page-words.ts) holds the stems Pagefind's WebAssembly looks up when a visitor searches.
 *
 * Written here because no npm package carries this revision of the algorithm: `snowball-stemmers`
 * 0.6 is the older one, which also strips the «s» of «-ers» words («sers», «tvers») that Pagefind
 * keeps. This follows snowballstem.org's algorithms/norwegian.sbl (the «'r' not 'e'» rule for a
 * final «s», and the «ers» exceptions), and tests/unit/search/stem-norwegian.test.ts checks it
 * against Pagefind's own stems for every word of the catalogue and a sample of the dictionary.
 *
 * Input is a lower-case word with diacritics already folded (page-words.ts `fold`), so «å» never
 * reaches it; æ and ø do, and are vowels.
 */

const VOWELS = new Set('aeiouyæåø');
const S_ENDING = new Set('bcdfghjlmnoptvyz');

/** Suffixes of main_suffix that are deleted. */
const DELETE = [
  'a',
  'e',
  'ede',
  'ande',
  'ende',
  'ane',
  'ene',
  'hetene',
  'en',
  'heten',
  'ar',
  'er',
  'heter',
  'as',
  'es',
  'edes',
  'endes',
  'enes',
  'hetenes',
  'ens',
  'hetens',
  'ets',
  'et',
  'het',
  'ast',
];
/** What stands before «ers» when it stays (the longest match decides: «skap» goes, «kap» stays). */
const ERS_KEEP = ['amm', 'ast', 'ind', 'kap', 'kk', 'lt', 'nk', 'omm', 'pp', 'v', 'øst'];
const ERS_DELETE = ['giv', 'hav', 'skap'];
const MAIN: [suffix: string, action: 'delete' | 'ers' | 's' | 'er'][] = [
  ...DELETE.map((s): [string, 'delete'] => [s, 'delete']),
  ['ers', 'ers'],
  ['s', 's'],
  ['erte', 'er'],
  ['ert', 'er'],
];
const OTHER = ['leg', 'eleg', 'ig', 'eig', 'lig', 'elig', 'els', 'lov', 'elov', 'slov', 'hetslov'];

/** The longest of `suffixes` that `word` ends with, starting at or after `from`. */
function longestSuffix<T extends string>(word: string, suffixes: readonly T[], from: number): T | undefined {
  let best: T | undefined;
  for (const suffix of suffixes)
    if (word.length - suffix.length >= from && word.endsWith(suffix) && suffix.length > (best?.length ?? -1))
      best = suffix;
  return best;
}

/** R1's start (mark_regions): after the first non-vowel that follows a vowel, and at least 3 in. */
function regionStart(chars: readonly string[]): number {
  if (chars.length < 3) return chars.length;
  let i = 0;
  while (i < chars.length && !VOWELS.has(chars[i]!)) i += 1;
  while (i < chars.length && VOWELS.has(chars[i]!)) i += 1;
  if (i >= chars.length) return chars.length;
  return Math.max(i + 1, 3);
}

/** The stem of one lower-case, folded word. */
export function stemNorwegian(word: string): string {
  // Snowball counts characters, not UTF-16 units: a word outside the BMP is left as it is.
  if (/[\ud800-\udfff]/.test(word)) return word;
  const p1 = regionStart([...word]);
  let w = word;
  const main = longestSuffix(
    w,
    MAIN.map(([suffix]) => suffix),
    p1,
  );
  if (main !== undefined) {
    const action = MAIN.find(([suffix]) => suffix === main)![1];
    const before = w.slice(0, w.length - main.length);
    if (action === 'delete') w = before;
    else if (action === 'er') w = `${before}er`;
    else if (action === 'ers') {
      const keep = longestSuffix(before, [...ERS_KEEP, ...ERS_DELETE], 0);
      if (keep === undefined || ERS_DELETE.includes(keep)) w = before;
    } else {
      const last = before.at(-1);
      const prior = before.at(-2);
      const valid =
        (last !== undefined && S_ENDING.has(last)) ||
        (last === 'r' && prior !== 'e') ||
        (last === 'k' && prior !== undefined && !VOWELS.has(prior));
      if (valid) w = before;
    }
  }
  if (w.length >= p1 && (w.endsWith('dt') || w.endsWith('vt')) && w.length - 2 >= p1) w = w.slice(0, -1);
  const other = w.length >= p1 ? longestSuffix(w, OTHER, p1) : undefined;
  if (other !== undefined) w = w.slice(0, w.length - other.length);
  return w;
}
