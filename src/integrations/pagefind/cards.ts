import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cardFile, serialiseCard } from '../../lib/search/cards.ts';
import { toResultCard } from '../../lib/search/results.ts';
import type { Fragment } from './result-ids.ts';

/** One card file per result, made from its fragment's meta (see src/lib/search/cards.ts), written with `write`. */
export function writeCards(
  bundleDir: string,
  fragments: readonly Fragment[],
  write: (path: string, text: string) => void = writeFileSync,
): void {
  const first = fragments[0];
  if (!first) return;
  mkdirSync(dirname(join(bundleDir, cardFile(first.id))), { recursive: true });
  for (const { id, data } of fragments) write(join(bundleDir, cardFile(id)), serialiseCard(toResultCard(data)));
}
