import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryFileTypes, entryFilesFolder } from '../../lib/open-data/dataset.ts';
import { bundleFile, readBundle } from './bundle.ts';
import { LinkedFiles } from '../../lib/node/linked-files.ts';

/**
 * Every entry's own files (/data/eksempler/<slug>.json, .ris, .bib). In `astro build` they are
 * made by one route and written here in one pass: as three routes of one file each they took 1.1–1.5 ms
 * a file in Astro's per-route work, about 4 s of a 1,000-entry build, for text that is made in
 * one loop anyway. `astro dev` serves them as a route, so the links work there too.
 */
export function entryFilesIntegration(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'velferdsspor:entry-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = new URL('entry-files/', config.cacheDir);
      },
      'astro:config:setup': ({ command, injectRoute }) => {
        const entrypoint = (file: string) => fileURLToPath(new URL(file, import.meta.url));
        if (command === 'dev')
          for (const format of Object.keys(entryFileTypes))
            injectRoute({ pattern: `${entryFilesFolder}[slug].${format}`, entrypoint: entrypoint('./file-route.ts') });
        else injectRoute({ pattern: `/${bundleFile}`, entrypoint: entrypoint('./bundle-route.ts') });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const count = splitBundle(root, cacheDir && new LinkedFiles(fileURLToPath(cacheDir)));
        logger.info(`${count} filer i ${entryFilesFolder}`);
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
  const files = readBundle(readFileSync(bundle, 'utf8'));
  const folders = new Set<string>();
  for (const [path, text] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    if (linked) linked.write(target, text);
    else writeFileSync(target, text);
  }
  linked?.prune();
  rmSync(bundle);
  return files.length;
}
