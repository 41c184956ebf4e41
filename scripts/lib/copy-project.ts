import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This project's root. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const skip = new Set(['node_modules', 'dist', '.git', '.astro', '.cache', 'test-results', 'bench-results']);

/**
 * A copy of this project in `out` with everything but build output and git, and node_modules as a
 * symlink to this project's, so it builds with the same packages. Benchmarks and tests that need a
 * build of other content (generated or hostile entries) replace content/ in the copy.
 */
export function copyProject(out: string): string {
  const target = resolve(out);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (skip.has(name)) continue;
    cpSync(join(projectRoot, name), join(target, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}
