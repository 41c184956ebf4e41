import { serialiseCatalogueState } from './catalogue/state.ts';
import { emptyFilters, type Filters } from './catalogue/facets.ts';

/**
 * The site's paths and anchors, in one place: every component and page links through these, so a
 * path changes in one line and a link cannot drift from the page it points at. Free of Zod and
 * Node, so the browser elements use them too.
 */

/** The catalogue. */
export const catalogueIndex = '/eksempler/';

/** An entry's page. */
export const entryHref = (slug: string): string => `${catalogueIndex}${slug}/`;

/** The catalogue filtered to exactly `filters` (AND between facets, OR within; the catalogue's own URL format). */
export function catalogueHref(filters: Partial<Filters> = {}): string {
  return `${catalogueIndex}${serialiseCatalogueState({ q: '', filters: { ...emptyFilters(), ...filters } })}`;
}

/** The catalogue with a query string already serialised (src/lib/catalogue/state.ts). */
export const catalogueQueryHref = (query: string): string => `${catalogueIndex}${query}`;

/** The browse pages that list entries by one field's value: /fase/, /land/, /tema/. */
export const browseIndex = { phase: '/fase/', country: '/land/', topics: '/tema/' } as const;
export type BrowseField = keyof typeof browseIndex;

/** One value's browse page, by the value's slug (phases and countries) or id (topics). */
export const browseHref = (field: BrowseField, slug: string): string => `${browseIndex[field]}${slug}/`;

/** The organisations (/aktorer/) and one organisation's page. */
export const organisationsIndex = '/aktorer/';
export const organisationHref = (id: string): string => `${organisationsIndex}${id}/`;

/** The four-keys diagram page, and the anchor of an entry's marker on it. */
export const keyDiagramIndex = '/nokler/';
/** `prefix` is the drawing's id prefix: 'kd' for the diagram on /nokler/. */
export const markerAnchor = (number: number | string, prefix = 'kd'): string => `${prefix}-nr-${number}`;
export const markerHref = (number: number | string): string => `${keyDiagramIndex}#${markerAnchor(number)}`;

/** The concepts page and the anchors of its terms: challenges, Pestoff's forms of co-creation, levels of interplay. */
export const conceptsIndex = '/begreper/';
const conceptPrefix = { challenge: 'utfordring', coCreation: 'pestoff', level: 'niva' } as const;
export type ConceptKind = keyof typeof conceptPrefix;
export const conceptAnchor = (kind: ConceptKind, slug: string): string => `${conceptPrefix[kind]}-${slug}`;
export const conceptHref = (kind: ConceptKind, slug: string): string => `${conceptsIndex}#${conceptAnchor(kind, slug)}`;
