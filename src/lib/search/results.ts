import { type CatalogueState } from '../catalogue/state.ts';
import { facets, type FacetParam, type Filters } from '../catalogue/facets.ts';
import { isMeaningfulMatch, tokenize } from './build/decompound.ts';
import { metaKeys } from './index-fields.ts';
import { asciiSkeleton, queryForm } from './fold.ts';
import { countLabel, noPhaseLabel } from '../format/nb.ts';

/**
 * The catalogue script's pure half: what it asks Pagefind and how it reads the answers. No DOM and
 * no Pagefind here, so unit tests feed it plain objects shaped like Pagefind's (see `ResultData`).
 */

/** Pagefind's filter argument: facets are OR inside (`any`), AND between each other. */
export type PagefindFilters = Partial<Record<FacetParam, { any: string[] } | { none: string[] }>>;

export function pagefindFilters(filters: Filters, except?: FacetParam): PagefindFilters {
  const out: PagefindFilters = {};
  for (const { param } of facets) {
    if (param !== except && filters[param].length > 0) out[param] = { any: [...filters[param]] };
  }
  // The facet being counted: the entries with none of its ticked values, the ones a tick would add
  // (src/lib/catalogue/facet-counts.ts). Naming it also makes Pagefind load that facet's index for this very
  // search; leaving it out raced against the main search and reported «Norge (0)».
  if (except) out[except] = { none: [...filters[except]] };
  return out;
}

/** The facets whose counts need a search of their own: those with a selection (see src/lib/catalogue/facet-counts.ts). */
export function facetsWithSelection(filters: Filters): FacetParam[] {
  return facets.map((f) => f.param).filter((param) => filters[param].length > 0);
}

export type Counts = Record<string, Record<string, number>>;

/** The same facets with every count 0: what a search that found nothing shows. */
export function zeroCounts(counts: Counts): Partial<Record<FacetParam, Record<string, number>>> {
  return Object.fromEntries(
    Object.entries(counts).map(([param, values]) => [
      param,
      Object.fromEntries(Object.keys(values).map((v) => [v, 0])),
    ]),
  );
}

/** The fields of a Pagefind result the catalogue reads (`await result.data()`). */
export interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

/** What a result card shows, all from the result's own fragment. */
export interface ResultCard {
  url: string;
  title: string;
  number: string;
  summary: string;
  municipality: string;
  phase: string;
  country: string;
  /** The demandEffect status's label, '' when the entry has none. */
  effect: string;
}

export function toResultCard(data: ResultData): ResultCard {
  const meta = data.meta;
  return {
    url: data.url,
    title: meta.title ?? data.url,
    number: meta[metaKeys.number] ?? '',
    summary: meta[metaKeys.summary] ?? '',
    municipality: meta[metaKeys.municipality] ?? '',
    phase: meta[metaKeys.phase] ?? noPhaseLabel,
    country: meta[metaKeys.country] ?? '',
    effect: meta[metaKeys.effect] ?? '',
  };
}

/** The words of a search text, as Pagefind splits them (letters only, lower case). */
export function queryWords(q: string): string[] {
  return [...new Set(tokenize(q))];
}

/**
 * Words a visitor types around what they look for – «tiltak mot ensomhet blant eldre», «hva gjør
 * andre kommuner med …». Pagefind requires every word of a search, and entries rarely contain
 * «blant» or «hvordan», so these are left out of what is sent. Only function words and the
 * catalogue's own generic nouns; content words stay, however common.
 */
export const queryStopWords: ReadonlySet<string> = new Set(
  `og i på av til for med om som en et ei den det de er å at har var vi jeg du man seg sin sitt sine
  hva hvordan hvor hvorfor hvem hvilke hvilken hvilket når kan skal vil bør må kunne gjøre gjør gjort
  finnes fins får få mot hos blant fra ved eller under over mellom uten etter inn ut opp noe noen
  andre annen annet andres der her slik sånn også mer mest mye flere mange
  tiltak eksempel eksempler eksempelet eksemplene`.split(/\s+/),
);

/**
 * What is sent to Pagefind: the words of the search text without `queryStopWords`, or all of them
 * when nothing else is left («for hvem» is still searched as typed).
 */
export function searchTerms(q: string): string[] {
  // Each word in its query form (src/lib/search/fold.ts), so «baerekraftige» and «äldre» find what
  // «bærekraftige» and «eldre» find. A one-letter word (the «b» of a pasted «<b>fet</b>», a stray
  // «e», an «aa» for «å») matches every page by prefix, so it never widens a search to everything
  // (M12): it is not sent at all.
  const words = [...new Set(queryWords(q).map(queryForm))].filter((word) => [...word].length > 1);
  const content = words.filter((word) => !stopSkeletons.has(asciiSkeleton(word)));
  return content.length > 0 ? content : words;
}

