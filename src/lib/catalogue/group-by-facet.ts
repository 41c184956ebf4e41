/**
 * Groups entries by a facet value, keeping the vocabulary's own order and dropping empty groups,
 * so the /tema/, /fase/ and /land/ pages list only what has entries.
 */
export function groupBy<T, K extends string>(
  items: readonly T[],
  order: readonly K[],
  valuesOf: (item: T) => readonly K[],
): { key: K; items: T[] }[] {
  return order
    .map((key) => ({ key, items: items.filter((item) => valuesOf(item).includes(key)) }))
    .filter((group) => group.items.length > 0);
}
