import type { CatalogueState } from '../../lib/catalogue/state.ts';
import type { PagefindLike, PagefindResult } from '../../lib/search/run-search.ts';
import { toResultCard, type ResultCard } from '../../lib/search/results.ts';
import { cardFile, parseCard } from '../../lib/search/cards.ts';
import { orderByList, sortFile, sortPlan } from '../../lib/search/sort.ts';
import { memoizeSearch } from '../../lib/search/memo-search.ts';

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
    return memoizeSearch(module);
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

const sortLists = new Map<string, Promise<string[]>>();

/** A sort's id list (src/lib/search/sort.ts), fetched the first time a visitor picks that order. */
function sortList(key: string): Promise<string[]> {
  let list = sortLists.get(key);
  if (!list) {
    list = fetch(`${PAGEFIND_DIR}${sortFile(key)}`).then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
      return response.json() as Promise<string[]>;
    });
    sortLists.set(key, list);
    list.catch(() => sortLists.delete(key));
  }
  return list;
}

/** Results in the order the state asks for. */
export async function ordered<T extends { id: string }>(results: T[], state: CatalogueState): Promise<T[]> {
  const plan = sortPlan(state);
  return plan.kind === 'as-is' ? results : orderByList(results, await sortList(plan.key), plan.descending);
}

/** Cards already asked for, by result id: a search typed letter by letter shows the same results again. */
const cardRequests = new Map<string, Promise<ResultCard>>();

/** A result's card from its small card file (src/lib/search/cards.ts); the fragment, ten times the bytes, only if that fails. */
export function cardOf(result: PagefindResult): Promise<ResultCard> {
  let card = cardRequests.get(result.id);
  if (!card) cardRequests.set(result.id, (card = fetchCard(result)));
  return card;
}

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
