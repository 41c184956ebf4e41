import type { CatalogueState } from '../catalogue/state.ts';
import { countsIfTicked, type OptionCounts } from '../catalogue/facet-counts.ts';
import {
  compoundTails,
  facetsWithSelection,
  isCloseMatch,
  pagefindFilters,
  rankPartial,
  searchTerms,
  typedWord,
  unmatchedWords,
  zeroCounts,
  type Counts,
  type ResultData,
  type SearchNotes,
} from './results.ts';

/**
 * The catalogue's search strategy, free of the DOM: what it asks Pagefind for a state and how it
 * reads the answers. The <vs-catalogue> element keeps the wiring, history and rendering; unit tests
 * run this against a fake Pagefind (plain objects with the same shape), as Starlight mocks Pagefind.
 */

/** The parts of Pagefind's JavaScript API the strategy uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Counts;
}
export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse>;
}

export interface SearchOutcome {
  /** The words sent to Pagefind in the end, after unmatched words were left out or replaced. */
  terms: string[];
  /** Entries with every word, in Pagefind's order. */
  results: PagefindResult[];
  /** Entries with some of the words, when fewer than a page have them all. */
  partial: PagefindResult[];
  notes: SearchNotes & { dropped: string[]; replaced: [string, string][] };
  /** The count beside each box: what ticking it would give. */
  counts: OptionCounts;
}

/**
 * One search for `terms` with the state's filters, plus one per facet with a selection for that
 * facet's counts. An answer that only matches through Pagefind's short-prefix fallback
 * («omsxyz» → «om») counts as no answer.
 */
export async function query(
  pf: PagefindLike,
  terms: readonly string[],
  state: CatalogueState,
  withCounts = true,
): Promise<{ results: PagefindResult[]; counts: OptionCounts }> {
  const term = terms.length ? terms.join(' ') : null;
  const selected = withCounts ? facetsWithSelection(state.filters) : [];
  const [main, ...others] = await Promise.all([
    pf.search(term, { filters: pagefindFilters(state.filters) }),
    ...selected.map((param) => pf.search(term, { filters: pagefindFilters(state.filters, param) })),
  ]);
  const top = main?.results[0];
  if (!main || (term && top && unmatchedWords(term, await top.data()).length > 0))
    return { results: [], counts: zeroCounts(main?.filters ?? {}) };
  const outside: OptionCounts = { ...main.filters };
  selected.forEach((param, i) => {
    outside[param] = others[i]?.filters[param];
  });
  return { results: main.results, counts: countsIfTicked(main.results.length, state.filters, outside) };
}

/** `term` if it matches something, else its longest ending that does, else null. */
export async function resolveTerm(pf: PagefindLike, term: string): Promise<string | null> {
  const own = await pf.search(term);
  const top = own?.results[0];
  if (top && unmatchedWords(term, await top.data()).length === 0) return term;
  for (const tail of compoundTails(term)) {
    const found = (await pf.search(tail))?.results[0];
    if (found && isCloseMatch(tail, await found.data())) return tail;
  }
  return null;
}

/**
 * The whole search for a (non-empty) state. Text with nothing searchable in it (one letter,
 * punctuation) finds nothing, never everything. When every word together finds nothing, each word
 * that matches nothing is searched as its last part instead («bofellesskap» → «fellesskap») or left
 * out, and the notes say so. When fewer than `pageSize` entries have every word, those with some of
 * the words follow as `partial`.
 */
export async function runSearch(
  pf: PagefindLike,
  state: CatalogueState,
  { pageSize }: { pageSize: number },
): Promise<SearchOutcome> {
  const typed = searchTerms(state.q);
  let terms = typed;
  let outcome = state.q && typed.length === 0 ? { results: [], counts: {} } : await query(pf, terms, state);
  const notes: SearchOutcome['notes'] = { dropped: [], replaced: [] };
  if (outcome.results.length === 0 && terms.length > 0 && state.q) {
    const resolved = await Promise.all(terms.map((term) => resolveTerm(pf, term)));
    const kept: string[] = [];
    terms.forEach((term, i) => {
      const found = resolved[i];
      // The notes quote the word as the visitor typed it («äldre»), not as it was folded for the index.
      if (!found) notes.dropped.push(typedWord(state.q, term));
      else if (found !== term) notes.replaced.push([typedWord(state.q, term), found]);
      if (found) kept.push(found);
    });
    if (kept.length > 0 && (notes.dropped.length || notes.replaced.length)) {
      terms = kept;
      outcome = await query(pf, terms, state);
    } else {
      notes.dropped = [];
      notes.replaced = [];
    }
  }
  let partial: PagefindResult[] = [];
  if (terms.length > 1 && outcome.results.length < pageSize) {
    const perWord = await Promise.all(terms.map((term) => query(pf, [term], state, false)));
    partial = rankPartial(
      perWord.map((w) => w.results),
      new Set(outcome.results.map((r) => r.id)),
    ).slice(0, pageSize);
  }
  return { terms, results: outcome.results, partial, notes, counts: outcome.counts };
}
