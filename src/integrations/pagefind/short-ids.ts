import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { PAGEFIND_MARKER, payload } from './bundle-files.ts';

/**
 * Short page ids in Pagefind's metadata. The metadata file, which every search loads first, lists
 * each page as [id, word count, fragment group]; Pagefind's id is a random-looking hash
 * («nb_6e1e224»), the name of the page's fragment file. Hashes do not compress: at 10,000 entries
 * they are most of the file (42 KB of 45 KB with brotli). Index and filter chunks point to pages by
 * their place in that list, not by id, so the build can give each page its place in base 36 as id
 * («0» … «7ps») and rename the fragment files to match: 15 KB. Pages are indexed in number order, so
 * an entry keeps its id while entries are added after it.
 *
 * The layout is Pagefind 1.x's (pagefind_web/src/metadata.rs); anything else stops the build rather
 * than guessing, so a Pagefind upgrade that changes it is noticed.
 */

/** The id of the page at `place` in the metadata's page list. */
export function shortId(place: number): string {
  return place.toString(36);
}

type MetaPage = [id: string, wordCount: number, group?: string];

function pagesOf(meta: unknown): MetaPage[] {
  const pages = Array.isArray(meta) ? (meta[1] as unknown) : undefined;
  const valid =
    Array.isArray(pages) &&
    pages.every(
      (page) =>
        Array.isArray(page) &&
        typeof page[0] === 'string' &&
        typeof page[1] === 'number' &&
        // A page whose fragment sits in a group file is found there by its old id: not handled.
        (page[2] === undefined || page[2] === ''),
    );
  if (!valid) throw new Error('Pagefind: metadatafilen har en form byggesteget ikke kjenner (short-ids.ts)');
  return pages as MetaPage[];
}

/** Gives every page in the bundle's metadata its short id and renames its fragment file to it. */
export function shortenPageIds(bundleDir: string): void {
  const metaFiles = readdirSync(bundleDir).filter((name) => name.endsWith('.pf_meta'));
  // One index per language, all with fragments in one folder: short ids would clash between them.
  if (metaFiles.length > 1) throw new Error('Pagefind: mer enn ett språk i indeksen; korte id-er gjelder bare ett');
  for (const name of metaFiles) {
    const path = join(bundleDir, name);
    const meta = decode(payload(readFileSync(path))) as unknown[];
    const pages = pagesOf(meta);
    pages.forEach((page, place) => {
      const id = shortId(place);
      if (page[0] === id) return;
      const from = join(bundleDir, 'fragment', `${page[0]}.pf_fragment`);
      if (existsSync(from)) renameSync(from, join(bundleDir, 'fragment', `${id}.pf_fragment`));
      page[0] = id;
    });
    writeFileSync(path, Buffer.concat([Buffer.from(PAGEFIND_MARKER), encode(meta)]));
  }
}
