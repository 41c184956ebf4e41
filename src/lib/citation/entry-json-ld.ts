import type { Initiative } from '../../schemas/initiative.ts';
import type { SourceDocument } from '../../schemas/source.ts';
import { locator } from './source-citation.ts';
import { siteName } from '../site.ts';
import { dataset } from '../open-data/dataset.ts';

interface Entry {
  data: Pick<Initiative, 'title' | 'summary' | 'updated' | 'source'>;
  source: SourceDocument;
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
    url,
    name: data.title,
    description: data.summary,
    inLanguage: 'nb',
    dateModified: data.updated,
    license: dataset.license.path,
    publisher: { '@type': 'Organization', name: siteName },
    // Kept small: every byte counts against the entry page's 14 KB budget.
    about: { '@type': 'Thing', name: data.title },
    isBasedOn: {
      '@type': source.kind === 'report' ? 'Report' : 'CreativeWork',
      name: source.title,
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.author ? { author: { '@type': 'Organization', name: source.author } } : {}),
      ...(source.year ? { datePublished: String(source.year) } : {}),
      ...(source.url ? { url: source.url } : {}),
      ...(data.source.pages?.length ? { pagination } : {}),
    },
  };
}
