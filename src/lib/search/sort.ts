import { effectiveSort, type CatalogueState } from '../catalogue/state.ts';
import { sortKeys } from './index-fields.ts';

/**
 * Ordering without Pagefind's sorts. Pagefind keeps every sort in the metadata file each visitor
 * loads before the first search: three sorts at 10,000 entries are 69 KB of the 300 KB budget, spent
 * on every search although most visitors never change the order. So the entry pages keep their
 * `data-pagefind-sort` values (on the elements that show them), the build turns each into a list of
 * result ids in order (dist/pagefind/sort-<key>.json), and the catalogue fetches a list only when a
 * visitor picks that order. Pages are indexed in number order, so the default order without search
 * text – by number – is Pagefind's own order and needs no list at all.
 */

/** The file a sort's id list is written to, under the Pagefind bundle directory. */
export function sortFile(key: string): string {
  return `sort-${key}.json`;
}

/** What the catalogue does for an order: Pagefind's ranking or own order as is, or a list, maybe reversed. */
export type SortPlan = { kind: 'as-is' } | { kind: 'list'; key: string; descending: boolean };

export function sortPlan(state: Pick<CatalogueState, 'q' | 'sort'>): SortPlan {
  switch (effectiveSort(state)) {
    case 'relevans':
      return { kind: 'as-is' };
    case 'nummer':
      // Without text, Pagefind returns pages in the order they were indexed: by number.
      return state.q ? { kind: 'list', key: sortKeys.number, descending: false } : { kind: 'as-is' };
    case 'tittel':
      return { kind: 'list', key: sortKeys.title, descending: false };
    case 'oppdatert':
      return { kind: 'list', key: sortKeys.updated, descending: true };
  }
}

/**
 * Ids in ascending order of one sort value; pages without the value go last, ties keep page order.
 * Values that are all numbers compare as numbers, others by code point (title keys are made for
 * that, see `titleSortKey`; dates are ISO).
 */
export function orderedIds(
  pages: readonly { id: string; sorts: Readonly<Record<string, string>> }[],
  key: string,
): string[] {
  const withValue = pages.filter((p) => p.sorts[key] !== undefined);
  const numeric = withValue.every((p) => /^-?\d+(\.\d+)?$/.test(p.sorts[key] as string));
  const compare = numeric
    ? (a: string, b: string) => Number(a) - Number(b)
    : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = withValue
    .map((p, i) => ({ p, i }))
    .sort((a, b) => compare(a.p.sorts[key] as string, b.p.sorts[key] as string) || a.i - b.i);
  return [...sorted.map(({ p }) => p.id), ...pages.filter((p) => p.sorts[key] === undefined).map((p) => p.id)];
}

/** Results in the order of `ids` (reversed when descending); results not in the list keep their order, last. */
export function orderByList<T extends { id: string }>(
  results: readonly T[],
  ids: readonly string[],
  descending: boolean,
): T[] {
  const rank = new Map(ids.map((id, i) => [id, descending ? ids.length - i : i]));
  return results
    .map((result, i) => ({ result, i, r: rank.get(result.id) }))
    .sort((a, b) => (a.r === undefined ? 1 : 0) - (b.r === undefined ? 1 : 0) || (a.r ?? 0) - (b.r ?? 0) || a.i - b.i)
    .map(({ result }) => result);
}
