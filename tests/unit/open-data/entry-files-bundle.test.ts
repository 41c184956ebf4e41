import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFile, bundleText, readBundle } from '../../../src/integrations/entry-files/bundle.ts';
import { splitBundle } from '../../../src/integrations/entry-files/index.ts';
import type { EntryFile } from '../../../src/data/entry-files.ts';
import { LinkedFiles } from '../../../src/lib/node/linked-files.ts';

const files: EntryFile[] = [
  { path: '/data/eksempler/familieveiviseren.json', format: 'json', text: '{"record":{}}' },
  { path: '/data/eksempler/familieveiviseren.ris', format: 'ris', text: 'TY  - ELEC\nER  - \n' },
  { path: '/data/eksempler/hjem-til-jul-2.bib', format: 'bib', text: '@misc{a,\n}\n' },
];

describe('the per-entry files bundle', () => {
  it('gives back the files it was made from, in order', () => {
    expect(readBundle(bundleText(files))).toEqual(files.map((f) => [f.path, f.text]));
  });

  it.each([
    ['a path out of the folder', '/data/eksempler/../../index.html'],
    ['another folder', '/data/velferdsspor.json'],
    ['a format the entries do not have', '/data/eksempler/familieveiviseren.js'],
    ['a name that is not a slug', '/data/eksempler/Familie_veiviseren.json'],
    ['a sub-folder', '/data/eksempler/a/b.json'],
    ['a site root file', '/_headers'],
  ])('refuses %s', (_, path) => {
    expect(() => readBundle(JSON.stringify([[path, 'x']]))).toThrow(/ugyldig fil/);
  });

  it('refuses what is not a list of [path, text] pairs', () => {
    expect(() => readBundle('{}')).toThrow(/ikke en liste/);
    expect(() => readBundle(JSON.stringify([['/data/eksempler/a.json', 1]]))).toThrow(/ugyldig fil/);
  });

  it.each([
    ['directly', false],
    ['through the cache of linked files', true],
  ])('writes each file under the build folder and removes the bundle, %s', (_, throughCache) => {
    const root = mkdtempSync(join(tmpdir(), 'velferdsspor-entry-files-'));
    try {
      writeFileSync(join(root, bundleFile), bundleText(files));
      const linked = throughCache ? new LinkedFiles(join(root, 'cache')) : undefined;
      expect(splitBundle(join(root), linked)).toBe(3);
      for (const f of files) expect(readFileSync(join(root, f.path), 'utf8')).toBe(f.text);
      expect(existsSync(join(root, bundleFile))).toBe(false);
      if (throughCache) expect(readdirSync(join(root, 'cache'))).toHaveLength(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
