import { facets, type FacetParam, type Filters } from './facets.ts';

/**
 * The rule for the number beside a filter checkbox, one rule for every facet: **how many results the
 * list would have with that box ticked** (the other boxes as they are). Within a facet the ticked
 * values are alternatives (OR), so ticking a value can only add results; between facets they narrow
 * (AND). A ticked box therefore shows the current number of results, and with «Danmark» ticked
 * «Norge» shows the 6 Danish plus the 22 Norwegian examples: 28, what ticking it gives.
 *
 * Two forms of the same rule: `optionCounts` over entries' values (the build, and the reference the
 * tests hold the browser to), and `countsIfTicked` over the numbers Pagefind reports (the browser,
 * which never holds every entry's values).
 */
export type OptionCounts = Partial<Record<FacetParam, Record<string, number>>>;

function passesExcept(values: Filters, filters: Filters, except: FacetParam): boolean {
  return facets.every(
    ({ param }) =>
      param === except || filters[param].length === 0 || filters[param].some((v) => values[param].includes(v)),
  );
}

/** The counts for every value of every facet that some row has; rows are entries' facet values (`facetValuesOf`). */
export function optionCounts(rows: readonly Filters[], filters: Filters): Record<FacetParam, Record<string, number>> {
  const out = {} as Record<FacetParam, Record<string, number>>;
  for (const { param } of facets) {
    const selected = filters[param];
    const others = rows.filter((row) => passesExcept(row, filters, param));
    const current = others.filter(
      (row) => selected.length === 0 || selected.some((v) => row[param].includes(v)),
    ).length;
    const counts: Record<string, number> = {};
    for (const row of rows) for (const value of row[param]) counts[value] = 0;
    for (const value of Object.keys(counts)) {
      counts[value] = selected.includes(value)
        ? current
        : selected.length === 0
          ? others.filter((row) => row[param].includes(value)).length
          : current +
            others.filter((row) => row[param].includes(value) && !selected.some((v) => row[param].includes(v))).length;
    }
    out[param] = counts;
  }
  return out;
}

/**
 * The same rule from search-engine counts. `total` is the number of current results. `outside[param]`
 * is, for a facet with a selection, the per-value counts of a search with the other facets' filters
 * and `none` of this facet's selected values: the entries ticking a value would add. For a facet
 * without a selection, `outside[param]` is simply the current results' counts. A facet missing from
 * `outside` (its index not loaded) is left out, so no number is shown rather than a wrong one.
 */
export function countsIfTicked(total: number, filters: Filters, outside: OptionCounts): OptionCounts {
  const out: OptionCounts = {};
  for (const { param } of facets) {
    const counts = outside[param];
    if (!counts) continue;
    const selected = filters[param];
    out[param] = Object.fromEntries(
      Object.entries(counts).map(([value, n]) => [
        value,
        selected.length === 0 ? n : selected.includes(value) ? total : total + n,
      ]),
    );
    for (const value of selected) out[param]![value] = total;
  }
  return out;
}
