import type { CatalogueState } from '../../lib/catalogue/state.ts';
import type { PagefindLike, PagefindResult } from '../../lib/search/run-search.ts';
import { toResultCard, type ResultCard } from '../../lib/search/results.ts';
import { cardFile, parseCard } from '../../lib/search/cards.ts';
import { orderByList, sortFile, sortPlan } from '../../lib/search/sort.ts';
import { memoizeSearch } from '../../lib/search/memo-search.ts';
import { fragmentFile, parseFragment } from '../../lib/search/fragment.ts';
import type { ResultData } from '../../lib/search/results.ts';
import { withSearch } from '../../lib/search/with-search.ts';
import { onePerKey } from '../../lib/promise-cache.ts';

/** Outside Vite's graph: the index is written after the bundle, by the Pagefind integration. */
const PAGEFIND_DIR = '/pagefind/';
const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

/** Pagefind's module as the catalogue loads it: the search API plus setup. */
export interface Pagefind extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind, its WebAssembly and the metadata once; a failed load may be retried. Searches
 * are memoised (src/lib/search/memo-search.ts), so one started while typing is not run again.
 */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // The index is small enough to search on the main thread, which saves the worker's 11 KB.
    await module.options({ noWorker: true });
    await module.init();
    return memoizeSearch(withFragments(module));
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/**
 * Pagefind with results whose `data()` reads the page's fragment file and nothing more. Pagefind's
 * own `data()` also works out an excerpt from the word locations, in a loop as long as the highest
 * location; the build renumbers the locations into the millions so the index compresses
 * (src/integrations/pagefind/position-labels.ts), and there that loop took 140–330 ms per result at
 * 10,000 entries. The catalogue shows no excerpts: it needs the text and the meta.
 */
function withFragments(pf: Pagefind): Pagefind {
  return withSearch(pf, async (term, options) => {
    const response = await pf.search(term, options);
    return response && { ...response, results: response.results.map((r) => ({ ...r, data: () => fragmentOf(r.id) })) };
  });
}

/**
 * A fragment's text. The build stores fragments decompressed for the host to compress; a host that
 * serves them gzipped as Pagefind writes them, without saying so in a header, sends gzip's bytes,
 * which Pagefind's own loader also accepts.
 */
async function fragmentText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}

/** A result's fragment, fetched once; a failed fetch may be retried. */
const fragmentOf = onePerKey((id: string) =>
  fetch(`${PAGEFIND_DIR}${fragmentFile(id)}`).then(async (response): Promise<ResultData> => {
    const data = response.ok ? parseFragment(await fragmentText(response)) : undefined;
    if (!data) throw new Error(`Pagefind: fragmentet ${id} kunne ikke leses`);
    return data;
  }),
);

/** A sort's id list (src/lib/search/sort.ts), fetched the first time a visitor picks that order. */
const sortList = onePerKey((key: string) =>
  fetch(`${PAGEFIND_DIR}${sortFile(key)}`).then((response) => {
    if (!response.ok) throw new Error(`${response.status}`);
    return response.json() as Promise<string[]>;
  }),
);

/** Results in the order the state asks for. */
export async function ordered<T extends { id: string }>(results: T[], state: CatalogueState): Promise<T[]> {
  const plan = sortPlan(state);
  return plan.kind === 'as-is' ? results : orderByList(results, await sortList(plan.key), plan.descending);
}

/**
 * A result's card from its small card file (src/lib/search/cards.ts); the fragment, ten times the
 * bytes, only if that fails. Asked for once per result id: a search typed letter by letter shows the
 * same results again.
 */
export const cardOf: (result: PagefindResult) => Promise<ResultCard> = onePerKey(fetchCard, (result) => result.id);

async function fetchCard(result: PagefindResult): Promise<ResultCard> {
  try {
    const response = await fetch(`${PAGEFIND_DIR}${cardFile(result.id)}`);
    const card = response.ok ? parseCard(await response.json()) : undefined;
    if (card) return card;
  } catch {
    // Falls through to the fragment.
  }
  return toResultCard(await result.data());
}
