import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readBundle } from './bundle.ts';

/**
 * Hands each file of the bundle `text` to `write` at its place under `root`, its folder made first,
 * and returns how many. readBundle refuses any path outside the per-entry folder before anything is
 * written.
 */
export function writeBundleFiles(root: string, text: string, write: (path: string, text: string) => void): number {
  const files = readBundle(text);
  const folders = new Set<string>();
  for (const [path, fileText] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    write(target, fileText);
  }
  return files.length;
}
