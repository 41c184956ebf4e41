import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagefindDataFiles } from '../../src/lib/search/pagefind-data-types.ts';

/** README's «Publisering» tells a host what to compress: the same files and types the build sets in _headers. */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('## Publisering');
const section = readme.slice(start, readme.indexOf('\n## ', start + 1));

describe('README «Publisering»', () => {
  it('names every Pagefind data file with the content type _headers gives it', () => {
    expect(start).toBeGreaterThan(0);
    const rows = section.split('\n').filter((line) => line.trim().startsWith('| `'));
    for (const { path, type } of pagefindDataFiles)
      expect(
        rows.some((row) => row.includes(`\`${path}\``) && row.includes(`\`${type}\``)),
        path,
      ).toBe(true);
  });
});
