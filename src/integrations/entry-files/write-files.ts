import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readBundle } from './bundle.ts';
import type { LinkedFiles } from '../../lib/node/linked-files.ts';

/**
 * Writes the files of the bundle `text` under `root` (through `linked`, when given, and prunes it
 * unless `prune` is false) and returns how many. readBundle refuses any path outside the per-entry
 * folder first.
 */
export function writeBundleFiles(root: string, text: string, linked?: LinkedFiles, { prune = true } = {}): number {
  const files = readBundle(text);
  const folders = new Set<string>();
  for (const [path, fileText] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    if (linked) linked.write(target, fileText);
    else writeFileSync(target, fileText);
  }
  if (prune) linked?.prune();
  return files.length;
}
