import { describe, expect, it } from 'vitest';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { previousBuild } from '../../src/integrations/previous-build.ts';

type Hook = (params: Record<string, unknown>) => unknown;

/** One `astro build` as the two integrations see it: start, Astro writes `write`, done with `kept` reused. */
async function build(root: string, write: string[], kept: string[]) {
  const { first, last } = previousBuild();
  const hook = (i: typeof first, name: string) => (i.hooks as Record<string, Hook | undefined>)[name];
  const dist = join(root, 'dist');
  const config = { outDir: pathToFileURL(`${dist}/`), cacheDir: pathToFileURL(join(root, '.cache', 'astro') + '/') };
  await hook(first, 'astro:config:done')?.({ config });
  await hook(first, 'astro:build:start')?.({});
  const started = lstatSync(join(root, '.cache', 'astro', 'build-started')).ctimeMs;
  for (const rel of write) {
    mkdirSync(join(dist, rel, '..'), { recursive: true });
    writeFileSync(join(dist, rel), 'ny');
    // The file clock is coarse: make sure a written file is stamped after the start, as in a real build.
    while (lstatSync(join(dist, rel)).ctimeMs < started) writeFileSync(join(dist, rel), 'ny');
  }
  mkdirSync(dist, { recursive: true }); // as Astro does before build done
  const assets = new Map([['/[slug]', kept.map((rel) => pathToFileURL(join(dist, rel)))]]);
  await hook(first, 'astro:build:done')?.({ dir: pathToFileURL(`${dist}/`), assets });
  await hook(last, 'astro:build:done')?.({});
}

describe('the previous build, kept or moved aside', () => {
  it('keeps dist/ after a finished build and deletes only what the next build neither wrote nor reused', async () => {
    const root = mkdtempSync(join(tmpdir(), 'velferdsspor-previous-hooks-'));
    try {
      await build(root, ['eksempler/a/index.html', 'eksempler/b/index.html', '_astro/gammel.css'], []);
      // Let the file clock move on, as seconds pass between two builds.
      const before = lstatSync(join(root, 'dist', '_astro', 'gammel.css')).ctimeMs;
      while (Date.now() <= before + 20);
      await build(root, ['_astro/ny.css'], ['eksempler/a/index.html']);
      const has = (rel: string) => existsSync(join(root, 'dist', rel));
      expect(has('eksempler/a/index.html')).toBe(true);
      expect(has('_astro/ny.css')).toBe(true);
      expect(has('eksempler/b')).toBe(false);
      expect(has('_astro/gammel.css')).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('does not trust a dist/ that no finished build left: it is moved aside', async () => {
    const root = mkdtempSync(join(tmpdir(), 'velferdsspor-previous-hooks-'));
    try {
      mkdirSync(join(root, 'dist', 'eksempler', 'a'), { recursive: true });
      writeFileSync(join(root, 'dist', 'eksempler', 'a', 'index.html'), 'fra et bygg som stoppet');
      await build(root, [], ['eksempler/a/index.html']);
      expect(existsSync(join(root, 'dist', 'eksempler', 'a', 'index.html'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
