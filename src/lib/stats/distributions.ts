import { matchesFilters } from '../catalogue/state.ts';
import { catalogueHref } from '../urls.ts';
import {
  emptyFilters,
  facetValuesOf,
  filterOn,
  KEY_FACET_MIN_LEVEL,
  type FacetParam,
  type FacetSource,
} from '../catalogue/facets.ts';

/** One bar or table row: a value, how many entries have it, and the catalogue showing exactly them. */
export interface CountRow {
  id: string;
  label: string;
  count: number;
  /** The catalogue filtered to exactly these entries, or undefined where no filter can say it. */
  href: string | undefined;
}

export interface Labelled {
  id: string;
  label: string;
}

/**
 * Each entry's facet values, worked out once per build: /statistikk/ and /kart/ count every value of
 * every facet over the whole catalogue, and sorting each entry's values anew for every count was
 * seconds at 10,000 entries. Read-only use, so sharing the arrays is safe.
 */
const valuesCache = new WeakMap<FacetSource, ReturnType<typeof facetValuesOf>>();
function cachedFacetValues(entry: FacetSource): ReturnType<typeof facetValuesOf> {
  let values = valuesCache.get(entry);
  if (!values) valuesCache.set(entry, (values = facetValuesOf(entry)));
  return values;
}

/** How many entries match the filters: the same test the catalogue applies. */
export function countMatching(entries: readonly FacetSource[], filters: Partial<Record<FacetParam, string[]>>): number {
  const wanted = { ...emptyFilters(), ...filters };
  let count = 0;
  for (const e of entries) if (matchesFilters(cachedFacetValues(e), wanted)) count += 1;
  return count;
}

/**
 * Entries per value of one facet, in the vocabulary's order. For a facet where an entry may have no
 * value (phase, challenges), a last row counts those, without a link: the catalogue cannot filter
 * on «none». Single-valued facets therefore always sum to the number of entries.
 */
export function countBy(
  entries: readonly FacetSource[],
  param: FacetParam,
  values: readonly Labelled[],
  noneLabel?: string,
): CountRow[] {
  const rows = values.map((value) => {
    const count = countMatching(entries, { [param]: [value.id] });
    return {
      id: value.id,
      label: value.label,
      count,
      href: count ? catalogueHref({ [param]: [value.id] }) : undefined,
    };
  });
  if (noneLabel) {
    const none = entries.filter((e) => cachedFacetValues(e)[param].length === 0).length;
    if (none) rows.push({ id: '', label: noneLabel, count: none, href: undefined });
  }
  return rows;
}

/** Per key, how many entries sit at each level 0–3. Each row sums to the number of entries. */
export function levelDistribution(
  entries: readonly FacetSource[],
  keyIds: readonly string[],
): Record<string, number[]> {
  return Object.fromEntries(
    keyIds.map((key) => {
      const counts = [0, 0, 0, 0];
      for (const e of entries) counts[e.keys[key]!.level]! += 1;
      return [key, counts];
    }),
  );
}

/**
 * Key co-occurrence: cell [a][b] counts entries that move both keys (level ≥ 2, as the catalogue's
 * «nokkel» filter reads it). The diagonal is each key alone. The catalogue combines values within a
 * facet with OR, so only the diagonal has an exact catalogue link.
 */
export function keyCooccurrence(
  entries: readonly FacetSource[],
  keyIds: readonly string[],
): { count: number; href: string | undefined }[][] {
  const moved = entries.map((e) => new Set(keyIds.filter((k) => e.keys[k]!.level >= KEY_FACET_MIN_LEVEL)));
  return keyIds.map((a) =>
    keyIds.map((b) => {
      const count = moved.filter((set) => set.has(a) && set.has(b)).length;
      return { count, href: a === b && count ? catalogueHref(filterOn('keys', a)) : undefined };
    }),
  );
}

/** Phase × key: entries in each phase that move each key (level ≥ 2); facets AND, so every cell links. */
export function phaseByKey(entries: readonly FacetSource[], phaseIds: readonly string[], keyIds: readonly string[]) {
  return phaseIds.map((phase) =>
    keyIds.map((key) => {
      const filters = { ...filterOn('phase', phase), ...filterOn('keys', key) };
      const count = countMatching(entries, filters);
      return { count, href: count ? catalogueHref(filters) : undefined };
    }),
  );
}
