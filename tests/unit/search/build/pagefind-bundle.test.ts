import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PAGEFIND_MARKER,
  decompressed,
  payload,
  storeDecompressed,
} from '../../../../src/integrations/pagefind/bundle-files.ts';
import { shortId } from '../../../../src/integrations/pagefind/short-ids.ts';
import { pagefindFile } from '../../../helpers/pagefind-file.ts';

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
});
