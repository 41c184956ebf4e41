import { brotliCompressSync, constants } from 'node:zlib';

/**
 * Brotli at quality 11, what a static host precompresses with. One helper so the server, the page
 * weights and the budgets all count the same bytes.
 */
export function brotli(body: Buffer | string): Buffer {
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

export function brotliSize(body: Buffer | string): number {
  return brotli(body).length;
}
