import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileClockNow, pruneStaleFiles } from '../lib/node/stale-files.ts';

const ASIDE_PREFIX = 'previous-dist-';
/** Written in the cache folder when a build has finished, naming its dist/; removed when the next starts. */
const FINISHED_FILE = 'finished-build.json';
const STARTED_FILE = 'build-started';

/**
 * What happens to the last build's dist/. Astro empties it when a build starts, and its incremental
 * build then copies every page it reuses back from its cache: at 1,000 entries 1,195 copies, at
 * 10,000 the emptying alone took about 15 s. Here dist/ is kept instead (`emptyOutDir: false`):
 * a reused page stays where it is and everything else is written over. When Astro has written the
 * pages, and before any other integration reads or writes dist/, the files Astro neither wrote nor
 * reused are deleted (a deleted entry's page, an old asset, the last build's search index and data
 * files, which the integrations after it write again). So the search index never sees a stale page.
 * That is only safe when the last build finished: a stopped build can leave pages newer than
 * Astro's record of them. A build that finds no finished-build note from the last one moves dist/
 * into the cache folder (a rename, on the same disk) and deletes it in a process of its own while
 * Astro renders; the build waits for that at the end.
 * Two integrations: `first` must come before all others in the list, `last` after them.
 */
export function previousBuild(): { first: AstroIntegration; last: AstroIntegration } {
  let outDir = '';
  let cacheDir = '';
  let since = 0;
  let removal: Promise<void> = Promise.resolve();
  const first: AstroIntegration = {
    name: 'velferdsspor:previous-build',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        mkdirSync(cacheDir, { recursive: true });
        const trusted = finishedBuild(cacheDir) === outDir;
        rmSync(join(cacheDir, FINISHED_FILE), { force: true });
        removal = moveAsideAndRemove(trusted ? undefined : outDir, cacheDir);
        since = fileClockNow(join(cacheDir, STARTED_FILE));
      },
      'astro:build:done': ({ dir, assets }) => {
        const root = fileURLToPath(dir);
        const kept = new Set<string>();
        for (const urls of assets.values())
          for (const url of urls) kept.add(relative(root, fileURLToPath(url)).split(sep).join('/'));
        // Most of these the integrations after this one write again; no count is logged for that reason.
        pruneStaleFiles(root, since, kept);
      },
    },
  };
  const last: AstroIntegration = {
    name: 'velferdsspor:finished-build',
    hooks: {
      'astro:build:done': async () => {
        await removal;
        writeFileSync(join(cacheDir, FINISHED_FILE), JSON.stringify({ outDir }));
      },
    },
  };
  return { first, last };
}

/** The dist/ folder of the last build, when it finished; otherwise undefined. */
function finishedBuild(cacheDir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(cacheDir, FINISHED_FILE), 'utf8')) as { outDir?: string }).outDir;
  } catch {
    // No note (or an unreadable one): the last build did not finish.
    return undefined;
  }
}

/**
 * Moves `dist` (when given) into `cacheDir` and resolves when it, and any folder an earlier build
 * left there, is deleted. Resolves at once when there is nothing to delete.
 */
export function moveAsideAndRemove(dist: string | undefined, cacheDir: string): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  const aside = join(cacheDir, `${ASIDE_PREFIX}${process.pid}`);
  if (dist !== undefined) {
    try {
      renameSync(dist, aside);
    } catch {
      // No dist/ yet, or not movable here (another disk): emptied here instead.
      rmSync(dist, { recursive: true, force: true });
    }
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
