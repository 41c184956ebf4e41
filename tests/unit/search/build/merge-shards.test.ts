import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decode, encode } from 'cborg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_MARKER, payload } from '../../../../src/integrations/pagefind/bundle-files.ts';
import { indexInShards, shardCount } from '../../../../src/integrations/pagefind/index-shards.ts';
import { mergeShards } from '../../../../src/integrations/pagefind/merge-shards.ts';
import { unusedPagefindFiles } from '../../../../src/integrations/pagefind/prune.ts';
import { WORD_COUNT_STEP, roundedWordCount } from '../../../../src/integrations/pagefind/page-lengths.ts';
import { indexShard, type ShardPage } from '../../../../src/integrations/pagefind/write-shard.ts';
import { indexerPage } from '../../../helpers/indexer-page.ts';
import { pagefindRuntime } from '../../../../src/integrations/pagefind/runtime-files.ts';
import { pagefindFile } from '../../../helpers/pagefind-file.ts';
import { locationShapes, positionClasses, type DecodedWord } from '../../../helpers/position-classes.ts';

// The shards are the build's own (own-shard.ts), the reference is a real Pagefind index (the
// binary, not a mock): the joined bundle must hold what one Pagefind index of all pages holds, page
// for page and word for word.

const topics = ['eldreomsorg', 'oppvekst', 'arbeid'];
/** Seven pages with words in common, words of their own, letters Pagefind folds (å, ø), filters and meta. */
const page = (i: number): ShardPage => ({
  url: `/eksempler/side-${i}/`,
  content:
    `<!doctype html><html lang="nb"><body><article data-pagefind-body>` +
    `<h1 data-pagefind-meta="title">Eksempel ${i} om ${topics[i % 3]}</h1>` +
    `<span data-pagefind-filter="tema">${topics[i % 3]}</span>` +
    (i % 2 ? '<span data-pagefind-filter="fase">drift</span>' : '') +
    `<p>Kommunen har også bygd et område for ${topics[(i + 1) % 3]} og ${'samarbeid '.repeat(i + 1)}i ${i}. år.</p>` +
    (i === 5 ? '<h2>Brukermedvirkning på tvers</h2><p>Helt egne ord: fjellvåk og myrsnipe, e-helse.</p>' : '') +
    `</article></body></html>`,
});
const pageCount = 7;

interface Canonical {
  pages: { wordCount: number; fragment: unknown }[];
  words: Record<string, { pages: unknown[][]; variants: Record<string, unknown[][]> }>;
  /** Which words share a position on each page: the positions themselves are relabelled. */
  positions: Record<number, string[]>;
  filters: Record<string, Record<string, number[]>>;
  fields: unknown;
}

/** Page-delta lists as absolute page numbers. */
const absolute = (list: unknown[][]) => {
  let page = 0;
  return list.map(([delta, ...rest]) => [(page += delta as number), ...rest]);
};

/** What a bundle holds, by page place, with page numbers absolute: the same for equal indexes. */
function canonical(dir: string): Canonical {
  const metaName = readdirSync(dir).find((n) => n.endsWith('.pf_meta'))!;
  const meta = decode(payload(readFileSync(join(dir, metaName)))) as unknown[];
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  expect(`pagefind.${entry.languages.nb.hash}.pf_meta`).toBe(metaName);
  // The joined bundle rounds page lengths (page-lengths.ts); Pagefind's own are exact.
  const pages = (meta[1] as [string, number][]).map(([id, wordCount]) => ({
    wordCount: roundedWordCount(wordCount),
    fragment: JSON.parse(payload(readFileSync(join(dir, 'fragment', `${id}.pf_fragment`))).toString()),
  }));
  expect(entry.languages.nb.page_count).toBe(pages.length);
  const words: Canonical['words'] = {};
  const decoded = (meta[2] as string[][]).flatMap(
    ([, , hash]) => (decode(payload(readFileSync(join(dir, 'index', `${hash}.pf_index`)))) as DecodedWord[][])[0]!,
  );
  for (const [word, list, variants] of locationShapes(decoded) as DecodedWord[])
    words[word] = {
      pages: absolute(list as unknown[][]),
      variants: Object.fromEntries(
        (variants as unknown as [string, unknown[][]][]).map(([form, l]) => [form, absolute(l)]),
      ),
    };
  const filters: Canonical['filters'] = {};
  for (const [, hash] of meta[3] as string[][]) {
    const [filter, values] = decode(payload(readFileSync(join(dir, 'filter', `${hash}.pf_filter`)))) as [
      string,
      [string, number[]][],
    ];
    filters[filter] = Object.fromEntries(values.map(([value, list]) => [value, [...list].sort((a, b) => a - b)]));
  }
  return { pages, words, positions: positionClasses(decoded), filters, fields: meta[5] };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'merge-shards-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('how many shards', () => {
  it('is one for a small catalogue, one per core or more for a large one, in multiples of the cores', () => {
    expect(shardCount(29, { threads: 2 })).toBe(1);
    // Indexed in this thread, below POOL_FROM_PAGES: shards of at most 100 pages.
    expect(shardCount(100, { threads: 2 })).toBe(1);
    expect(shardCount(101, { threads: 2 })).toBe(2);
    expect(shardCount(1000, { threads: 2 })).toBe(10);
    expect(shardCount(1000, { threads: 1 })).toBe(10);
    expect(shardCount(1999, { threads: 2 })).toBe(20);
    // In the pool: shards of at most 250 pages.
    expect(shardCount(2000, { threads: 2 })).toBe(8);
    expect(shardCount(2001, { threads: 2 })).toBe(10);
    expect(shardCount(10_000, { threads: 2 })).toBe(40);
    expect(shardCount(1000, { threads: 2, poolFromPages: 500 })).toBe(4);
    expect(shardCount(7, { shardPages: 3, threads: 2 })).toBe(4);
    expect(shardCount(2, { shardPages: 1, threads: 4 })).toBe(2);
  });
});

