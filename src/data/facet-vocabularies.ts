import { loadCatalogue } from './catalogue.ts';
import { demandEffectStatuses } from '../schemas/demand-effect.ts';
import { phases } from '../schemas/phases.ts';
import { countries } from '../schemas/countries.ts';
import { challenges } from '../schemas/challenges.ts';
import { keys } from '../schemas/keys.ts';
import type { FacetVocabularies } from '../lib/catalogue/facets.ts';
import { organisationDisplayName } from '../schemas/organisation.ts';

/**
 * The vocabularies the facet registry labels its values from: the schemas' fixed lists and the
 * editors' taxonomies. Loaded here, at build time, so the registry itself stays free of Zod.
 */
export async function loadFacetVocabularies(): Promise<FacetVocabularies> {
  const { topics, targetGroups, municipalities, organisations: all } = await loadCatalogue();
  const organisations = all.map((o) => ({ id: o.id, label: organisationDisplayName(o) }));
  return {
    demandEffectStatuses,
    phases,
    countries,
    challenges,
    keys,
    topics,
    targetGroups,
    municipalities,
    organisations,
  };
}
