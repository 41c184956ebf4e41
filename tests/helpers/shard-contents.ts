import { decode } from 'cborg';
import { payload } from '../../src/integrations/pagefind/bundle-files.ts';
import type { ShardFiles } from '../../src/integrations/pagefind/shard-files.ts';

/** A shard's index as data, with Pagefind's file names left out: equal for equal indexes. */
export interface ShardContents {
  version: unknown;
  fields: unknown;
  /** [word, pages, variants] as stored, in chunk order. */
  words: unknown[];
  filters: Record<string, unknown>;
  /** Each page's word count and fragment, in page order. */
  pages: { wordCount: unknown; fragment: unknown }[];
}

const file = (files: ShardFiles, name: string) => {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`no ${name} in the shard`);
  return payload(bytes);
};

/** Decodes a shard written by Pagefind (gzipped) or by the build (stored): see `ShardContents`. */
export function shardContents(files: ShardFiles): ShardContents {
  const metaName = [...files.keys()].find((name) => name.endsWith('.pf_meta'));
  if (!metaName) throw new Error('no metadata in the shard');
  const meta = decode(file(files, metaName), { useMaps: false }) as [
    unknown,
    [string, number][],
    [string, string, string][],
    [string, string][],
    unknown,
    unknown,
  ];
  const words = meta[2].flatMap(
    ([, , hash]) => (decode(file(files, `index/${hash}.pf_index`), { useMaps: false }) as unknown[][])[0]!,
  );
  const filters = Object.fromEntries(
    meta[3].map(([, hash]) => {
      const [name, values] = decode(file(files, `filter/${hash}.pf_filter`), { useMaps: false }) as [
        string,
        [string, number[]][],
      ];
      return [name, Object.fromEntries(values)];
    }),
  );
  const pages = meta[1].map(([hash, wordCount]) => ({
    wordCount,
    fragment: JSON.parse(file(files, `fragment/${hash}.pf_fragment`).toString('utf8')) as unknown,
  }));
  return { version: meta[0], fields: meta[5], words, filters, pages };
}
