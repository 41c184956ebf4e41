import { emptyFilters, facetParams, type FacetParam, type Filters } from './facets.ts';

/**
 * The catalogue page's state as it lives in the URL: `?q=…`, one parameter per facet of the registry
 * (./facets.ts), and `sort=…`. The same parse and serialise run at build time (Node) and in the
 * catalogue script (browser), so this file uses nothing but URLSearchParams and the zod-free
 * registry – importing the schemas themselves would put zod in the page's JavaScript.
 *
 * Decisions:
 * - A facet with several values repeats its parameter (`tema=a&tema=b`), which is exactly what a
 *   plain `<form method="get">` with checkboxes sends, so the page works the same without JS.
 *   Values within a facet are alternatives (OR); different facets narrow each other (AND).
 * - Values are the ids entries use in their frontmatter (a phase id, a country code, a topic id, a
 *   key id), the same strings the search index filters on. Anything that
 *   is not id-shaped is dropped; pass `known` to drop ids that do not exist as well.
 * - Unknown parameters, unknown sort values and empty values are ignored. Values are de-duplicated.
 * - Serialising is canonical: `q`, then the facets in the registry's order, then `sort`; values
 *   sorted; a sort equal to the default is left out. One state, one URL.
 */

export const sortOptions = [
  { value: 'relevans', label: 'Relevans' },
  { value: 'tittel', label: 'Tittel (A–Å)' },
  { value: 'nummer', label: 'Nummer' },
  { value: 'oppdatert', label: 'Sist oppdatert' },
] as const;

export type SortValue = (typeof sortOptions)[number]['value'];

export interface CatalogueState {
  /** The search text, trimmed with inner whitespace collapsed; '' for none. */
  q: string;
  /** Selected values per facet, sorted and unique; [] for none. */
  filters: Filters;
  /** The chosen order, or undefined for the default (see `defaultSort`). */
  sort?: SortValue;
}

/** Longest search text kept; Pagefind gains nothing from more, and URLs stay shareable. */
export const MAX_QUERY_LENGTH = 200;

/** Entry ids are small letters, digits and hyphens; country ids are ISO codes («NO»). */
const ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/;

const sortValues: readonly string[] = sortOptions.map((option) => option.value);

export function isSortValue(value: string): value is SortValue {
  return sortValues.includes(value);
}

export function emptyState(): CatalogueState {
  return { q: '', filters: emptyFilters() };
}

/** Relevance when there is a search text (Pagefind's ranking), otherwise the catalogue number. */
export function defaultSort(state: Pick<CatalogueState, 'q'>): SortValue {
  return state.q ? 'relevans' : 'nummer';
}

/** The order in force: the chosen one, or the default. */
export function effectiveSort(state: Pick<CatalogueState, 'q' | 'sort'>): SortValue {
  return state.sort ?? defaultSort(state);
}

/** Whether the state shows the whole catalogue in its default order. */
export function isEmptyState(state: CatalogueState): boolean {
  return !state.q && facetParams.every((param) => state.filters[param].length === 0) && state.sort === undefined;
}

function normaliseQuery(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

function normaliseValues(values: readonly string[], known?: readonly string[]): string[] {
  const kept = values
    .map((value) => value.trim())
    .filter((value) => ID.test(value) && (!known || known.includes(value)));
  return [...new Set(kept)].sort();
}

/**
 * The canonical form of a state: query normalised, values valid, sorted and unique, sort dropped
 * when it is the default or impossible (relevance without a query).
 */
export function normaliseState(
  state: CatalogueState,
  known?: Partial<Record<FacetParam, readonly string[]>>,
): CatalogueState {
  const q = normaliseQuery(state.q);
  const filters = emptyFilters();
  for (const param of facetParams) filters[param] = normaliseValues(state.filters[param] ?? [], known?.[param]);
  const sort =
    state.sort && isSortValue(state.sort) && state.sort !== defaultSort({ q }) && !(state.sort === 'relevans' && !q)
      ? state.sort
      : undefined;
  return sort ? { q, filters, sort } : { q, filters };
}

/**
 * Reads the state from a query string (with or without «?»), URLSearchParams or URL. `known` lists
 * the valid ids per facet; without it any id-shaped value is kept.
 */
export function parseCatalogueState(
  input: string | URLSearchParams | URL,
  known?: Partial<Record<FacetParam, readonly string[]>>,
): CatalogueState {
  const params =
    input instanceof URL ? input.searchParams : input instanceof URLSearchParams ? input : new URLSearchParams(input);
  const filters = emptyFilters();
  for (const param of facetParams) filters[param] = params.getAll(param);
  const sort = params.get('sort') ?? '';
  return normaliseState({ q: params.get('q') ?? '', filters, sort: isSortValue(sort) ? sort : undefined }, known);
}

/** The canonical query string for a state: '' for the empty state, otherwise «?…». */
export function serialiseCatalogueState(state: CatalogueState): string {
  const canonical = normaliseState(state);
  const params = new URLSearchParams();
  if (canonical.q) params.append('q', canonical.q);
  for (const param of facetParams) for (const value of canonical.filters[param]) params.append(param, value);
  if (canonical.sort) params.append('sort', canonical.sort);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The state with `value` switched on or off in one facet (what a checkbox does). */
export function toggleFilter(state: CatalogueState, param: FacetParam, value: string): CatalogueState {
  const current = state.filters[param];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return normaliseState({ ...state, filters: { ...state.filters, [param]: next } });
}

/** Whether an entry passes the filters: some value in every facet that has a selection. */
export function matchesFilters(entryValues: Filters, filters: Filters): boolean {
  return facetParams.every(
    (param) => filters[param].length === 0 || filters[param].some((v) => entryValues[param].includes(v)),
  );
}
