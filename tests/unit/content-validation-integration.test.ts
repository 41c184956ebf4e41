import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileURLToPath } from 'node:url';
import { contentValidation } from '../../src/integrations/content-validation.ts';
import { initiativesLoader } from '../../src/loaders/initiatives-loader.ts';
import { takeEarlyEntries } from '../../src/loaders/early-entries.ts';
import { readContentFolder } from '../../src/lib/node/content-files.ts';
import { entriesFolder } from '../../src/lib/validation/validate-content.ts';

const fixture = (name: string) => pathToFileURL(fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url)));

/** Calls the integration's config hook the way Astro does, collecting what it logs. */
function runHook(root: URL, command: 'build' | 'dev', cacheDir = new URL('.cache/astro/', root)) {
  const logged: string[] = [];
  const logger = {
    error: (m: string) => logged.push(m),
    warn: (m: string) => logged.push(m),
    info: () => {},
    debug: () => {},
  };
  const hook = contentValidation().hooks['astro:config:setup'] as (options: unknown) => void;
  const run = () => hook({ config: { root, cacheDir }, command, logger });
  return { run, logged };
}

describe('the build runs the editors’ validator', () => {
  it('fails `astro build` on a broken folder or vocabulary, logging every problem in the validator format', () => {
    const { run, logged } = runHook(fixture('broken'), 'build');
    expect(run).toThrow(/problem\(er\) i innholdet/);
    expect(logged).toContain(
      'content/initiatives/wrong-extension.md:1: fil: filer i content/initiatives/ skal ende på .mdx — gi filen navnet wrong-extension.mdx',
    );
    expect(logged.some((l) => l.startsWith('content/taxonomies/sectors.yaml:5: Privat Sektor'))).toBe(true);
  });

  it('leaves the entries to the content loader, which stops the build with every entry problem', async () => {
    const store = new Map<string, unknown>();
    const load = initiativesLoader().load({
      config: { root: fixture('broken') },
      store: { get: (id: string) => store.get(id), set: () => {}, keys: () => [], delete: () => {} },
      generateDigest: (d: string) => String(d.length),
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    } as never);
    await expect(load).rejects.toThrow(/content\/initiatives\/bad-fields\.mdx:12: phase: ugyldig verdi «drfit»/);
    await expect(load).rejects.toThrow(/content\/initiatives\/unsafe-body\.mdx:24:1: innhold: import\/export/);
    await expect(load).rejects.toThrow(/nummer 6 er også brukt/);
  });

  it('only warns in `astro dev`, so an editor can keep previewing while fixing', () => {
    const { run, logged } = runHook(fixture('broken'), 'dev');
    expect(run).not.toThrow();
    expect(logged.at(-1)).toMatch(/npm run validate/);
  });

  it('is silent for valid content', () => {
    const { run, logged } = runHook(fixture('valid'), 'build');
    expect(run).not.toThrow();
    expect(logged).toEqual([]);
  });

  it('starts checking the entries for the loader on a clean build only, one without a content store', async () => {
    const root = fixture('valid');
    const files = readContentFolder(fileURLToPath(root), entriesFolder, []);
    runHook(root, 'build').run();
    expect(await takeEarlyEntries(fileURLToPath(root), files)).toHaveLength(files.length);
    // A cache holding a content store is a build whose loader checks only what changed.
    const cache = mkdtempSync(join(tmpdir(), 'velferdsspor-store-'));
    writeFileSync(join(cache, 'data-store.json'), '{}');
    runHook(root, 'build', pathToFileURL(`${cache}/`)).run();
    rmSync(cache, { recursive: true });
    expect(takeEarlyEntries(fileURLToPath(root), files)).toBeUndefined();
    runHook(root, 'dev').run();
    expect(takeEarlyEntries(fileURLToPath(root), files)).toBeUndefined();
  });
});
