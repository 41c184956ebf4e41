import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fragmentUrl, withResultIds } from '../../lib/search/build/index-html.ts';

/**
 * Pagefind's result id for every indexed page: a result's id is its fragment's file name, and the
 * fragment (gzip) holds the page's URL. Path → id.
 */
export function resultIds(fragmentDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const name of readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const url = fragmentUrl(gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8'));
    if (url) ids.set(url, name.replace(/\.pf_fragment$/, ''));
  }
  return ids;
}

/** Fills each listing page's result-id attribute with the ids of the entries it links to. */
export function fillResultIds(listings: readonly string[], ids: ReadonlyMap<string, string>): void {
  for (const file of listings) writeFileSync(file, withResultIds(readFileSync(file, 'utf8'), ids));
}
