import { lstatSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A point in the file system's own clock: the change time of a file written now. Files created or
 * written after this call have a change time at or after it; a file kept from before, or a hard link
 * made to it, has an earlier one. The file system's clock, not Date.now(), because the kernel stamps
 * files with a coarse clock that can lag the process clock by a few milliseconds.
 */
export function fileClockNow(markerFile: string): number {
  writeFileSync(markerFile, '');
  return lstatSync(markerFile).ctimeMs;
}

/**
 * Deletes the files under `dir` that this build neither wrote nor kept: those whose change time is
 * before `since` and whose path is not in `kept` (the pages the build reused unchanged). Writing,
 * copying, renaming or linking a file all set its change time, so everything the build produced is
 * newer. Folders left empty are removed too. Returns the relative paths deleted.
 */
export function pruneStaleFiles(dir: string, since: number, kept: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  const walk = (folder: string, relative: string): boolean => {
    let empty = true;
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      const rel = relative ? `${relative}/${item.name}` : item.name;
      if (item.isDirectory()) {
        if (walk(path, rel)) rmdirSync(path);
        else empty = false;
      } else if (!kept.has(rel) && lstatSync(path).ctimeMs < since) {
        rmSync(path, { force: true });
        removed.push(rel);
      } else empty = false;
    }
    return empty;
  };
  walk(dir, '');
  return removed;
}
