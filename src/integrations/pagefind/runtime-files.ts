import { indexShard } from './write-shard.ts';
import type { ShardFiles } from './shard-files.ts';

/** The files of a Pagefind bundle that hold data of the index (the rest is its runtime). */
const isIndexData = (name: string) => name.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(name);

/**
 * Pagefind's runtime for `language`: pagefind.js, the WebAssembly with that language's stemmer,
 * and pagefind-entry.json, which the merge fills in. The build indexes pages itself (own-shard.ts),
 * but these files are Pagefind's own, so they come from Pagefind: it indexes one small page and
 * everything but that page's index is kept. About a tenth of a second, once per build.
 */
export async function pagefindRuntime(language: string): Promise<{ files: ShardFiles; version: string }> {
  const files = await indexShard([
    { url: '/', content: `<!doctype html><html lang="${language}"><body><p data-pagefind-body>x</p></body></html>` },
  ]);
  for (const name of [...files.keys()]) if (isIndexData(name)) files.delete(name);
  const entry = files.get('pagefind-entry.json');
  if (!entry) throw new Error('Pagefind: pagefind-entry.json mangler (runtime-files.ts)');
  const { version } = JSON.parse(entry.toString('utf8')) as { version: string };
  return { files, version };
}
