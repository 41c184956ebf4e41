import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIContext } from 'astro';
import { bundleFile, bundleText } from '../../../src/integrations/entry-files/bundle.ts';
import { BundleWriter } from '../../../src/integrations/entry-files/bundle-writer.ts';
import { onRequest } from '../../../src/integrations/entry-files/write-middleware.ts';
import { bundleSink, setBundleSink } from '../../../src/integrations/entry-files/writer-sink.ts';
import type { EntryFile } from '../../../src/data/entry-files.ts';
import { pruneLinkedCache } from '../../../src/lib/node/linked-files.ts';

const files: EntryFile[] = [
  { path: '/data/eksempler/familieveiviseren.json', format: 'json', text: '{"record":{"title":"Ærlig «sitat»"}}' },
  { path: '/data/eksempler/familieveiviseren.ris', format: 'ris', text: 'TY  - ELEC\nER  - \n' },
];

afterEach(() => setBundleSink(undefined));

const withFolder = async (run: (root: string) => Promise<void>) => {
  const root = mkdtempSync(join(tmpdir(), 'velferdsspor-entry-writer-'));
  try {
    await run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

describe('BundleWriter', () => {
  it('writes the files of the bundle it is handed, in its thread, through the cache, and leaves pruning to the build', () =>
    withFolder(async (root) => {
      const cache = join(root, 'cache');
      mkdirSync(cache);
      // A deleted entry's cached copy: pruning it now would make its file in dist/ look new.
      writeFileSync(join(cache, 'fra-forrige-bygg'), 'x');
      const writer = new BundleWriter(join(root, 'dist'), cache);
      bundleSink()!(bundleText(files));
      const written = await writer.finish();
      expect(written?.count).toBe(2);
      for (const f of files) expect(readFileSync(join(root, 'dist', f.path), 'utf8')).toBe(f.text);
      expect(readdirSync(cache)).toHaveLength(3);
      pruneLinkedCache(cache, new Set(written!.used));
      expect(readdirSync(cache).sort()).toEqual([...written!.used].sort());
      expect(written!.used).toHaveLength(2);
    }));

  it('says so when no bundle came, so the build writes the files itself', () =>
    withFolder(async (root) => {
      const writer = new BundleWriter(join(root, 'dist'), undefined);
      expect(await writer.finish()).toBeUndefined();
      expect(bundleSink()).toBeUndefined();
    }));

  it('fails the build on a bundle with a path outside the per-entry folder, and writes nothing', () =>
    withFolder(async (root) => {
      const writer = new BundleWriter(join(root, 'dist'), undefined);
      bundleSink()!(JSON.stringify([['/data/eksempler/../../index.html', 'x']]));
      await expect(writer.finish()).rejects.toThrow(/ugyldig fil/);
      expect(readdirSync(root)).toEqual([]);
    }));
});

describe('the entry-files middleware', () => {
  const run = (response: Response, path: string, prerendered = true) =>
    onRequest(
      { isPrerendered: prerendered, url: new URL(`https://velferdsspor.no${path}`) } as APIContext,
      async () => response,
    ) as Promise<Response>;
  const bundle = () =>
    new Response(bundleText(files), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });

  it('hands the bundle to the writer and returns the same bytes and headers', async () => {
    const handed: string[] = [];
    setBundleSink((text) => handed.push(text));
    const response = await run(bundle(), `/${bundleFile}`);
    expect(handed).toEqual([bundleText(files)]);
    expect(await response.text()).toBe(bundleText(files));
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('leaves every other response alone, and the bundle too without a writer or on request', async () => {
    const untouched = bundle();
    expect(await run(untouched, `/${bundleFile}`)).toBe(untouched);
    const handed: string[] = [];
    setBundleSink((text) => handed.push(text));
    const data = bundle();
    expect(await run(data, '/data/velferdsspor.json')).toBe(data);
    const onDemand = bundle();
    expect(await run(onDemand, `/${bundleFile}`, false)).toBe(onDemand);
    expect(handed).toEqual([]);
  });
});
