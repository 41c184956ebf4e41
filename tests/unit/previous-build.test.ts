import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveAsideAndRemove } from '../../src/integrations/previous-build.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'velferdsspor-previous-build-'));
  const dist = join(root, 'dist');
  const cache = join(root, '.cache', 'astro');
  return { root, dist, cache, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

describe('the last build, moved aside and deleted in the background', () => {
  it('leaves no dist/ for Astro to empty, and is gone when the promise resolves', async () => {
    const p = project();
    try {
      for (let i = 0; i < 50; i += 1) {
        mkdirSync(join(p.dist, 'eksempler', `e${i}`), { recursive: true });
        writeFileSync(join(p.dist, 'eksempler', `e${i}`, 'index.html'), '<p>gammel</p>');
      }
      const removal = moveAsideAndRemove(p.dist, p.cache);
      expect(existsSync(p.dist)).toBe(false);
      await removal;
      expect(readdirSync(p.cache)).toEqual([]);
    } finally {
      p.dispose();
    }
  });

  it('also deletes what a stopped build left in the cache folder', async () => {
    const p = project();
    try {
      mkdirSync(join(p.cache, 'previous-dist-1', 'a'), { recursive: true });
      mkdirSync(join(p.cache, 'pagefind'), { recursive: true });
      await moveAsideAndRemove(p.dist, p.cache);
      expect(readdirSync(p.cache)).toEqual(['pagefind']);
    } finally {
      p.dispose();
    }
  });

  it('does nothing when there is no earlier build', async () => {
    const p = project();
    try {
      await moveAsideAndRemove(p.dist, p.cache);
      expect(existsSync(p.dist)).toBe(false);
      expect(readdirSync(p.cache)).toEqual([]);
    } finally {
      p.dispose();
    }
  });
});
