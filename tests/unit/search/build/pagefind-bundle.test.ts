import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PAGEFIND_MARKER, decompressed, payload } from '../../../../src/integrations/pagefind/bundle-files.ts';
import { shortId } from '../../../../src/integrations/pagefind/short-ids.ts';
import { pagefindFile } from '../../../helpers/pagefind-file.ts';

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
});

describe('short page ids', () => {
  it('are the place in the page list in base 36', () => {
    expect([0, 9, 10, 35, 36, 9999].map(shortId)).toEqual(['0', '9', 'a', 'z', '10', '7pr']);
  });
});
