import { loadCatalogue, type CatalogueEntry, type CatalogueOrganisation } from './catalogue.ts';
import { indexOrganisations, type OrganisationUsage } from '../lib/organisations/organisation-index.ts';
import { layoutNetwork, type Network } from '../lib/organisations/network.ts';
import { organisationDisplayName } from '../schemas/organisation.ts';

export type OrganisationPage = OrganisationUsage<CatalogueOrganisation, CatalogueEntry>;

/** The page of an organisation. */
export const organisationPath = (id: string) => `/aktorer/${id}/`;

export interface Organisations {
  /** Every organisation, most initiatives first. */
  index: OrganisationPage[];
  byId: ReadonlyMap<string, OrganisationPage>;
  network: Network;
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
  const network = layoutNetwork({
    entries: entries.map((e) => ({ id: e.slug, number: e.data.number, partners: e.data.partners.map((p) => p.id) })),
    organisationLabels: new Map(organisations.map((o) => [o.id, organisationDisplayName(o)])),
  });
  return { index, byId: new Map(index.map((u) => [u.organisation.id, u])), network };
}
