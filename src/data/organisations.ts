import { loadCatalogue, type CatalogueEntry, type CatalogueOrganisation } from './catalogue.ts';
import { indexOrganisations, type OrganisationUsage } from '../lib/organisations/organisation-index.ts';
import { layoutNetwork, sharedGraph, NETWORK_ENTRY_LIMIT, type Network } from '../lib/organisations/network.ts';
import { organisationDisplayName } from '../schemas/organisation.ts';

export type OrganisationPage = OrganisationUsage<CatalogueOrganisation, CatalogueEntry>;

export interface Organisations {
  /** Every organisation, most initiatives first. */
  index: OrganisationPage[];
  byId: ReadonlyMap<string, OrganisationPage>;
  /** The organisations in two or more entries, in index order: the network's table. */
  shared: OrganisationPage[];
  /** The drawing; undefined when more entries than NETWORK_ENTRY_LIMIT would be in it. */
  network: Network | undefined;
}

let cached: Promise<Organisations> | undefined;

/** The organisation index and the network, computed once per build for /aktorer/ and its pages. */
export function loadOrganisations(): Promise<Organisations> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Organisations> {
  const { entries, organisations } = await loadCatalogue();
  const index = indexOrganisations(organisations, entries, (e) => e.data.partners.map((p) => p.id));
  const input = {
    entries: entries.map((e) => ({ id: e.slug, number: e.data.number, partners: e.data.partners.map((p) => p.id) })),
    organisationLabels: new Map(organisations.map((o) => [o.id, organisationDisplayName(o)])),
  };
  const graph = sharedGraph(input);
  const sharedIds = new Set(graph.organisations);
  return {
    index,
    byId: new Map(index.map((u) => [u.organisation.id, u])),
    shared: index.filter((u) => sharedIds.has(u.organisation.id)),
    network: graph.entries.length <= NETWORK_ENTRY_LIMIT ? layoutNetwork(input) : undefined,
  };
}
