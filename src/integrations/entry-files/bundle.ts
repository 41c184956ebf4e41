import { entryFileTypes, entryFilesFolder } from '../../lib/open-data/dataset.ts';
import type { EntryFile } from '../../data/entry-files.ts';

/**
 * Where the build leaves every entry's files as one JSON document, for the build-done step to split
 * (index.ts). Outside /data/, and removed before the build ends.
 */
export const bundleFile = '_entry-files.json';

/** The bundle's text: [path, text] pairs, in entry order. */
export function bundleText(files: EntryFile[]): string {
  return JSON.stringify(files.map((f) => [f.path, f.text]));
}

const formats = Object.keys(entryFileTypes).join('|');
/** Only a file of the per-entry folder, named like a slug, may come out of the bundle. */
const allowedPath = new RegExp(`^${entryFilesFolder}[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:${formats})$`);

/** The bundle's files again; throws on anything that is not a per-entry file. */
export function readBundle(text: string): [path: string, text: string][] {
  const pairs: unknown = JSON.parse(text);
  if (!Array.isArray(pairs)) throw new Error(`${bundleFile}: ikke en liste`);
  return pairs.map((pair: unknown) => {
    if (
      !Array.isArray(pair) ||
      typeof pair[0] !== 'string' ||
      typeof pair[1] !== 'string' ||
      !allowedPath.test(pair[0])
    )
      throw new Error(`${bundleFile}: ugyldig fil ${JSON.stringify(pair).slice(0, 80)}`);
    return [pair[0], pair[1]];
  });
}
