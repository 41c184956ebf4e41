import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, distDir } from '../helpers/dist.ts';
import { copyProject, projectRoot } from '../../scripts/lib/copy-project.ts';
import {
  entryFilePath,
  entryFileTypes,
  entryFilesFolder,
  type EntryFileFormat,
} from '../../src/lib/open-data/dataset.ts';
import { bundleFile } from '../../src/integrations/entry-files/bundle.ts';

const slugs = builtPages()
  .map((p) => /^\/eksempler\/([^/]+)\/$/.exec(p.path)?.[1])
  .filter((s): s is string => !!s && s !== 'side');
const formats = Object.keys(entryFileTypes) as EntryFileFormat[];
const folder = join(distDir, entryFilesFolder);

describe('each entry’s own files in the build', () => {
  it('are one per entry and format, and nothing else; the bundle they came from is gone', () => {
    expect(slugs.length).toBeGreaterThan(20);
    const expected = slugs.flatMap((slug) => formats.map((f) => entryFilePath(slug, f).slice(entryFilesFolder.length)));
    expect(readdirSync(folder).sort()).toEqual(expected.sort());
    expect(existsSync(join(distDir, bundleFile))).toBe(false);
  });

  it('hold the entry they are named for', () => {
    for (const slug of slugs) {
      const { record } = JSON.parse(readFileSync(join(distDir, entryFilePath(slug, 'json')), 'utf8'));
      expect(record.id).toBe(slug);
      expect(record.body, 'the body stays in velferdsspor.json').toBeUndefined();
      expect(readFileSync(join(distDir, entryFilePath(slug, 'ris')), 'utf8')).toContain(`/eksempler/${slug}/`);
      expect(readFileSync(join(distDir, entryFilePath(slug, 'bib')), 'utf8')).toContain(`/eksempler/${slug}/`);
    }
  });
});

/** `astro dev` in a copy of the project, on its own port; resolves when it answers. */
async function devServer(dir: string, port: number) {
  // Vitest's own variables (NODE_ENV=test, VITEST…) would change how Astro runs. The copy has no
  // .git: git is pointed at this checkout's, so the files carry the same build date as dist/.
  const gitDir = execFileSync('git', ['rev-parse', '--absolute-git-dir'], {
    cwd: projectRoot,
    encoding: 'utf8',
  }).trim();
  const env = Object.fromEntries(
    Object.entries({ ...process.env, GIT_DIR: gitDir }).filter(
      ([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST'),
    ),
  );
  const child = spawn(join(projectRoot, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port)], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`astro dev stoppet:\n${log}`);
    // Vite takes the next free port when this one is taken; the address it prints is the one to use.
    // eslint-disable-next-line no-control-regex
    const origin = /Local\s+(http:\/\/[\w.:]+)/.exec(log.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
    if (
      origin &&
      (await fetch(`${origin}/`, { signal: AbortSignal.timeout(20_000) }).then(
        (r) => r.ok,
        () => false,
      ))
    )
      return { origin, log: () => log, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`astro dev svarte ikke:\n${log}`);
}

describe('each entry’s own files in `astro dev`', () => {
  it('are served with the same bytes as the build writes, and their media type', async () => {
    const dir = copyProject(mkdtempSync(join(tmpdir(), 'velferdsspor-dev-')));
    const server = await devServer(dir, 4390 + (process.pid % 100));
    try {
      const get = (path: string) => fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(20_000) });
      for (const slug of slugs.slice(0, 2)) {
        for (const format of formats) {
          const response = await get(entryFilePath(slug, format)).catch((e) => {
            throw new Error(`${entryFilePath(slug, format)}: ${e}\n${server.log()}`);
          });
          expect(response.status, entryFilePath(slug, format)).toBe(200);
          expect(response.headers.get('content-type')).toBe(entryFileTypes[format]);
          expect(await response.text()).toBe(readFileSync(join(distDir, entryFilePath(slug, format)), 'utf8'));
        }
      }
      expect((await get(entryFilePath('finnes-ikke', 'ris'))).status).toBe(404);
      expect((await get(`/${bundleFile}`)).status).toBe(404);
    } finally {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
