import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectPagesInThreads } from '../../../src/integrations/pagefind/collect-in-workers.ts';
import { readPageHtml } from '../../../src/integrations/pagefind/collect-pages.ts';
import type { TeedPages } from '../../../src/integrations/pagefind/page-tee.ts';
import { ReadingCache, htmlDigest } from '../../../src/integrations/pagefind/reading-cache.ts';
import { RESULT_IDS_ATTRIBUTE } from '../../../src/lib/search/build/index-html.ts';

/** An entry page with the parts readPages reads (see pagefind-integration.test.ts). */
const entryPage = (number: number, title: string) =>
  `<!doctype html><html lang="nb"><body><main><article class="entry" data-pagefind-body>` +
  `<p data-pagefind-sort="number:${number}">Eksempel nr. ${number}</p><h1>${title}</h1>` +
  `<p>Hjemmetjenester nummer ${number}.</p></article></main></body></html>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'velferdsspor-collect-'));
  // Folder order is not number order: page k has number 13 - k.
  for (let k = 1; k <= 12; k += 1) {
    mkdirSync(join(dir, 'eksempler', `side-${String(k).padStart(2, '0')}`), { recursive: true });
    writeFileSync(
      join(dir, 'eksempler', `side-${String(k).padStart(2, '0')}`, 'index.html'),
      entryPage(13 - k, `Side ${k}`),
    );
  }
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><body><ul ${RESULT_IDS_ATTRIBUTE}=""></ul></body></html>`,
  );
  writeFileSync(join(dir, 'om.html'), '<!doctype html><html><body><p>Om</p></body></html>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('collectPagesInThreads', () => {
  it('gives what one thread gives when the pages are split over threads', async () => {
    const alone = await collectPagesInThreads(dir, { threads: 1 });
    const split = await collectPagesInThreads(dir, { threads: 3, minFiles: 2 });
    expect(alone.pages.map((p) => p.sorts.number)).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)));
    expect(split).toEqual(alone);
    expect(alone.pages).toHaveLength(12);
    expect(split.listings).toEqual([join(dir, 'index.html')]);
  });

  it('reads in this thread alone when the site is small', async () => {
    expect(await collectPagesInThreads(dir, { threads: 4 })).toEqual(await collectPagesInThreads(dir, { threads: 1 }));
  });

  it('takes pages handed over while they were rendered, and reads the rest from their files', async () => {
    const alone = await collectPagesInThreads(dir, { threads: 1 });
    const teed: TeedPages = new Map();
    const hand = (path: string, html: string) =>
      teed.set(path, { bytes: Buffer.byteLength(html), digest: htmlDigest(html), reading: readPageHtml(html, path) });
    for (let k = 1; k <= 6; k += 1)
      hand(`/eksempler/side-${String(k).padStart(2, '0')}/`, entryPage(13 - k, `Side ${k}`));
    hand('/', `<!doctype html><html><body><ul ${RESULT_IDS_ATTRIBUTE}=""></ul></body></html>`);
    // Handed over, but its file is another size: the file is what the index must show.
    hand('/eksempler/side-07/', entryPage(6, 'Side 7, en annen tittel'));
    const mixed = await collectPagesInThreads(dir, { threads: 3, minFiles: 2, teed });
    expect(mixed.teedFiles).toBe(7);
    expect(mixed.pages).toEqual(alone.pages);
    expect(mixed.listings).toEqual(alone.listings);
    expect(mixed.pages.find((p) => p.url === '/eksempler/side-07/')!.reading.digest).toContain('Side 7.');
    expect(alone.teedFiles).toBe(0);
  });

  it('takes the readings of pages whose HTML is unchanged from the last build, and reads the rest', async () => {
    const alone = await collectPagesInThreads(dir, { threads: 1 });
    const file = join(dir, 'cache', 'readings.v8');
    const first = await collectPagesInThreads(dir, { threads: 3, minFiles: 2, cache: new ReadingCache(file) });
    expect(first.cachedFiles).toBe(0);
    await first.saved;
    // One page changed since: only it is read again, and the result is what reading every file gives.
    writeFileSync(join(dir, 'eksempler', 'side-03', 'index.html'), entryPage(10, 'Side 3, endret'));
    const again = await collectPagesInThreads(dir, { threads: 3, minFiles: 2, cache: new ReadingCache(file) });
    expect(again.cachedFiles).toBe(13);
    await again.saved;
    const fresh = await collectPagesInThreads(dir, { threads: 1 });
    expect(again.pages).toEqual(fresh.pages);
    expect(again.listings).toEqual(fresh.listings);
    expect(again.pages.find((p) => p.url === '/eksempler/side-03/')!.reading.digest).toContain('Side 3, endret');
    expect(fresh.pages).not.toEqual(alone.pages);
    // A cache file cut short is no cache.
    writeFileSync(file, 'halvskrevet');
    const cut = await collectPagesInThreads(dir, { threads: 1, cache: new ReadingCache(file) });
    expect(cut.cachedFiles).toBe(0);
    await cut.saved;
  });

  it('stops with the error of a page it cannot read', async () => {
    // A link to nothing, in the last share (a worker's): listed as a page, gone when it is read.
    rmSync(join(dir, 'eksempler', 'side-12', 'index.html'));
    symlinkSync(join(dir, 'finnes-ikke.html'), join(dir, 'eksempler', 'side-12', 'index.html'));
    await expect(collectPagesInThreads(dir, { threads: 3, minFiles: 2 })).rejects.toThrow(/ENOENT/);
  });
});
