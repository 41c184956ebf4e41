import { encode } from 'cborg';
import type { PageReading } from '../../lib/search/build/page-reading.ts';
import {
  hasStemmer,
  pageWords,
  WordForms,
  type FormOnPage,
  type PageWords,
} from '../../lib/search/build/page-words.ts';
import { storedData } from './bundle-files.ts';
import { CborWriter, textItem } from './cbor-bytes.ts';
import type { ShardFiles } from './shard-files.ts';

/**
 * A shard's search index written by the build itself, in Pagefind 1.6's format, as the files a
 * Pagefind process would have returned for the same pages (without its runtime files, which
 * runtime-files.ts adds once): metadata, one index chunk, filter files and fragments, stored
 * decompressed with the marker first (bundle-files.ts), so merge-shards.ts joins them as before.
 *
 * Why not Pagefind: on two cores it spent 16 of the 24 s of the search step at 10,000 entries
 * (about 3 ms of CPU per page, in 40 processes), and it compresses every file that the build then
 * decompresses again. Reading the same pages here takes a fraction of that. The words, weights,
 * variants and fragments are Pagefind's (page-reading.ts, page-words.ts), so its WebAssembly
 * searches this index as its own: tests/built/own-index.test.ts checks that the index, filters and
 * fragments of every built entry page equal what Pagefind writes for them.
 */

/** The Pagefind version the metadata names (the merge checks that every shard names the same), and the pages' language. */
export interface OwnShardOptions {
  version: string;
  language: string;
}

/**
 * A page as the indexer gets it: its site path and what Pagefind reads from its HTML (page-reading.ts;
 * read where the page is first read, see collect-pages.ts `IndexedPage`), keywords included.
 */
export interface IndexerPage {
  url: string;
  reading: PageReading;
}

