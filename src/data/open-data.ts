import { loadCatalogue, type Catalogue } from './catalogue.ts';
import { sourceSchema } from '../schemas/source.ts';
import { taxonomies, type TaxonomyName } from '../schemas/taxonomies.ts';
import { loadKnownIds } from '../lib/node/known-ids.ts';
import { buildExports, type Exports, type ExportTaxonomy } from '../lib/open-data/exports.ts';
import { buildInfo } from '../lib/node/build-info.ts';
import { absoluteUrl } from '../lib/site.ts';
import { storedPlainText } from '../loaders/plain-text-metadata.ts';

/** The ids the entries were validated against, from the same files content.config.ts reads. */
const known = loadKnownIds('./content');

const titles: Record<TaxonomyName | 'sources', string> = {
  topics: 'Tema',
  targetGroups: 'Målgrupper',
  municipalities: 'Kommuner og områder',
  sectors: 'Sektorer',
  organisations: 'Aktører',
  sources: 'Kildedokumenter',
};

function withoutId<T extends { id: string }>(term: T) {
  const { id, ...data } = term;
  return { id, data };
}

/** The vocabulary files as export resources: file stem as the name, so topics.yaml → topics.csv. */
export function exportTaxonomies(catalogue: Catalogue): ExportTaxonomy[] {
  const names = Object.keys(taxonomies) as TaxonomyName[];
  return [
    ...names.map((key) => ({
      key,
      name: taxonomies[key].file.replace(/\.yaml$/, ''),
      title: titles[key],
      schema: taxonomies[key].schema,
      items: (catalogue[key] as { id: string }[]).map(withoutId),
    })),
    {
      key: 'sources',
      name: 'sources',
      title: titles.sources,
      schema: sourceSchema,
      items: catalogue.sources.map(withoutId),
    },
  ];
}

let cached: Promise<Exports> | undefined;

/** Every open-data file, built once per build and shared by the /data/ endpoints and the codebook. */
export function loadOpenData(): Promise<Exports> {
  cached ??= loadCatalogue().then((catalogue) =>
    buildExports({
      known,
      entries: catalogue.entries.map((item) => ({
        slug: item.slug,
        data: item.data,
        body: item.entry.body ?? '',
        text: storedPlainText(item.entry),
      })),
      taxonomies: exportTaxonomies(catalogue),
      absolute: absoluteUrl,
      build: buildInfo(),
    }),
  );
  return cached;
}
