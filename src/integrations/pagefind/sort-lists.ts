import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { orderedIds, sortFile } from '../../lib/search/sort.ts';
import { sortKeys } from '../../lib/search/index-fields.ts';
import type { IndexedPage } from './collect-pages.ts';

/** One id list per sort key in the bundle directory (see src/lib/search/sort.ts for why). */
export function writeSortLists(
  bundleDir: string,
  pages: readonly Pick<IndexedPage, 'url' | 'sorts'>[],
  ids: ReadonlyMap<string, string>,
): void {
  const sorted = pages.flatMap((page) => {
    const id = ids.get(page.url);
    return id ? [{ id, sorts: page.sorts }] : [];
  });
  for (const key of Object.values(sortKeys))
    writeFileSync(join(bundleDir, sortFile(key)), JSON.stringify(orderedIds(sorted, key)));
}