/** Rust's string order (by UTF-8 bytes), which Pagefind's sorted maps keep. */
export function byBytes(a: string, b: string): number {
  // UTF-16 order is byte order except where a surrogate pair meets U+E000–U+FFFF.
  if (/[\ud800-\udfff]/.test(a + b)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Writes flat «group, position» pairs as Pagefind stores them: by group (weight, or meta field) and
 * position, each group opened by «-(group + 1)», then each position as the difference from the one
 * before in the group (the first from 0). Written straight into CBOR: building the arrays for a
 * general encoder was a fifth of the indexer's time, most of it garbage collection.
 */
export function writeLocations(out: CborWriter, pairs: readonly number[]): void {
  let sorted = true;
  for (let i = 2; i < pairs.length && sorted; i += 2)
    if (pairs[i]! < pairs[i - 2]! || (pairs[i] === pairs[i - 2] && pairs[i + 1]! < pairs[i - 1]!)) sorted = false;
  let order: number[] | undefined;
  if (!sorted) {
    order = Array.from({ length: pairs.length / 2 }, (_, i) => i * 2);
    order.sort((a, b) => pairs[a]! - pairs[b]! || pairs[a + 1]! - pairs[b + 1]!);
  }
  const at = (i: number) => (order ? order[i / 2]! : i);
  let groups = 0;
  for (let i = 0, group = -1; i < pairs.length; i += 2)
    if (pairs[at(i)] !== group) {
      group = pairs[at(i)]!;
      groups += 1;
    }
  out.head(4, pairs.length / 2 + groups);
  let group = -1;
  let previous = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const weight = pairs[at(i)]!;
    const position = pairs[at(i) + 1]!;
    if (weight !== group) {
      // CBOR's negative integer -(weight + 1) is major type 1 with the argument `weight`.
      out.head(1, weight);
      group = weight;
      previous = 0;
    }
    out.head(0, position - previous);
    previous = position;
  }
}

/** A word's or variant's locations on one page. */
interface OnPage {
  page: number;
  locations: number[];
  meta: number[];
}

/** One page list of a word or variant: [page difference, locations, meta locations] per page. */
function writePageList(out: CborWriter, entries: readonly OnPage[]): void {
  out.head(4, entries.length);
  let previous = 0;
  for (const { page, locations, meta } of entries) {
    out.head(4, 3);
    out.head(0, page - previous);
    writeLocations(out, locations);
    writeLocations(out, meta);
    previous = page;
  }
}

interface WordEntry {
  own: OnPage[];
  variants: Map<string, OnPage[]>;
}

/** Indexes `pages` (each as the indexer would get it) into one shard's files. */
export function ownShard(
  pages: readonly IndexerPage[],
  { version, language }: OwnShardOptions,
  cache = new WordForms(),
): ShardFiles {
  if (!hasStemmer(language))
    throw new Error(`Søkeindeksen: språket «${language}» har ingen stemmer her (own-shard.ts)`);
  const readings = pages.map((page) => page.reading);
  const fields = [...new Set(readings.flatMap((reading) => [...reading.meta.keys()]))].sort(byBytes);
  const files: ShardFiles = new Map();
  const metaPages: [string, number, string][] = [];
  const byKey = new Map<string, WordEntry>();
  const filters = new Map<string, Map<string, number[]>>();

  readings.forEach((reading, page) => {
    const url = pages[page]!.url;
    if (!reading.hasBody) throw new Error(`Søkeindeksen: ${url} har ikke data-pagefind-body (own-shard.ts)`);
    if (reading.language !== language)
      throw new Error(`Søkeindeksen: ${url} har språket «${reading.language}», ikke «${language}» (own-shard.ts)`);
    const words: PageWords = pageWords(reading, fields, cache);
    // Variants go in as Pagefind adds a page's forms: those in the text in byte order, then those
    // only in meta fields; a variant's place in its word's list is the page and order first met.
    const variants: FormOnPage[] = [];
    for (const form of words.forms) {
      let word = byKey.get(form.key);
      if (!word) byKey.set(form.key, (word = { own: [], variants: new Map() }));
      if (form.written !== '') {
        variants.push(form);
        continue;
      }
      // Forms without accents that share a stem («kontor», «kontoret») are one list on the page.
      const last = word.own.at(-1);
      if (last?.page === page) {
        for (const n of form.locations) last.locations.push(n);
        for (const n of form.meta) last.meta.push(n);
      } else word.own.push({ page, locations: form.locations, meta: form.meta });
    }
    const inText = (form: FormOnPage) => (form.locations.length > 0 ? 0 : 1);
    variants.sort((a, b) => inText(a) - inText(b) || byBytes(a.written, b.written));
    for (const form of variants) {
      const word = byKey.get(form.key)!;
      const list = word.variants.get(form.written) ?? [];
      list.push({ page, locations: form.locations, meta: form.meta });
      word.variants.set(form.written, list);
    }
    const sortedFilters = [...reading.filters].sort(([a], [b]) => byBytes(a, b));
    for (const [name, values] of sortedFilters) {
      let byValue = filters.get(name);
      if (!byValue) filters.set(name, (byValue = new Map()));
      for (const value of values) {
        const list = byValue.get(value) ?? [];
        list.push(page);
        byValue.set(value, list);
      }
    }
    const fragment = {
      url,
      content: words.content,
      word_count: words.wordCount,
      filters: Object.fromEntries(sortedFilters),
      meta: Object.fromEntries([...reading.meta].sort(([a], [b]) => byBytes(a, b))),
      anchors: [],
    };
    const hash = `${language}_p${page}`;
    files.set(`fragment/${hash}.pf_fragment`, storedData(Buffer.from(JSON.stringify(fragment))));
    metaPages.push([hash, words.wordCount, '']);
  });

  const words = [...byKey.keys()].sort(byBytes);
  const out = new CborWriter();
  out.head(4, 1);
  out.head(4, words.length);
  for (const key of words) {
    const word = byKey.get(key)!;
    out.head(4, 3);
    out.bytes(textItem(key));
    writePageList(out, word.own);
    // Variants in the order they are first met, page by page, as Pagefind lists them.
    out.head(4, word.variants.size);
    for (const [form, list] of word.variants) {
      out.head(4, 2);
      out.bytes(textItem(form));
      writePageList(out, list);
    }
  }
  const chunkHash = `${language}_words`;
  files.set(`index/${chunkHash}.pf_index`, storedData(out.take()));
  const filterList = [...filters.keys()].sort(byBytes).map((name, i) => {
    const hash = `${language}_f${i}`;
    const values = [...filters.get(name)!].sort(([a], [b]) => byBytes(a, b));
    files.set(`filter/${hash}.pf_filter`, storedData(encode([name, values])));
    return [name, hash];
  });
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  const meta = [version, metaPages, [[first, last, chunkHash]], filterList, [], fields];
  files.set(`pagefind.${language}_own.pf_meta`, storedData(encode(meta)));
  return files;
}
