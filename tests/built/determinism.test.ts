import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBuilt, distDir } from '../helpers/dist.ts';
import { copyProject, projectRoot } from '../../scripts/lib/copy-project.ts';
import { diffTrees, hashTree } from '../../scripts/lib/hash-tree.ts';

/**
 * Two builds of the same commit give byte-identical dist/. The second build runs in a copy of the
 * project in another folder with an empty content cache (and the same git history, which dates the
 * build), so a clock time, an absolute path, a random seed or an order that depends on the cache or
 * the file system shows up as a changed file.
 * It costs one more build; `npm test` already made the first.
 */
describe('the build', () => {
  it('is byte-identical when built again, elsewhere, from a cold cache', () => {
    assertBuilt();
    const copy = copyProject(mkdtempSync(join(tmpdir(), 'velferdsspor-determinism-')));
    try {
      // The copy has no .git: point git at this checkout's, so both builds read the same commit and date.
      const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], {
        cwd: projectRoot,
        encoding: 'utf8',
      }).trim();
      // Vitest's own variables (NODE_ENV=test, VITEST…) would reach the bundle and change it.
      const env = Object.fromEntries(
        Object.entries({ ...process.env, GIT_DIR: gitDir }).filter(
          ([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
        ),
      );
      const run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'astro'), ['build'], {
        cwd: copy,
        env,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
      const first = hashTree(distDir);
      const second = hashTree(join(copy, 'dist'));
      expect(first.size).toBeGreaterThan(100);
      // dist/ from an older commit differs in its build date: `npm test` builds right before this.
      expect(
        diffTrees(first, second),
        'dist/ og et nytt bygg er ulike (bygget fra en eldre versjon? kjør «npm run build»)',
      ).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 300_000);
});
