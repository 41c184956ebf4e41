import type { Initiative } from '../../schemas/initiative.ts';
import { noPhaseLabel } from '../format/nb.ts';

/**
 * The facet registry: the one place a filter is defined. Each record says which URL parameter it
 * owns (which is also its Pagefind filter name, so a URL, a checkbox and an index filter all say
 * `fase=pilot`), which entry field its values come from, the heading visitors read, how its values
 * are labelled and ordered, and whether the four-keys diagram offers it. URL state, the catalogue's
 * checkboxes and counts, the Pagefind attributes on entry pages, the diagram's chips, the statistics
 * and map links all derive from it.
 *
 * Free of Zod and Node (types only): the catalogue and diagram elements bundle it for the browser.
 * Labels of values come from the vocabularies, passed in at build time (`FacetVocabularies`).
 */

/** The vocabularies the facets label their values from, as src/data/facet-vocabularies.ts loads them. */
export interface FacetVocabularies {
  demandEffectStatuses: Readonly<Record<string, { label: string }>>;
  phases: Readonly<Record<string, { label: string }>>;
  countries: Readonly<Record<string, { label: string }>>;
  challenges: Readonly<Record<string, { label: string }>>;
  keys: Readonly<Record<string, { label: string }>>;
  topics: readonly { id: string; label: string }[];
  targetGroups: readonly { id: string; label: string }[];
  municipalities: readonly { id: string; name: string }[];
  /** Organisations with the name lists show («Innbyggere (Øygarden)»). */
  organisations: readonly { id: string; label: string }[];
}

interface FacetDefinition<P extends string, F extends keyof Initiative, V> {
  /** URL parameter and Pagefind filter name. */
  param: P;
  /** The entry field (src/schemas/initiative.ts) the values come from. */
  field: F;
  /** The heading visitors read, on every page that shows this facet. */
  label: string;
  /** The facet's values for an entry's field value, as vocabulary ids. */
  valuesOf: (value: V) => string[];
  /** The values of an entry that leaves the field out (default none). */
  missing?: readonly string[];
  /** Id → label for every value the facet can have. */
  labels: (vocabularies: FacetVocabularies) => ReadonlyMap<string, string>;
  /** Checkboxes in the vocabulary's order (short, ordered lists) or by label (long lists). */
  order: 'vocabulary' | 'label';
  /** Whether an entry can have several values (then counts add up to more than the entries). */
  multiple: boolean;
  /** Whether the four-keys diagram on /nokler/ offers the facet as chips. */
  diagram: boolean;
}

/** Identity with inference: keeps each record's own field and value type. */
const facet = <P extends string, F extends keyof Initiative, V = Initiative[F]>(definition: FacetDefinition<P, F, V>) =>
  definition;

const labelsOf = (vocabulary: Readonly<Record<string, { label: string }>>) =>
  new Map(Object.entries(vocabulary).map(([id, term]) => [id, term.label]));
const termLabels = (terms: readonly { id: string; label: string }[]) =>
  new Map(terms.map((term) => [term.id, term.label]));

/**
 * The `fase` value of an entry whose source gives no phase. A value of its own, so that entry can be
 * filtered, counted and browsed like the rest (L9): without it the phases added up to 28 of 29.
 */
export const NO_PHASE = 'ikke-oppgitt';

/** The `nokkel` facet lists a key when the entry's level for it is at least this. */
export const KEY_FACET_MIN_LEVEL = 2;

