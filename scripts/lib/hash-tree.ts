import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** sha256 of every file under `root`, by path relative to it (forward slashes), in path order. */
export function hashTree(root: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        hashes.set(
          relative(root, full).split('\\').join('/'),
          createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(root);
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The paths that differ between two trees: changed, only in `a`, only in `b`. */
export function diffTrees(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .sort()
    .flatMap((p) =>
      a.get(p) === b.get(p) ? [] : [`${p}: ${!a.has(p) ? 'bare i andre' : !b.has(p) ? 'bare i første' : 'ulik'}`],
    );
}
