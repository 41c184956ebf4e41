import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PAGEFIND_MARKER,
  decompressed,
  payload,
  storeDecompressed,
} from '../../../../src/integrations/pagefind/bundle-files.ts';
import { shortId, shortenPageIds } from '../../../../src/integrations/pagefind/short-ids.ts';

/** A file as Pagefind writes it: the marker and the data, gzipped. */
const pagefindFile = (data: Uint8Array | string) =>
  gzipSync(Buffer.concat([Buffer.from(PAGEFIND_MARKER), typeof data === 'string' ? Buffer.from(data) : data]));

/** Pagefind 1.x metadata: version, pages [hash, words, group], index chunks, filters, sorts, meta fields. */
const meta = (hashes: string[]) => [
  '1.6.0',
  hashes.map((hash, i) => [hash, 100 + i, '']),
  [['a', 'z', 'nb_c0ffee1']],
  [['tema', 'nb_f11e7e4']],
  [],
  [['title', 'summary']],
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Pagefind data files stored decompressed', () => {
  it('keeps the marker and the exact data, so pagefind.js reads the file as it is', () => {
    const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0xff, 0x80]);
    const stored = decompressed(pagefindFile(wasm));
    expect(stored.subarray(0, 12).toString()).toBe(PAGEFIND_MARKER);
    expect(payload(stored)).toEqual(wasm);
    // A file stored already is left as it is; gzipping it again gives what Pagefind wrote.
    expect(decompressed(stored)).toBe(stored);
    expect(gunzipSync(pagefindFile(wasm))).toEqual(stored);
  });

  it('refuses a gzip file without the marker instead of storing something Pagefind cannot read', () => {
    expect(() => decompressed(gzipSync('{"url":"/x/"}'))).toThrow(PAGEFIND_MARKER);
  });

  it('rewrites every data file under the bundle, in sub-folders too, and leaves other files alone', () => {
    mkdirSync(join(dir, 'fragment'));
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'fragment', 'nb_1.pf_fragment'), pagefindFile('{"url":"/eksempler/a/"}'));
    writeFileSync(join(dir, 'index', 'nb_2.pf_index'), pagefindFile('index'));
    writeFileSync(join(dir, 'wasm.nb.pagefind'), pagefindFile('wasm'));
    writeFileSync(join(dir, 'pagefind-entry.json'), '{"version":"1.6.0"}');
    storeDecompressed(dir);
    expect(readFileSync(join(dir, 'fragment', 'nb_1.pf_fragment'), 'utf8')).toBe(
      `${PAGEFIND_MARKER}{"url":"/eksempler/a/"}`,
    );
    expect(readFileSync(join(dir, 'index', 'nb_2.pf_index'), 'utf8')).toBe(`${PAGEFIND_MARKER}index`);
    expect(readFileSync(join(dir, 'wasm.nb.pagefind'), 'utf8')).toBe(`${PAGEFIND_MARKER}wasm`);
    expect(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1.6.0"}');
  });
});

describe('short page ids', () => {
  it('are the place in the page list in base 36', () => {
    expect([0, 9, 10, 35, 36, 9999].map(shortId)).toEqual(['0', '9', 'a', 'z', '10', '7pr']);
  });

  it('replace the hashes in the metadata and name the fragment files, and nothing else changes', () => {
    mkdirSync(join(dir, 'fragment'));
    const hashes = ['nb_6e1e224', 'nb_4b29f32', 'nb_8c437cd'];
    for (const hash of hashes)
      writeFileSync(join(dir, 'fragment', `${hash}.pf_fragment`), pagefindFile(`{"url":"/eksempler/${hash}/"}`));
    writeFileSync(join(dir, 'pagefind.nb_7694bdd073.pf_meta'), pagefindFile(encode(meta(hashes))));

    shortenPageIds(dir);

    const stored = readFileSync(join(dir, 'pagefind.nb_7694bdd073.pf_meta'));
    expect(stored.subarray(0, 12).toString()).toBe(PAGEFIND_MARKER);
    expect(decode(payload(stored))).toEqual(meta(['0', '1', '2']));
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(['0.pf_fragment', '1.pf_fragment', '2.pf_fragment']);
    // Each fragment moved with its page: page 1 was nb_4b29f32.
    expect(payload(readFileSync(join(dir, 'fragment', '1.pf_fragment'))).toString()).toBe(
      '{"url":"/eksempler/nb_4b29f32/"}',
    );
    // Running the step again changes nothing.
    shortenPageIds(dir);
    expect(decode(payload(readFileSync(join(dir, 'pagefind.nb_7694bdd073.pf_meta'))))).toEqual(meta(['0', '1', '2']));
    expect(existsSync(join(dir, 'fragment', '2.pf_fragment'))).toBe(true);
  });

  it('stops at a metadata layout it does not know (fragment groups, another shape)', () => {
    const grouped = meta(['nb_1']);
    (grouped[1] as unknown[][])[0]![2] = 'nb_group';
    writeFileSync(join(dir, 'pagefind.nb_1.pf_meta'), pagefindFile(encode(grouped)));
    expect(() => shortenPageIds(dir)).toThrow(/form/);
    writeFileSync(join(dir, 'pagefind.nb_1.pf_meta'), pagefindFile(encode({ pages: [] })));
    expect(() => shortenPageIds(dir)).toThrow(/form/);
  });
});
