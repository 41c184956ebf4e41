import { loadCatalogue, type CatalogueEntry } from './catalogue.ts';
import { citationBibtex, citationRis, type CitedEntry, type CitedSource } from '../lib/citation/entry-citation.ts';
import { buildInfo } from '../lib/node/build-info.ts';
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

/** Static paths for the per-entry citation files, each with its text in one format. */
export async function citationPaths(format: 'ris' | 'bib') {
  const { entries } = await loadCatalogue();
  const accessed = buildInfo().date.slice(0, 10);
  const write = format === 'ris' ? citationRis : citationBibtex;
  return entries.map((item) => ({
    params: { slug: item.slug },
    props: { text: write(citedEntry(item), citedSource(item), accessed) },
  }));
}
