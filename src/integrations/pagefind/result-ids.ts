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

/** Fragment files' bytes, parsed; a fragment that is not a result's (no url) is left out. */
export function parseFragments(files: readonly { id: string; bytes: Buffer }[]): Fragment[] {
  return files.flatMap(({ id, bytes }) => {
    const data = parseFragment(decompressed(bytes).toString('utf8'));
    return data ? [{ id, data }] : [];
  });
}

/** Every fragment in a written bundle's fragment folder, parsed, in file-name order. */
export function readFragments(fragmentDir: string): Fragment[] {
  return parseFragments(
    readdirSync(fragmentDir)
      .sort()
      .filter((name) => name.endsWith('.pf_fragment'))
      .map((name) => ({ id: name.replace(/\.pf_fragment$/, ''), bytes: readFileSync(join(fragmentDir, name)) })),
  );
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
