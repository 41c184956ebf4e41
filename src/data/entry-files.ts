import { loadCatalogue } from './catalogue.ts';
import { loadOpenData } from './open-data.ts';
import { citedEntry, citedSource } from './entry-citations.ts';
import { citationBibtex, citationRis } from '../lib/citation/entry-citation.ts';
import { compareView } from '../lib/compare/entry-view.ts';
import { buildInfo } from '../lib/node/build-info.ts';
import { entryFilePath, type EntryFileFormat } from '../lib/open-data/dataset.ts';

/** One file under /data/eksempler/: its site path and its text. */
export interface EntryFile {
  path: string;
  format: EntryFileFormat;
  text: string;
}

/**
 * Every entry's own files: the open-data record with the labelled view the compare page draws
 * (JSON, without the body, which stays in velferdsspor.json so a compare column stays small), and
 * its citation as RIS and BibTeX.
 */
export async function entryFiles(): Promise<EntryFile[]> {
  const [{ entries }, { records }] = await Promise.all([loadCatalogue(), loadOpenData()]);
  const accessed = buildInfo().date.slice(0, 10);
  // Looked up, not searched: a search per entry grows with the square of the catalogue.
  const bySlug = new Map(records.map((r) => [r.id, r]));
  return entries.flatMap((item) => {
    const { body: _body, ...record } = bySlug.get(item.slug)!;
    const [entry, source] = [citedEntry(item), citedSource(item)];
    const file = (format: EntryFileFormat, text: string): EntryFile => ({
      path: entryFilePath(item.slug, format),
      format,
      text,
    });
    return [
      file('json', JSON.stringify({ record, view: compareView(item) })),
      file('ris', citationRis(entry, source, accessed)),
      file('bib', citationBibtex(entry, source, accessed)),
    ];
  });
}
