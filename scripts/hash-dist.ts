#!/usr/bin/env node
// Prints the sha256 of every file in dist/ (or a given folder), one «hash  path» per line, and one
// digest over all of them: two builds of the same commit must print the same digest.
// Usage: node scripts/hash-dist.ts [folder] [other folder]   (with two folders: lists what differs)
import { createHash } from 'node:crypto';
import { diffTrees, hashTree } from './lib/hash-tree.ts';
import { distDir } from './lib/dist.ts';

const [first = distDir, second] = process.argv.slice(2);
const a = hashTree(first);
if (second) {
  const differ = diffTrees(a, hashTree(second));
  for (const line of differ) console.log(line);
  console.log(differ.length ? `${differ.length} fil(er) er ulike.` : `Like: ${a.size} filer, byte for byte.`);
  process.exitCode = differ.length ? 1 : 0;
} else {
  const listing = [...a].map(([path, hash]) => `${hash}  ${path}`).join('\n');
  console.log(listing);
  console.log(`${createHash('sha256').update(listing).digest('hex')}  (${a.size} filer)`);
}
