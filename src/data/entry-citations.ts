import type { CatalogueEntry } from './catalogue.ts';
import type { CitedEntry, CitedSource } from '../lib/citation/entry-citation.ts';
import { absoluteUrl } from '../lib/site.ts';
import { entryHref } from '../lib/urls.ts';

export function citedEntry(item: CatalogueEntry): CitedEntry {
  return {
    slug: item.slug,
    title: item.data.title,
    updated: item.data.updated,
    url: absoluteUrl(entryHref(item.slug)),
  };
}

export function citedSource(item: CatalogueEntry): CitedSource {
  return {
    id: item.data.source.id,
    document: item.source,
    pages: item.data.source.pages,
    section: item.data.source.section,
  };
}
