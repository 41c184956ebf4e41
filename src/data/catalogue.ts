import { getCollection, type CollectionEntry } from 'astro:content';
import type { Initiative } from '../schemas/initiative.ts';
import type { Municipality, Topic, TargetGroup, Sector, Organisation } from '../schemas/taxonomies.ts';
import type { SourceDocument } from '../schemas/source.ts';
import { byNumber } from '../lib/catalogue/sort-entries.ts';

/** A taxonomy term with its id, as pages use it. */
export type Term<T> = T & { id: string };

/** An organisation as its file has it (`sector` is the id, so the exports read it as data) and its sector term. */
export type CatalogueOrganisation = Term<Organisation> & { sectorTerm: Term<Sector> };

/** One partner of an entry: the organisation and, where the source gives one, its role. */
export interface CataloguePartner {
  organisation: CatalogueOrganisation;
  role?: string;
}

export interface CatalogueEntry {
  slug: string;
  data: Initiative;
  entry: CollectionEntry<'initiatives'>;
  municipalities: Term<Municipality>[];
  topics: Term<Topic>[];
  targetGroups: Term<TargetGroup>[];
  partners: CataloguePartner[];
  source: Term<SourceDocument>;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  topics: Term<Topic>[];
  targetGroups: Term<TargetGroup>[];
  municipalities: Term<Municipality>[];
  sectors: Term<Sector>[];
  organisations: CatalogueOrganisation[];
  sources: Term<SourceDocument>[];
}

let cached: Promise<Catalogue> | undefined;

/** Every entry with its references resolved, loaded once per build and shared by all pages. */
export function loadCatalogue(): Promise<Catalogue> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Catalogue> {
  const [initiatives, topics, targetGroups, municipalities, sectors, organisationTerms, sources] = await Promise.all([
    getCollection('initiatives'),
    terms<Topic>('topics'),
    terms<TargetGroup>('targetGroups'),
    terms<Municipality>('municipalities'),
    terms<Sector>('sectors'),
    terms<Organisation>('organisations'),
    terms<SourceDocument>('sources'),
  ]);
  const lookup = <T>(list: Term<T>[]) => {
    const map = new Map(list.map((t) => [t.id, t]));
    return (id: string) => {
      const term = map.get(id);
      // The schema already rejects unknown ids; this guards against a loader mismatch.
      if (!term) throw new Error(`Ukjent id «${id}»`);
      return term;
    };
  };
  const municipality = lookup(municipalities);
  const topic = lookup(topics);
  const targetGroup = lookup(targetGroups);
  const sector = lookup(sectors);
  const source = lookup(sources);
  const organisations = organisationTerms.map((o): CatalogueOrganisation => ({ ...o, sectorTerm: sector(o.sector) }));
  const organisation = lookup(organisations);

  const entries = initiatives
    .map((entry): CatalogueEntry => ({
      slug: entry.id,
      data: entry.data,
      entry,
      municipalities: entry.data.municipalities.map(municipality),
      topics: entry.data.topics.map(topic),
      targetGroups: entry.data.targetGroups.map(targetGroup),
      partners: entry.data.partners.map((p) => ({
        organisation: organisation(p.id),
        ...(p.role ? { role: p.role } : {}),
      })),
      source: source(entry.data.source.id),
    }))
    .sort(byNumber);
  return { entries, topics, targetGroups, municipalities, sectors, organisations, sources };
}

type TermCollection = 'topics' | 'targetGroups' | 'municipalities' | 'sectors' | 'organisations' | 'sources';

/** A collection's items as plain terms with their ids; the schema already shaped `data` as T. */
async function terms<T>(name: TermCollection): Promise<Term<T>[]> {
  const list = (await getCollection(name)) as { id: string; data: unknown }[];
  return list.map((item) => ({ ...(item.data as T), id: item.id }));
}
