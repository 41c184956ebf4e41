import { createHash } from 'node:crypto';

const digests = new WeakMap<object, string>();

/** The sha256 of an object's JSON, made once per object: an entry is on many listing pages. */
function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(value)).digest('base64url');
    digests.set(value, digest);
  }
  return digest;
}

function update(hash: ReturnType<typeof createHash>, input: unknown): void {
  if (Array.isArray(input)) {
    // A list is digested item by item, so a listing's key costs one hash per item it shows.
    hash.update(`[${input.length}`);
    for (const item of input) update(hash, item);
    hash.update(']');
  } else if (typeof input === 'object' && input !== null) hash.update(`{${digestOf(input)}}`);
  else hash.update(`${JSON.stringify(input ?? null)};`);
}

/**
 * A path's `cacheKey` for Astro's incremental build (astro.config.mjs): a digest of all the data a
 * page is rendered from. Astro hashes the code a page imports itself, and reuses last build's file
 * only when both match, so every value the page reads that is not code must be in here: the page's
 * props, and what its components load (related entries, the diagram). Objects must not change
 * during the build: each is digested once.
 */
export function cacheKey(...inputs: unknown[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) update(hash, input);
  return hash.digest('base64url');
}
