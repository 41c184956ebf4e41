import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * README's «Hvor ting ligger» is the project's own map: every folder it names exists, and every
 * folder under src/ and src/lib/ is named in it, so the map cannot fall behind the tree.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Hvor ting ligger'),
  readme.indexOf('\n## ', readme.indexOf('## Hvor ting ligger') + 1),
);
const rows = section.split('\n').filter((line) => line.startsWith('| `'));
const named = new Set(
  rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''))),
);
const dirs = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((name) => statSync(join(root, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}`);

describe('README «Hvor ting ligger»', () => {
  it('has a table', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  it('names only folders that exist', () => {
    expect([...named].filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });

  it('names every folder under src/ and src/lib/', () => {
    const folders = [...dirs('src'), ...dirs('src/lib')];
    expect(folders.filter((folder) => !named.has(folder) && !(folder === 'src/lib'))).toEqual([]);
  });
});