describe('joining shard indexes', () => {
  it('gives what one Pagefind index of all pages gives: pages, words, variants, filters and fragments', async () => {
    const oneDir = join(work, 'one');
    const one = [await indexShard(Array.from({ length: pageCount }, (_, i) => page(i)))];
    const runtime = await pagefindRuntime('nb');
    const { files: many } = await indexInShards(pageCount, (i) => indexerPage(page(i)), {
      shardPages: 3,
      threads: 2,
      // The pool's threads, as a large catalogue is indexed.
      poolFromPages: 0,
      index: { version: runtime.version, language: 'nb' },
    });
    expect(many).toHaveLength(4);
    for (const [name, bytes] of runtime.files) many[0]!.set(name, bytes);
    // One Pagefind index of all pages, as Pagefind would write it.
    for (const [path, bytes] of one[0]!) {
      mkdirSync(dirname(join(oneDir, path)), { recursive: true });
      writeFileSync(join(oneDir, path), bytes);
    }
    const pagefind = canonical(oneDir);

    await mergeShards(one, join(work, 'joined-one'));
    const merged = await mergeShards(many, join(work, 'joined-many'));
    // The fragments come back in page order, as written.
    expect(merged.map((f) => f.id)).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    for (const { id, bytes } of merged)
      expect(bytes).toEqual(readFileSync(join(work, 'joined-many', 'fragment', `${id}.pf_fragment`)));

    const joined = canonical(join(work, 'joined-many'));
    expect(joined.pages.map((p) => (p.fragment as { url: string }).url)).toEqual(
      Array.from({ length: pageCount }, (_, i) => page(i).url),
    );
    // Pagefind writes page lists in page order; a word on pages of several shards is one list.
    expect(joined.words['samarbeid']!.pages.map(([p]) => p)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Object.keys(joined.words['ogs']!.variants)).toEqual(['også']);
    expect(joined.words['fjellvak']!.variants['fjellvåk']!.map(([p]) => p)).toEqual([5]);
    expect(joined.filters['fase']).toEqual({ drift: [1, 3, 5] });
    // Pagefind puts «ehels» and «hels» (from «e-helse») at one position; the labels keep that.
    expect(joined.positions[5]).toContain('ehels#0 hels#0');
    expect(joined).toEqual(pagefind);
    // Rounded in the bundle itself, not only by `canonical`.
    const metaName = readdirSync(join(work, 'joined-many')).find((n) => n.endsWith('.pf_meta'))!;
    const meta = decode(payload(readFileSync(join(work, 'joined-many', metaName)))) as [unknown, [string, number][]];
    for (const [, wordCount] of meta[1]) expect(wordCount % WORD_COUNT_STEP).toBe(0);
    expect(canonical(join(work, 'joined-one'))).toEqual(pagefind);
  }, 60_000);

  it('stores the data files decompressed, names the fragments by place and leaves out what the site never loads', () => {
    const dir = join(work, 'joined-many');
    const fragments = readdirSync(join(dir, 'fragment')).sort();
    expect(fragments).toEqual(['0', '1', '2', '3', '4', '5', '6'].map((id) => `${id}.pf_fragment`));
    const topLevel = readdirSync(dir);
    expect(topLevel).toContain('pagefind.js');
    for (const unused of unusedPagefindFiles) expect(topLevel).not.toContain(unused);
    const wasm = topLevel.filter((name) => name.startsWith('wasm.'));
    expect(wasm.length).toBeGreaterThan(0);
    for (const name of wasm) expect(readFileSync(join(dir, name)).subarray(0, 12).toString()).toBe(PAGEFIND_MARKER);
    for (const sub of ['fragment', 'index', 'filter'])
      for (const name of readdirSync(join(dir, sub)))
        expect(
          readFileSync(join(dir, sub, name))
            .subarray(0, 12)
            .toString(),
        ).toBe(PAGEFIND_MARKER);
  });

  it('stops at a metadata layout it does not know (fragment groups, Pagefind sorts, another shape)', async () => {
    const shard = (meta: unknown) => new Map([['pagefind.nb_1.pf_meta', pagefindFile(encode(meta))]]);
    const grouped = shard(['1.6.0', [['nb_1', 10, 'nb_group']], [], [], [], []]);
    const sorted = shard(['1.6.0', [['nb_1', 10, '']], [], [], [['number', [0]]], []]);
    const other = shard({ pages: [] });
    for (const files of [grouped, sorted, other])
      await expect(mergeShards([files], join(work, 'out'))).rejects.toThrow(/form/);
    await expect(mergeShards([], join(work, 'out'))).rejects.toThrow(/ingen delindekser/);
  });
});
