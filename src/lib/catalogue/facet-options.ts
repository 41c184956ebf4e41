import {
  emptyFilters,
  facets,
  facetValuesOf,
  type FacetParam,
  type FacetSource,
  type FacetVocabularies,
} from './facets.ts';

/** One checkbox of the catalogue's filter panel. */
export interface FacetOption {
  id: string;
  label: string;
  /** Entries with this value in the whole catalogue (the count before any search). */
  count: number;
}

const collator = new Intl.Collator('nb');

/**
 * The options of every facet: the values at least one entry has, with their labels and counts.
 * Values no entry uses are left out (a taxonomy may hold terms for entries still to come). A value
 * without a label is a schema/loader mismatch and throws, so a missing label fails the build.
 */
export function facetOptions(
  entries: readonly FacetSource[],
  vocabularies: FacetVocabularies,
): Record<FacetParam, FacetOption[]> {
  const counts = emptyCounts();
  for (const entry of entries) {
    const values = facetValuesOf(entry);
    for (const { param } of facets)
      for (const value of values[param]) counts[param].set(value, (counts[param].get(value) ?? 0) + 1);
  }
  const options = {} as Record<FacetParam, FacetOption[]>;
  for (const { param, labels: labelsOf, order } of facets) {
    const labels = labelsOf(vocabularies);
    const list = [...labels.keys()]
      .filter((id) => counts[param].has(id))
      .map((id) => ({ id, label: labels.get(id) as string, count: counts[param].get(id) as number }));
    for (const id of counts[param].keys()) {
      if (!labels.has(id)) throw new Error(`Filter «${param}»: ingen etikett for «${id}»`);
    }
    if (order === 'label') list.sort((a, b) => collator.compare(a.label, b.label));
    options[param] = list;
  }
  return options;
}

function emptyCounts(): Record<FacetParam, Map<string, number>> {
  const filters = emptyFilters();
  return Object.fromEntries(Object.keys(filters).map((param) => [param, new Map<string, number>()])) as Record<
    FacetParam,
    Map<string, number>
  >;
}
