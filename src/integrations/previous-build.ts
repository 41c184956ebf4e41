import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASIDE_PREFIX = 'previous-dist-';

/**
 * Astro empties dist/ when a build starts, with a synchronous delete in which nothing else happens:
 * in a rebuild at 10,000 entries that is 40,000 files and about 15 s. Here the last build is moved
 * into the cache folder when the build starts (a rename, on the same disk), deleted by a process of
 * its own while Astro renders, and the build waits for that at the end. Where a rename is not
 * possible (dist/ on another disk, or missing), Astro empties it as before.
 */
export function previousBuildRemoval(): AstroIntegration {
  let outDir: URL | undefined;
  let cacheDir: URL | undefined;
  let removal: Promise<void> = Promise.resolve();
  return {
    name: 'velferdsspor:previous-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        if (outDir && cacheDir) removal = moveAsideAndRemove(fileURLToPath(outDir), fileURLToPath(cacheDir));
      },
      'astro:build:done': () => removal,
    },
  };
}

/**
 * Moves `dist` into `cacheDir` and resolves when it, and any folder an earlier build left there,
 * is deleted. Resolves at once when there is nothing to move.
 */
export function moveAsideAndRemove(dist: string, cacheDir: string): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  const aside = join(cacheDir, `${ASIDE_PREFIX}${process.pid}`);
  try {
    renameSync(dist, aside);
  } catch {
    // No dist/ yet, or not movable here: Astro's own emptying does it.
  }
  const folders = readdirSync(cacheDir)
    .filter((name) => name.startsWith(ASIDE_PREFIX))
    .map((name) => join(cacheDir, name));
  if (folders.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    // A process of its own, so the deletes do not queue in this process's I/O threads with the page writes.
    const child = spawn(
      process.execPath,
      [
        '-e',
        'for (const f of process.argv.slice(1)) require("node:fs").rmSync(f, { recursive: true, force: true })',
        ...folders,
      ],
      { stdio: 'ignore' },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Sletting av forrige bygg stoppet (kode ${code})`)),
    );
  });
}
