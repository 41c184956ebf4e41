import { gzipSync } from 'node:zlib';
import { PAGEFIND_MARKER } from '../../src/integrations/pagefind/bundle-files.ts';

/** A data file as Pagefind 1.x writes it: its 12-byte marker, then the data, gzipped. */
export const pagefindFile = (data: Uint8Array | string) =>
  gzipSync(Buffer.concat([Buffer.from(PAGEFIND_MARKER), typeof data === 'string' ? Buffer.from(data) : data]));