/** The stop words as typed without Norwegian letters too («pa» for «på», «nar» for «når»). */
const stopSkeletons: ReadonlySet<string> = new Set([...queryStopWords].map(asciiSkeleton));

/** The word of `q` that became the search term `term`, for sentences that quote what was typed. */
export function typedWord(q: string, term: string): string {
  return queryWords(q).find((word) => queryForm(word) === term) ?? term;
}

/**
 * The query words that a result does not really match. Pagefind, when no indexed word starts with a
 * query word, falls back to the longest indexed word that the query word starts with – so «omsxyz»
 * finds pages with «om». A query word is matched when a matched content word or a word of the
 * result's meta (title, summary, compound parts …) shares its first letters (`isMeaningfulMatch`).
 * The fallback is decided per word for the whole index, so checking the best result is enough to
 * tell whether a search found anything real.
 */
export function unmatchedWords(q: string, data: ResultData): string[] {
  const candidates = candidateWords(data);
  return searchTerms(q).filter((qw) => !candidates.some((w) => isMeaningfulMatch(qw, w)));
}

/** What the catalogue did to a search before answering it, for the sentence it announces. */
export interface SearchNotes {
  /** Words that matched nothing and were left out. */
  dropped?: readonly string[];
  /** Words that matched nothing, searched as their last part instead: [typed, searched]. */
  replaced?: readonly (readonly [string, string])[];
  /** Entries shown below the results that have some of the words but not all. */
  partial?: number;
}

/** The sentence the live region announces after a search. */
export function resultSummary(
  count: number,
  state: Pick<CatalogueState, 'q'> & { filters?: Filters },
  notes: SearchNotes = {},
): string {
  const filtered = state.filters ? facets.some((f) => (state.filters as Filters)[f.param].length > 0) : false;
  const context = state.q ? ` for «${state.q}»` : '';
  const scope = filtered ? ' med filtrene du har valgt' : '';
  const sentences = [count === 0 ? `Ingen eksempler${context}${scope}.` : `${countLabel(count)}${context}${scope}.`];
  for (const [typed, searched] of notes.replaced ?? [])
    sentences.push(`Ingen treff på «${typed}», så vi søkte på «${searched}».`);
  const dropped = notes.dropped ?? [];
  if (dropped.length)
    sentences.push(
      `Ingen treff på ${dropped.map((w) => `«${w}»`).join(' og ')}, så ${dropped.length === 1 ? 'det ordet' : 'de ordene'} er tatt bort.`,
    );
  if (notes.partial)
    sentences.push(`${notes.partial} ${notes.partial === 1 ? 'eksempel passer' : 'eksempler passer'} delvis.`);
  return sentences.join(' ');
}

/** A Pagefind result's identity and score (the same page has the same id in every search). */
export interface Scored {
  id: string;
  score: number;
}

/**
 * Results that match some of a search's words: Pagefind requires all words, so the catalogue asks
 * for each word alone and ranks what comes back by how many words a page matched, then by its
 * summed scores. Pages in `exclude` (those that matched every word) are left out.
 */
export function rankPartial<T extends Scored>(
  perWord: readonly (readonly T[])[],
  exclude: ReadonlySet<string> = new Set(),
): T[] {
  const merged = new Map<string, { result: T; words: number; score: number; first: number }>();
  let order = 0;
  for (const results of perWord) {
    for (const result of results) {
      if (exclude.has(result.id)) continue;
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else {
        merged.set(result.id, { result, words: 1, score: result.score, first: order++ });
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score || a.first - b.first)
    .map((m) => m.result);
}

/**
 * The endings of a word to try when the word itself matches nothing, longest first: the last part
 * of a compound the catalogue does not have («bofellesskap» → … «fellesskap»). At least `min`
 * letters, and at least two letters cut off.
 */
export function compoundTails(word: string, min = 5): string[] {
  const tails: string[] = [];
  for (let start = 2; word.length - start >= min; start += 1) tails.push(word.slice(start));
  return tails;
}

/**
 * Whether a result matches `term` closely: some matched or meta word shares all of the term's
 * letters but its last two (an inflection: «kommunene» → «kommune»). Stricter than the guard in
 * `unmatchedWords`, for the endings tried by `compoundTails`, where «ellesskap» must not pass on «eller».
 */
export function isCloseMatch(term: string, data: ResultData): boolean {
  const need = Math.min(term.length, Math.max(4, term.length - 2));
  return candidateWords(data).some((word) => isMeaningfulMatch(term, word, need));
}

/**
 * The words a result has: every word of its text and of its meta fields. Pagefind's locations do
 * not say where on the page a word stands (the build relabels them: src/integrations/pagefind/
 * position-labels.ts), so the whole text is read.
 */
function candidateWords(data: ResultData): string[] {
  const candidates = new Set<string>(tokenize(data.content));
  for (const value of Object.values(data.meta)) for (const w of tokenize(value ?? '')) candidates.add(w);
  return [...candidates];
}
