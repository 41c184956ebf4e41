/**
 * The files Pagefind writes gzipped and the build stores decompressed for the host to compress
 * (src/integrations/pagefind/bundle-files.ts): by extension, where they are on the site, and the
 * content type each is served with. A host must compress these types as it does HTML (README,
 * «Publisering»): the metadata, index and filter chunks are CBOR, a fragment is JSON, and the
 * .pagefind files are WebAssembly, each after Pagefind's 12-byte marker.
 */
export const pagefindDataFiles = [
  { ext: '.pf_meta', path: '/pagefind/*.pf_meta', type: 'application/cbor' },
  { ext: '.pf_index', path: '/pagefind/index/*', type: 'application/cbor' },
  { ext: '.pf_filter', path: '/pagefind/filter/*', type: 'application/cbor' },
  { ext: '.pf_fragment', path: '/pagefind/fragment/*', type: 'application/json' },
  { ext: '.pagefind', path: '/pagefind/wasm.*', type: 'application/wasm' },
] as const;

/** Content type by extension. */
export const pagefindDataTypes: Readonly<Record<string, string>> = Object.fromEntries(
  pagefindDataFiles.map(({ ext, type }) => [ext, type]),
);
