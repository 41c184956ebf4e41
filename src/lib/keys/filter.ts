import {
  KEY_FACET_MIN_LEVEL,
  emptyFilters,
  matchesFilters,
  parseCatalogueState,
  serialiseCatalogueState,
  type FacetParam,
  type Filters,
} from '../catalogue/state.ts';

/**
 * The filter chips on /nokler/. The URL is the catalogue's own (src/lib/catalogue/state.ts):
 * `?fase=pilot&land=DK&tema=samordning&nokkel=power`, same ids, same rules (OR within a facet, AND
 * across), so a filtered diagram and the catalogue can link to each other with the same query.
 * This file only adds what the diagram needs: the four facets it offers, and reading an entry's
 * values from a marker's data attributes. Pure and free of schema imports (the browser bundles it).
 */

/** The facets the diagram offers, in the order the chips are shown. */
export const diagramFacets = ['fase', 'land', 'tema', 'nokkel'] as const satisfies readonly FacetParam[];
export type DiagramFacet = (typeof diagramFacets)[number];

export { KEY_FACET_MIN_LEVEL, emptyFilters, type Filters };

/** What a marker carries (key-diagram-svg.ts writes data-phase, data-country, data-topics, data-levels). */
export interface MarkerData {
  phase?: string | undefined;
  country?: string | undefined;
  /** Space-separated topic ids. */
  topics?: string | undefined;
  /** JSON: { "purpose": 2, … }. */
  levels?: string | undefined;
}

/** The facet values of the entry behind a marker, in the catalogue's shape. */
export function markerFacetValues(data: MarkerData): Filters {
  const values = emptyFilters();
  values.fase = data.phase ? [data.phase] : [];
  values.land = data.country ? [data.country] : [];
  values.tema = (data.topics ?? '').split(/\s+/).filter(Boolean).sort();
  const levels = parseLevels(data.levels);
  values.nokkel = Object.keys(levels)
    .filter((key) => (levels[key] ?? 0) >= KEY_FACET_MIN_LEVEL)
    .sort();
  return values;
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
