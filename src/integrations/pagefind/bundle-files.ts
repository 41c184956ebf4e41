import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { pagefindDataTypes } from '../../lib/search/pagefind-data-types.ts';

/**
 * Pagefind writes its data files (metadata, index and filter chunks, fragments, WebAssembly) gzipped,
 * and a host cannot compress a gzip file again: at 10,000 entries they were the larger half of a cold
 * search. Inside each gzip the data starts with a 12-byte marker, and pagefind.js uses a file that
 * starts with the marker as it is (it gunzips only files without it). So the build stores them
 * decompressed, marker included, and the host compresses them like any text file, with brotli where
 * the browser takes it (README, «Publisering»; scripts/lib/static-server.ts does the same).
 */
export const PAGEFIND_MARKER = 'pagefind_dcd';
const marker = Buffer.from(PAGEFIND_MARKER);

/** Whether a file of the bundle is one of Pagefind's data files (gzipped as Pagefind writes them). */
export const isDataFile = (name: string) => Object.keys(pagefindDataTypes).some((ext) => name.endsWith(ext));

/** A Pagefind data file as stored decompressed: the marker, then the data (gunzipped if it was gzip). */
export function decompressed(file: Buffer): Buffer {
  if (file.subarray(0, marker.length).equals(marker)) return file;
  const data = gunzipSync(file);
  if (!data.subarray(0, marker.length).equals(marker))
    throw new Error(`Pagefind: en datafil mangler merket ${PAGEFIND_MARKER} etter gunzip`);
  return data;
}

/** Data (CBOR, JSON) as a data file is stored: the marker, then the data, not compressed. */
export const storedData = (data: Uint8Array): Buffer => Buffer.concat([marker, data]);

/** What follows the marker: the CBOR, JSON or WebAssembly itself. */
export function payload(file: Buffer): Buffer {
  return decompressed(file).subarray(marker.length);
}

/** A name for a data file as Pagefind names them: the language and the shortest unused prefix of its hash. */
export function contentName(language: string, bytes: Uint8Array, used: Set<string>, length = 7): string {
  const digest = createHash('sha256').update(bytes).digest('hex');
  while (used.has(digest.slice(0, length))) length += 1;
  used.add(digest.slice(0, length));
  return `${language}_${digest.slice(0, length)}`;
}
