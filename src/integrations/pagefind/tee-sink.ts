/**
 * Where the page tee (page-tee.ts) takes rendered pages, shared through `globalThis`: the middleware
 * (tee-middleware.ts) is bundled into Astro's prerender code, which runs in the build's own process
 * but does not share its module instances with the integration.
 */
const PAGE_TEE = Symbol.for('velferdsspor:pagefind-page-tee');

/** Takes one rendered page: its site path and its HTML as UTF-8 bytes, which it must neither keep nor change. */
export type PageSink = (path: string, html: Uint8Array) => void;

type TeeGlobal = typeof globalThis & { [PAGE_TEE]?: PageSink };

/** The sink of the tee running in this build, if one is. */
export const pageSink = (): PageSink | undefined => (globalThis as TeeGlobal)[PAGE_TEE];

export function setPageSink(sink: PageSink | undefined): void {
  if (sink) (globalThis as TeeGlobal)[PAGE_TEE] = sink;
  else delete (globalThis as TeeGlobal)[PAGE_TEE];
}
