import type { PagefindLike, PagefindResponse } from './run-search.ts';
import { withSearch } from './with-search.ts';

/**
 * The same Pagefind search asked twice gets the first answer. The catalogue starts the search for
 * the typed words at each keystroke (from three letters) and shows it when typing stops, after the
 * debounce; at 10,000 entries the search itself takes longer than the rest of a render, so it runs
 * while the debounce waits instead of after it. Pagefind's results are fixed for an index, but its
 * counts are not: it counts a facet only once some search has named that facet and loaded its
 * filter index. So a search that names a facet for the first time forgets every answer before it.
 * Only the last `size` searches are kept.
 */
export function memoizeSearch<P extends PagefindLike>(pf: P, size = 16): P {
  const answers = new Map<string, Promise<PagefindResponse>>();
  const facets = new Set<string>();
  const search: PagefindLike['search'] = (term, options) => {
    for (const facet of Object.keys(options?.filters ?? {})) {
      if (facets.has(facet)) continue;
      facets.add(facet);
      answers.clear();
    }
    const key = JSON.stringify([term, options ?? null]);
    let answer = answers.get(key);
    if (answer) {
      // Most recent last, so the oldest is the one dropped.
      answers.delete(key);
    } else {
      answer = pf.search(term, options);
      answer.catch(() => answers.delete(key));
    }
    answers.set(key, answer);
    while (answers.size > size) answers.delete(answers.keys().next().value as string);
    return answer;
  };
  return withSearch(pf, search);
}
