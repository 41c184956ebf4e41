import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, projectRoot } from '../../scripts/lib/copy-project.ts';

/**
 * Builds a copy of the project whose content/initiatives/ holds only `entries` (file name → text),
 * for tests that need a build of content the real site must never show. Returns the copy's folder,
 * the build's exit status and its log.
 */
export function buildCopy(entries: Record<string, string>): {
  dir: string;
  status: number | null;
  log: string;
  dispose: () => void;
} {
  const dir = copyProject(mkdtempSync(join(tmpdir(), 'velferdsspor-build-')));
  const initiatives = join(dir, 'content', 'initiatives');
  for (const name of readdirSync(initiatives)) rmSync(join(initiatives, name));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(initiatives, name), text);
  const astro = join(projectRoot, 'node_modules', '.bin', 'astro');
  const run = spawnSync(astro, ['build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  return {
    dir,
    status: run.status,
    log: `${run.stdout}\n${run.stderr}`,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A real entry's text, to keep a copy's site complete enough to build. */
export function realEntry(slug: string): string {
  return readFileSync(join(projectRoot, 'content', 'initiatives', `${slug}.mdx`), 'utf8');
}
