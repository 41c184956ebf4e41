import type { AstroIntegration } from 'astro';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFileTypes, entryFilesFolder } from '../../lib/open-data/dataset.ts';
import { bundleFile } from './bundle.ts';
import { BundleWriter } from './bundle-writer.ts';
import type { WrittenFiles } from '../../lib/node/file-writer-thread.ts';
import { writeBundleFiles } from './write-files.ts';
import { LinkedFiles, pruneLinkedCache } from '../../lib/node/linked-files.ts';

/**
 * Every entry's own files (/data/eksempler/<slug>.json, .ris, .bib). In `astro build` they are
 * made by one route and written in one pass: as three routes of one file each they took 1.1–1.5 ms
 * a file in Astro's per-route work, about 4 s of a 1,000-entry build, for text that is made in
 * one loop anyway. The pass runs in a thread while the other pages render (bundle-writer.ts).
 * `astro dev` serves them as a route, so the links work there too.
 */
export function entryFilesIntegration(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir = '';
  let writer: BundleWriter | undefined;
  let written: WrittenFiles | undefined;
  return {
    name: 'velferdsspor:entry-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute, addMiddleware }) => {
        const entrypoint = (file: string) => fileURLToPath(new URL(file, import.meta.url));
        if (command === 'dev')
          for (const format of Object.keys(entryFileTypes))
            injectRoute({ pattern: `${entryFilesFolder}[slug].${format}`, entrypoint: entrypoint('./file-route.ts') });
        else {
          injectRoute({ pattern: `/${bundleFile}`, entrypoint: entrypoint('./bundle-route.ts') });
          addMiddleware({ entrypoint: new URL('./write-middleware.ts', import.meta.url), order: 'post' });
        }
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('entry-files/', config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        written = undefined;
        writer = new BundleWriter(outDir, cacheDir);
      },
      // Before any build:done hook: the previous build's stale files are pruned there, and a file
      // still being written then could be taken for one.
      'astro:build:generated': async () => {
        written = await writer?.finish();
        writer = undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count: number;
        if (written) {
          count = written.count;
          // Only now: the previous build's stale files have been found (see pruneLinkedCache).
          if (cacheDir) pruneLinkedCache(cacheDir, new Set(written.used));
        } else count = splitBundle(root, cacheDir ? new LinkedFiles(cacheDir) : undefined);
        rmSync(join(root, bundleFile), { force: true });
        logger.info(
          `${count} filer i ${entryFilesFolder}${written === undefined ? '' : ', skrevet mens sidene ble laget'}`,
        );
      },
    },
  };
}

/**
 * Writes the bundle's files under `root` (through `linked`, when given, and prunes it), removes the
 * bundle, and returns how many were written.
 */
export function splitBundle(root: string, linked?: LinkedFiles): number {
  const bundle = join(root, bundleFile);
  const count = writeBundleFiles(root, readFileSync(bundle, 'utf8'), (path, text) =>
    linked ? linked.write(path, text) : writeFileSync(path, text),
  );
  linked?.prune();
  rmSync(bundle);
  return count;
}
