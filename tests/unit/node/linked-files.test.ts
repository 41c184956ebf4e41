import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkedFiles } from '../../../src/lib/node/linked-files.ts';

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'velferdsspor-linked-'));
  return { cache: join(root, 'cache'), out: root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

describe('LinkedFiles', () => {
  it('puts the bytes at the target as a link to one cached copy per content', () => {
    const f = folders();
    try {
      const linked = new LinkedFiles(f.cache);
      linked.write(join(f.out, 'a.ris'), 'TY  - ELEC\n');
      linked.write(join(f.out, 'b.ris'), 'TY  - ELEC\n');
      linked.write(join(f.out, 'c.bib'), new TextEncoder().encode('@misc{}\n'));
      expect(readFileSync(join(f.out, 'a.ris'), 'utf8')).toBe('TY  - ELEC\n');
      expect(readFileSync(join(f.out, 'c.bib'), 'utf8')).toBe('@misc{}\n');
      expect(readdirSync(f.cache)).toHaveLength(2);
      expect(statSync(join(f.out, 'a.ris')).ino).toBe(statSync(join(f.out, 'b.ris')).ino);
    } finally {
      f.dispose();
    }
  });

  it('replaces a file already at the target', () => {
    const f = folders();
    try {
      writeFileSync(join(f.out, 'a.json'), 'gammel');
      new LinkedFiles(f.cache).write(join(f.out, 'a.json'), 'ny');
      expect(readFileSync(join(f.out, 'a.json'), 'utf8')).toBe('ny');
    } finally {
      f.dispose();
    }
  });

  it('keeps, after prune, only what this build wrote, and the links still read', () => {
    const f = folders();
    try {
      new LinkedFiles(f.cache).write(join(f.out, 'old.json'), 'forrige bygg');
      const next = new LinkedFiles(f.cache);
      next.write(join(f.out, 'new.json'), 'dette bygget');
      next.prune();
      expect(readdirSync(f.cache)).toHaveLength(1);
      expect(readFileSync(join(f.out, 'old.json'), 'utf8')).toBe('forrige bygg');
      expect(readFileSync(join(f.out, 'new.json'), 'utf8')).toBe('dette bygget');
    } finally {
      f.dispose();
    }
  });
});
