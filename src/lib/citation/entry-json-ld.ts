import type { Initiative } from '../../schemas/initiative.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import { locator } from '../citation.ts';
import { siteName, absoluteUrl } from '../site.ts';
import { dataset, dataPaths } from '../open-data/dataset.ts';

interface Entry {
  data: Pick<Initiative, 'title' | 'summary' | 'updated' | 'source'>;
  source: SourceDocument;
  municipalities: readonly { name: string }[];
}

/**
 * schema.org for an entry page: the page is a CreativeWork about the initiative and based on the
 * source document, so search engines and reference managers (Zotero reads JSON-LD) get it right.
 */
export function entryJsonLd(item: Entry, url: string): Record<string, unknown> {
  const { data, source } = item;
  const pagination = locator(data.source).replace(/^s\. /, '');
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: data.title,
    description: data.summary,
    inLanguage: 'nb',
    dateModified: data.updated,
    license: dataset.license.path,
    publisher: { '@type': 'Organization', name: siteName },
    isPartOf: { '@type': 'Dataset', '@id': absoluteUrl(`${dataPaths.page}#dataset`) },
    about: {
      '@type': 'Thing',
      name: data.title,
      ...(item.municipalities.length ? { location: item.municipalities.map((m) => ({ '@type': 'Place', name: m.name })) } : {}),
    },
    isBasedOn: {
      '@type': source.kind === 'report' ? 'Report' : 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.author ? { author: { '@type': 'Organization', name: source.author } } : {}),
      ...(source.year ? { datePublished: String(source.year) } : {}),
      ...(source.url ? { url: source.url } : {}),
      ...(data.source.pages?.length ? { pagination } : {}),
      inLanguage: source.language,
    },
  };
}