/** The facets in the order they are shown and serialised. */
export const facets = [
  // First: whether the need for services changed is the question a municipal leader asks first.
  facet({
    param: 'effekt',
    field: 'demandEffect',
    label: 'Endring i tjenestebehov',
    valuesOf: (effect) => [effect.status],
    labels: (v) => labelsOf(v.demandEffectStatuses),
    order: 'vocabulary',
    multiple: false,
    diagram: false,
  }),
  facet({
    param: 'fase',
    field: 'phase',
    label: 'Fase',
    valuesOf: (phase) => [phase ?? NO_PHASE],
    missing: [NO_PHASE],
    labels: (v) => new Map([...labelsOf(v.phases), [NO_PHASE, noPhaseLabel]]),
    order: 'vocabulary',
    multiple: false,
    diagram: true,
  }),
  facet({
    param: 'land',
    field: 'country',
    label: 'Land',
    valuesOf: (country) => [country],
    labels: (v) => labelsOf(v.countries),
    order: 'vocabulary',
    multiple: false,
    diagram: true,
  }),
  facet({
    param: 'tema',
    field: 'topics',
    label: 'Tema',
    valuesOf: (topics) => [...topics],
    labels: (v) => termLabels(v.topics),
    order: 'label',
    multiple: true,
    diagram: true,
  }),
  facet({
    param: 'malgruppe',
    field: 'targetGroups',
    label: 'Målgruppe',
    valuesOf: (groups) => [...groups],
    labels: (v) => termLabels(v.targetGroups),
    order: 'label',
    multiple: true,
    diagram: false,
  }),
  facet({
    param: 'utfordring',
    field: 'challenges',
    label: 'Samfunnsutfordring',
    valuesOf: (challenges) => [...challenges],
    labels: (v) => labelsOf(v.challenges),
    order: 'vocabulary',
    multiple: true,
    diagram: false,
  }),
  facet({
    param: 'kommune',
    field: 'municipalities',
    label: 'Kommune',
    valuesOf: (municipalities) => [...municipalities],
    labels: (v) => new Map(v.municipalities.map((m) => [m.id, m.name])),
    order: 'label',
    multiple: true,
    diagram: false,
  }),
  facet({
    param: 'partner',
    field: 'partners',
    label: 'Samarbeidspartner',
    valuesOf: (partners) => [...new Set(partners.map((p) => p.id))],
    labels: (v) => termLabels(v.organisations),
    order: 'label',
    multiple: true,
    diagram: false,
  }),
  // Derived: the keys an entry moves, i.e. those assessed at KEY_FACET_MIN_LEVEL or above. Reads
  // only the levels, so the diagram can pass what its markers carry.
  facet<'nokkel', 'keys', Readonly<Record<string, { level: number }>>>({
    param: 'nokkel',
    field: 'keys',
    label: 'Nøkkel på nivå 2 eller 3',
    valuesOf: (keys) => Object.keys(keys).filter((key) => keys[key]!.level >= KEY_FACET_MIN_LEVEL),
    labels: (v) => labelsOf(v.keys),
    order: 'vocabulary',
    multiple: true,
    diagram: true,
  }),
] as const;

type AnyFacet = (typeof facets)[number];

/** The parameter names of the facets. */
export type FacetParam = AnyFacet['param'];
/** The entry fields the facets read. */
export type FacetField = AnyFacet['field'];

/** The fields of an entry that the facets read, each as its facet's `valuesOf` takes it. */
export type FacetSource = OptionalWhereUndefined<{ [F in AnyFacet as F['field']]: Parameters<F['valuesOf']>[0] }>;

/** `{ a: T | undefined }` → `{ a?: T | undefined }`, as the schema's optional fields are typed. */
type OptionalWhereUndefined<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};

export type Filters = Record<FacetParam, string[]>;

export const facetParams: readonly FacetParam[] = facets.map((f) => f.param);

/** The facet's record, by parameter. */
export function facetFor<P extends FacetParam>(param: P): Extract<AnyFacet, { param: P }> {
  return facets.find((f) => f.param === param) as Extract<AnyFacet, { param: P }>;
}

/** The facet that reads an entry field. */
export function facetOfField<F extends FacetField>(field: F): Extract<AnyFacet, { field: F }> {
  return facets.find((f) => f.field === field) as Extract<AnyFacet, { field: F }>;
}

/** A facet's heading, for the pages that show the same field outside the filter panel. */
export function facetLabel(param: FacetParam): string {
  return facetFor(param).label;
}

export function emptyFilters(): Filters {
  return Object.fromEntries(facets.map((f) => [f.param, []])) as unknown as Filters;
}

/**
 * An entry's values for every facet, sorted: what the build writes as search filters and what the
 * catalogue matches against. A field that is absent (an entry without a phase, or a diagram marker
 * that carries only some fields) gives no values.
 */
export function facetValuesOf(entry: Partial<FacetSource>): Filters {
  const values = emptyFilters();
  for (const f of facets) {
    const value = entry[f.field];
    // Each record's valuesOf takes its own field's type; the union of records cannot express that.
    values[f.param] =
      value === undefined
        ? [...(('missing' in f && f.missing) || [])]
        : [...(f.valuesOf as (v: unknown) => string[])(value)].sort();
  }
  return values;
}

/** The `data-pagefind-filter` value that files an entry under `value` of the facet reading `field`. */
export function pagefindFilter(field: FacetField, value: string): string {
  return `${facetOfField(field).param}:${value}`;
}

/** Filters that select `values` of the facet reading `field`: `catalogueHref(filterOn('keys', 'power'))`. */
export function filterOn(field: FacetField, ...values: string[]): Partial<Filters> {
  return { [facetOfField(field).param]: values };
}

/** The facets the four-keys diagram offers, in the registry's order. */
export const diagramFacets = facets.filter((f) => f.diagram).map((f) => f.param);
