import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { distDir } from '../helpers/dist.ts';
import { resultSlugs, searchFor, statusText } from './search-helpers.ts';

/**
 * The build stores Pagefind's data files decompressed for the host to compress (README,
 * «Publisering»). The other search tests get them compressed by the test server; here a host that
 * does not compress them, and one that still serves them gzipped the way Pagefind writes them, must
 * give the same results, with the WebAssembly instantiated from the bytes either way.
 */
const site = useSite();

/** Serves every Pagefind data file from dist/ as `body(file)` makes it, with no content encoding. */
async function pageServing(body: (file: Buffer) => Buffer): Promise<{ page: Page; served: string[] }> {
  const page = await site.newPage();
  const served: string[] = [];
  await page.route(/\/pagefind\/.*\.(pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/, async (route) => {
    const path = new URL(route.request().url()).pathname;
    served.push(path);
    await route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: body(readFileSync(join(distDir, path))),
    });
  });
  await page.goto(`${site.url}/eksempler/`);
  return { page, served };
}

describe('search from any host', () => {
  it('finds the same entries when the host sends the files uncompressed or gzipped as Pagefind wrote them', async () => {
    const reference = await site.newPage();
    await reference.goto(`${site.url}/eksempler/`);
    await searchFor(reference, 'eldre');
    const expected = await resultSlugs(reference);
    expect(expected.length).toBeGreaterThan(0);
    await reference.close();

    for (const body of [(file: Buffer) => file, (file: Buffer) => gzipSync(file)]) {
      const { page, served } = await pageServing(body);
      await searchFor(page, 'eldre');
      expect(await resultSlugs(page)).toEqual(expected);
      expect(await statusText(page)).toMatch(/«eldre»/);
      expect(served.some((p) => /wasm\.\w+\.pagefind$/.test(p))).toBe(true);
      expect(served.some((p) => p.endsWith('.pf_meta'))).toBe(true);
      expect(served.some((p) => p.includes('/index/'))).toBe(true);
      await page.close();
    }
  });
});
