import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildFontSubset, subsetFontPath } from '../../scripts/subset-font.ts';
import { fontSubsetText } from '../../src/lib/font-subset.ts';

describe('the self-hosted font subset', () => {
  it('is what scripts/subset-font.ts makes from the installed Inter (run it after upgrading)', async () => {
    const committed = readFileSync(subsetFontPath);
    const fresh = await buildFontSubset();
    expect(fresh.equals(committed)).toBe(true);
    // Subsetting takes about 3 s on an idle machine; a loaded one needs more than Vitest's 5 s default.
  }, 30_000);

  it('covers the letters of all three Nordic languages and Norwegian quotation marks', () => {
    const text = fontSubsetText();
    for (const ch of 'æøåÆØÅäöÄÖüé«»–…’') expect(text).toContain(ch);
  });

  it('stays small enough to preload on every page', () => {
    expect(readFileSync(subsetFontPath).length).toBeLessThan(18 * 1024);
  });
});
