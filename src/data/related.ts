import { loadCatalogue } from './catalogue.ts';
import { relatedExamples, type Related } from '../lib/related/related-examples.ts';
import { keys, keyIds } from '../schemas/keys.ts';
import { KEY_FACET_MIN_LEVEL } from '../lib/catalogue/facets.ts';
import { organisationDisplayName } from '../schemas/organisation.ts';

let cached: Promise<Map<string, Related[]>> | undefined;

/** Related examples for every entry, computed once per build and looked up by each entry page. */
export function loadRelated(): Promise<Map<string, Related[]>> {
  cached ??= loadCatalogue().then(({ entries }) =>
    relatedExamples(
      entries.map((e) => ({
        slug: e.slug,
        title: e.data.title,
        number: e.data.number,
        topics: e.topics,
        targetGroups: e.targetGroups,
        movedKeys: keyIds.filter((k) => e.data.keys[k].level >= KEY_FACET_MIN_LEVEL).map((k) => keys[k].label),
        organisations: e.partners.map((p) => ({
          id: p.organisation.id,
          label: organisationDisplayName(p.organisation),
        })),
      })),
    ),
  );
  return cached;
}
