/**
 * Where the entry-files writer (bundle-writer.ts) takes the bundle when Astro renders it, shared
 * through `globalThis`: the middleware (write-middleware.ts) is bundled into Astro's prerender code,
 * which runs in the build's own process but does not share its module instances with the integration.
 */
const ENTRY_FILES_WRITER = Symbol.for('velferdsspor:entry-files-writer');

/** Takes the bundle's text (bundle.ts) as the build renders it. */
export type BundleSink = (text: string) => void;

type WriterGlobal = typeof globalThis & { [ENTRY_FILES_WRITER]?: BundleSink };

/** The sink of the writer running in this build, if one is. */
export const bundleSink = (): BundleSink | undefined => (globalThis as WriterGlobal)[ENTRY_FILES_WRITER];

export function setBundleSink(sink: BundleSink | undefined): void {
  if (sink) (globalThis as WriterGlobal)[ENTRY_FILES_WRITER] = sink;
  else delete (globalThis as WriterGlobal)[ENTRY_FILES_WRITER];
}
