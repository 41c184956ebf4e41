import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withResultIds } from '../../lib/search/build/index-html.ts';
import { parseFragment } from '../../lib/search/fragment.ts';
import type { ResultData } from '../../lib/search/results.ts';
import { decompressed } from './bundle-files.ts';

/** One written fragment: the result id (its file name) and what `result.data()` returns. */
export interface Fragment {
  id: string;
  data: ResultData;
}

/** Every fragment Pagefind wrote, parsed, in file-name order. */
export function readFragments(fragmentDir: string): Fragment[] {
  const fragments: Fragment[] = [];
  for (const name of readdirSync(fragmentDir).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const data = parseFragment(decompressed(readFileSync(join(fragmentDir, name))).toString('utf8'));
    if (data) fragments.push({ id: name.replace(/\.pf_fragment$/, ''), data });
  }
  return fragments;
}

/** Pagefind's result id for every indexed page: a result's id is its fragment's file name. Path → id. */
export function resultIds(fragments: readonly Fragment[]): Map<string, string> {
  return new Map(fragments.map((f) => [f.data.url, f.id]));
}

/**
 * Fills each listing page's result-id attribute with the ids of the entries it links to. A page whose
 * map is already right (one the incremental build reused) is not written again.
 */
export function fillResultIds(listings: readonly string[], ids: ReadonlyMap<string, string>): void {
  for (const file of listings) {
    const html = readFileSync(file, 'utf8');
    const filled = withResultIds(html, ids);
    if (filled !== html) writeFileSync(file, filled);
  }
}
