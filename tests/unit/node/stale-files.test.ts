import { describe, expect, it } from 'vitest';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileClockNow, pruneStaleFiles } from '../../../src/lib/node/stale-files.ts';

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'velferdsspor-stale-'));
  const put = (rel: string, text = 'x') => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  /** The file clock once it has moved past `rel`'s change time: the kernel's clock is coarse, and a build starts seconds after the last. */
  const after = (rel: string) => {
    let since: number;
    do since = fileClockNow(join(root, 'started'));
    while (since <= lstatSync(join(root, rel)).ctimeMs);
    return since;
  };
  return { root, put, after, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

describe('pruneStaleFiles', () => {
  it('deletes what the build neither wrote nor kept, and the folders that leaves empty', () => {
    const f = folder();
    try {
      f.put('eksempler/borte/index.html');
      f.put('eksempler/gjenbrukt/index.html');
      f.put('_astro/gammel.css');
      f.put('pagefind/fragment/gammel.pf_fragment');
      f.put('store/lenket.json', '{}');
      // Another build: the reused page stays as it is, the rest is written or linked anew.
      const since = f.after('store/lenket.json');
      f.put('_astro/ny.css');
      f.put('pagefind/fragment/ny.pf_fragment');
      linkSync(join(f.root, 'store', 'lenket.json'), join(f.root, 'lenket.json'));
      const removed = pruneStaleFiles(f.root, since, new Set(['eksempler/gjenbrukt/index.html', 'started']));
      expect(removed.sort()).toEqual([
        '_astro/gammel.css',
        'eksempler/borte/index.html',
        'pagefind/fragment/gammel.pf_fragment',
      ]);
      expect(existsSync(join(f.root, 'eksempler', 'borte'))).toBe(false);
      expect(existsSync(join(f.root, 'eksempler', 'gjenbrukt', 'index.html'))).toBe(true);
      expect(existsSync(join(f.root, '_astro', 'ny.css'))).toBe(true);
      // A hard link made in this build is new, though its bytes were written before.
      expect(existsSync(join(f.root, 'lenket.json'))).toBe(true);
      expect(existsSync(join(f.root, 'store'))).toBe(true);
    } finally {
      f.dispose();
    }
  });

  it('keeps a file written over in this build', () => {
    const f = folder();
    try {
      f.put('data/velferdsspor.csv', 'a');
      const since = f.after('data/velferdsspor.csv');
      f.put('data/velferdsspor.csv', 'b');
      expect(pruneStaleFiles(f.root, since, new Set())).toEqual([]);
    } finally {
      f.dispose();
    }
  });
});
