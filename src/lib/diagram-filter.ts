/**
 * Which diagram markers match the filter chips on /nokler/, and how the choice is written to and read
 * from the URL (`?fase=pilot,operation&land=DK&tema=samordning&nokkel=power`), so a filtered diagram
 * can be shared. Pure and free of schema imports: the browser script bundles it, and zod must not
 * come along.
 *
 * Values in the URL are the vocabulary ids (the same ids the data exports use). Within a group an
 * entry matches if it has any of the chosen values; across groups it must match every group.
 */

/** URL parameter names, in the order they are written. */
export const filterGroups = ['fase', 'land', 'tema', 'nokkel'] as const;
export type FilterGroup = (typeof filterGroups)[number];
export type DiagramFilter = Record<FilterGroup, string[]>;

/** «Nøkkel på nivå 2 eller mer»: level 2 (Forskyvning) is where a practice clearly moves something. */
export const KEY_FILTER_MIN_LEVEL = 2;

export interface FilterableEntry {
  phase?: string | undefined;
  country: string;
  topics: readonly string[];
  levels: Readonly<Record<string, number>>;
}

export function emptyFilter(): DiagramFilter {
  return { fase: [], land: [], tema: [], nokkel: [] };
}

export function isEmptyFilter(filter: DiagramFilter): boolean {
  return filterGroups.every((group) => filter[group].length === 0);
}

/** The values an entry has in each group; an entry without a phase has none in «fase». */
export function entryFacets(entry: FilterableEntry): DiagramFilter {
  return {
    fase: entry.phase ? [entry.phase] : [],
    land: [entry.country],
    tema: [...entry.topics],
    nokkel: Object.keys(entry.levels).filter((id) => (entry.levels[id] ?? 0) >= KEY_FILTER_MIN_LEVEL),
  };
}

export function matchesFilter(entry: FilterableEntry, filter: DiagramFilter): boolean {
  const facets = entryFacets(entry);
  return filterGroups.every((group) => filter[group].length === 0 || filter[group].some((v) => facets[group].includes(v)));
}

/**
 * Reads the filter from a query string. Accepts both `?fase=a,b` and `?fase=a&fase=b`. With `allowed`,
 * unknown values are dropped (a stale or mistyped link shows the nearest valid filter, not an empty
 * diagram) and the values come back in the allowed order, so equal filters serialise equally.
 */
export function parseFilter(search: string, allowed?: Partial<Record<FilterGroup, readonly string[]>>): DiagramFilter {
  const params = new URLSearchParams(search);
  const filter = emptyFilter();
  for (const group of filterGroups) {
    const values = [
      ...new Set(
        params
          .getAll(group)
          .flatMap((v) => v.split(','))
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    const known = allowed?.[group];
    filter[group] = known ? known.filter((v) => values.includes(v)) : values;
  }
  return filter;
}

/** «?fase=pilot,operation&nokkel=power», or '' for no filter; groups in a fixed order. */
export function filterQuery(filter: DiagramFilter): string {
  const parts = filterGroups
    .filter((group) => filter[group].length > 0)
    .map((group) => `${group}=${filter[group].map(encodeURIComponent).join(',')}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
