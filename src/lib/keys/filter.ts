import { matchesFilters, parseCatalogueState, serialiseCatalogueState } from '../catalogue/state.ts';
import {
  diagramFacets,
  emptyFilters,
  facetValuesOf,
  type FacetParam,
  type FacetSource,
  type Filters,
} from '../catalogue/facets.ts';

/**
 * The filter chips on /nokler/. The URL is the catalogue's own (src/lib/catalogue/state.ts), with the
 * same ids and the same rules (OR within a facet, AND across), so a filtered diagram and the
 * catalogue can link to each other with the same query. This file only adds what the diagram needs:
 * the facets the registry marks for it, and reading an entry's values from a marker's data
 * attributes. Pure and free of schema imports (the browser bundles it).
 */

export { diagramFacets, emptyFilters, type Filters };
export type DiagramFacet = FacetParam;

/** What a marker carries (src/lib/svg/key-diagram.ts writes data-phase, data-country, data-topics, data-levels). */
export interface MarkerData {
  phase?: string | undefined;
  country?: string | undefined;
  /** Space-separated topic ids. */
  topics?: string | undefined;
  /** JSON: { "purpose": 2, … }. */
  levels?: string | undefined;
}

/** The facet values of the entry behind a marker, in the catalogue's shape: the registry reads the fields the marker carries. */
export function markerFacetValues(data: MarkerData): Filters {
  const levels = parseLevels(data.levels);
  const source = {
    phase: data.phase,
    country: data.country,
    topics: (data.topics ?? '').split(/\s+/).filter(Boolean),
    keys: Object.fromEntries(Object.entries(levels).map(([key, level]) => [key, { level }])),
  } as Partial<FacetSource>;
  return facetValuesOf(source);
}

export function markerMatches(data: MarkerData, filters: Filters): boolean {
  return matchesFilters(markerFacetValues(data), filters);
}

export function isEmptyFilters(filters: Filters): boolean {
  return Object.values(filters).every((values) => values.length === 0);
}

/**
 * The diagram's filters from a query string. Only the four diagram facets are kept (a link from the
 * catalogue may carry others, which the diagram cannot show), and with `known` only existing ids.
 */
export function parseDiagramFilters(search: string, known?: Partial<Record<DiagramFacet, readonly string[]>>): Filters {
  const { filters } = parseCatalogueState(search, known);
  const kept = emptyFilters();
  for (const facet of diagramFacets) kept[facet] = filters[facet];
  return kept;
}

/** The canonical query for the filters: '' for none, otherwise «?fase=…&…». */
export function diagramFilterQuery(filters: Filters): string {
  return serialiseCatalogueState({ q: '', filters });
}

function parseLevels(json: string | undefined): Record<string, number> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, number>) : {};
  } catch {
    return {};
  }
}
