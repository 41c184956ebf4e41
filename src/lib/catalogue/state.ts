import type { Initiative } from '../../schemas/initiative.ts';

/**
 * The catalogue page's state as it lives in the URL: `?q=…&effekt=…&fase=…&land=…&tema=…&malgruppe=…&
 * utfordring=…&kommune=…&nokkel=…&sort=…`. The same parse and serialise run at build time (Node) and
 * in the catalogue script (browser), so this file uses nothing but URLSearchParams and imports
 * schema *types* only – importing the schemas themselves would put zod in the page's JavaScript.
 *
 * Decisions:
 * - A facet with several values repeats its parameter (`tema=a&tema=b`), which is exactly what a
 *   plain `<form method="get">` with checkboxes sends, so the page works the same without JS.
 *   Values within a facet are alternatives (OR); different facets narrow each other (AND).
 * - Values are the ids entries use in their frontmatter (`fase=operation`, `land=NO`,
 *   `tema=samordning`, `nokkel=power`), the same strings the search index filters on. Anything that
 *   is not id-shaped is dropped; pass `known` to drop ids that do not exist as well.
 * - Unknown parameters, unknown sort values and empty values are ignored. Values are de-duplicated.
 * - Serialising is canonical: `q`, then the facets in `facets` order, then `sort`; values sorted;
 *   a sort equal to the default is left out. One state, one URL.
 */

/** The parameter names of the facets, in the order they are shown and serialised. */
export type FacetParam = 'effekt' | 'fase' | 'land' | 'tema' | 'malgruppe' | 'utfordring' | 'kommune' | 'nokkel';

/** Entry fields a facet reads. `keys` is derived: the keys assessed at level 2 or 3; `demandEffect` by its status. */
export type FacetField = 'demandEffect' | 'phase' | 'country' | 'topics' | 'targetGroups' | 'challenges' | 'municipalities' | 'keys';

export interface Facet {
  /** The URL parameter. */
  param: FacetParam;
  /** The entry field (src/schemas/initiative.ts) the values come from. */
  field: FacetField;
  /** The heading visitors read. */
  label: string;
}

export const facets = [
  // First: whether the need for services changed is the question a municipal leader asks first.
  { param: 'effekt', field: 'demandEffect', label: 'Endring i tjenestebehov' },
  { param: 'fase', field: 'phase', label: 'Fase' },
  { param: 'land', field: 'country', label: 'Land' },
  { param: 'tema', field: 'topics', label: 'Tema' },
  { param: 'malgruppe', field: 'targetGroups', label: 'Målgruppe' },
  { param: 'utfordring', field: 'challenges', label: 'Utfordring' },
  { param: 'kommune', field: 'municipalities', label: 'Kommune' },
  { param: 'nokkel', field: 'keys', label: 'Nøkkel på nivå 2 eller 3' },
] as const satisfies readonly (Facet & { field: keyof Initiative })[];

/** The `nokkel` facet lists a key when the entry's level for it is at least this. */
export const KEY_FACET_MIN_LEVEL = 2;

/** A facet's heading, for the pages that show the same field outside the filter panel. */
export function facetLabel(param: FacetParam): string {
  return facets.find((facet) => facet.param === param)!.label;
}

export const sortOptions = [
  { value: 'relevans', label: 'Relevans' },
  { value: 'tittel', label: 'Tittel (A–Å)' },
  { value: 'nummer', label: 'Nummer' },
  { value: 'oppdatert', label: 'Sist oppdatert' },
] as const;

export type SortValue = (typeof sortOptions)[number]['value'];

export type Filters = Record<FacetParam, string[]>;

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

const facetParams: readonly FacetParam[] = facets.map((facet) => facet.param);
const sortValues: readonly string[] = sortOptions.map((option) => option.value);

export function isSortValue(value: string): value is SortValue {
  return sortValues.includes(value);
}

export function emptyFilters(): Filters {
  return { effekt: [], fase: [], land: [], tema: [], malgruppe: [], utfordring: [], kommune: [], nokkel: [] };
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
  const kept = values.map((value) => value.trim()).filter((value) => ID.test(value) && (!known || known.includes(value)));
  return [...new Set(kept)].sort();
}

/**
 * The canonical form of a state: query normalised, values valid, sorted and unique, sort dropped
 * when it is the default or impossible (relevance without a query).
 */
export function normaliseState(state: CatalogueState, known?: Partial<Record<FacetParam, readonly string[]>>): CatalogueState {
  const q = normaliseQuery(state.q);
  const filters = emptyFilters();
  for (const param of facetParams) filters[param] = normaliseValues(state.filters[param] ?? [], known?.[param]);
  const sort = state.sort && isSortValue(state.sort) && state.sort !== defaultSort({ q }) && !(state.sort === 'relevans' && !q)
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
  const params = input instanceof URL ? input.searchParams : input instanceof URLSearchParams ? input : new URLSearchParams(input);
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

/** The fields of an entry that the facets read. */
export type FacetSource = Pick<Initiative, 'demandEffect' | 'phase' | 'country' | 'topics' | 'targetGroups' | 'challenges' | 'municipalities'> & {
  keys: Readonly<Record<string, { level: number }>>;
};

/**
 * An entry's values for every facet, sorted: what the build writes as search filters and what the
 * catalogue matches against. An entry without a phase has no `fase` value, one without
 * `demandEffect` no `effekt` value.
 */
export function facetValuesOf(entry: FacetSource): Filters {
  const values = emptyFilters();
  values.effekt = entry.demandEffect ? [entry.demandEffect.status] : [];
  values.fase = entry.phase ? [entry.phase] : [];
  values.land = [entry.country];
  values.tema = [...entry.topics].sort();
  values.malgruppe = [...entry.targetGroups].sort();
  values.utfordring = [...entry.challenges].sort();
  values.kommune = [...entry.municipalities].sort();
  values.nokkel = Object.entries(entry.keys)
    .filter(([, assessment]) => assessment.level >= KEY_FACET_MIN_LEVEL)
    .map(([key]) => key)
    .sort();
  return values;
}

/** Whether an entry passes the filters: some value in every facet that has a selection. */
export function matchesFilters(entryValues: Filters, filters: Filters): boolean {
  return facetParams.every((param) => filters[param].length === 0 || filters[param].some((v) => entryValues[param].includes(v)));
}
