import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * A digest of source files (paths relative to `base`, a module's `import.meta.url`): what a cache
 * stores with its data, so that a change to the code that made the data does not reuse it.
 */
export function sourceDigest(base: string | URL, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(new URL(file, base)));
  return hash.digest('base64url');
}
