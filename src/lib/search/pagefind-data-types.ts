/**
 * The files Pagefind writes gzipped and the build stores decompressed for the host to compress
 * (src/integrations/pagefind/bundle-files.ts), by extension, with the content type each is served
 * with. A host must compress these types as it does HTML (README, «Publisering»): the metadata,
 * index and filter chunks are CBOR, a fragment is JSON, and the .pagefind files are WebAssembly,
 * each after Pagefind's 12-byte marker.
 */
export const pagefindDataTypes = {
  '.pf_meta': 'application/cbor',
  '.pf_index': 'application/cbor',
  '.pf_filter': 'application/cbor',
  '.pf_fragment': 'application/json',
  '.pagefind': 'application/wasm',
} as const;
