import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { buildCopy, realEntry } from '../helpers/build-copy.ts';
import { entryWith } from '../helpers/content-project.ts';

const fixture = readFileSync(
  fileURLToPath(new URL('../fixtures/frontmatter-text/tekst-som-tekst.mdx', import.meta.url)),
  'utf8',
);
const attack = readFileSync(
  fileURLToPath(new URL('../fixtures/attacks/body/fence-escaped.md', import.meta.url)),
  'utf8',
);

describe('an entry with code in its body stops a real `astro build`', () => {
  it('fails with the problem located to file, line and column', () => {
    const text = entryWith({ body: attack }).replace(/^number: \d+$/m, 'number: 6');
    const build = buildCopy({ 'familieveiviseren.mdx': text });
    try {
      expect(build.status).not.toBe(0);
      expect(build.log).toMatch(/content\/initiatives\/familieveiviseren\.mdx:\d+:1: innhold: import\/export er kode/);
    } finally {
      build.dispose();
    }
  });
});

describe('frontmatter is text everywhere it is shown', () => {
  let build: ReturnType<typeof buildCopy>;
  let page: Page;
  const dialogs: string[] = [];

  // Registered before useSite(), so the copy is built before the fixture serves it.
  beforeAll(() => {
    build = buildCopy({ 'tekst-som-tekst.mdx': fixture, 'familieveiviseren.mdx': realEntry('familieveiviseren') });
    if (build.status !== 0) throw new Error(`the fixture site did not build:\n${build.log.slice(-3000)}`);
  });
  const site = useSite({ root: () => join(build.dir, 'dist') });

  beforeAll(() => {
    page = site.page;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(() => {
    build?.dispose();
  });

  /** No element the text would have made exists, and the markup-like text is visible as text. */
  async function expectInert(path: string, visible: string[]) {
    await page.goto(`${site.url}${path}`);
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll(
          '#injisert, #injisert-tittel, img[src="x"], body script:not([src]):not([type="application/ld+json"])',
        ).length,
    );
    expect(injected, path).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    for (const v of visible) expect(text, path).toContain(v);
  }

  it('on the entry page: title, summary, facts, partners, key rationales, results', async () => {
    await expectInert('/eksempler/tekst-som-tekst/', [
      'Tekst <b id="injisert-tittel">&</b> "to" \'en\' </script> ]]> <!--',
      'Sammendrag <b id="injisert">fet</b> & "to"',
      '<img src=x onerror=alert(1)>',
      'Kontakt <b id="injisert">',
      'Partner <b id="injisert">',
      'Relasjoner <b id="injisert">',
    ]);
    const title = await page.title();
    expect(title).toContain('Tekst <b id="injisert-tittel">&</b>');
    // The JSON-LD block stays one JSON document whose name is the title, character for character.
    const ld = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
    );
    expect(ld).toHaveLength(1);
    expect((JSON.parse(ld[0]!) as { name: string }).name).toBe(
      'Tekst <b id="injisert-tittel">&</b> "to" \'en\' </script> ]]> <!--',
    );
  });

  it('in the catalogue, both as server-rendered cards and as Pagefind results', async () => {
    await expectInert('/eksempler/', ['Tekst <b id="injisert-tittel">&</b>']);
    await page.fill('#catalogue-q', 'sammendrag');
    await page.waitForFunction(
      () => document.querySelector('[data-results]')?.textContent?.includes('Tekst <b'),
      undefined,
      { timeout: 10_000 },
    );
    await expectInert('/eksempler/?q=sammendrag', [
      'Tekst <b id="injisert-tittel">&</b>',
      'Sammendrag <b id="injisert">',
    ]);
  });

  it('in the four-keys diagram and its matrix', async () => {
    await expectInert('/nokler/', ['Tekst <b id="injisert-tittel">&</b>']);
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('svg a')].map((a) => a.getAttribute('aria-label') ?? a.textContent ?? ''),
    );
    expect(names.some((n) => n.includes('Tekst <b id="injisert-tittel">&</b>'))).toBe(true);
  });

  it('in the Atom feed and the open data', async () => {
    const feed = await (await fetch(`${site.url}/eksempler.atom`)).text();
    expect(feed).not.toContain('<b id="injisert');
    expect(feed).toContain('Tekst &lt;b id=');
    const data = (await (await fetch(`${site.url}/data/velferdsspor.json`)).json()) as
      { title: string }[] | { entries: { title: string }[] };
    const titles = (Array.isArray(data) ? data : data.entries).map((e) => e.title);
    expect(titles).toContain('Tekst <b id="injisert-tittel">&</b> "to" \'en\' </script> ]]> <!--');
  });

  it('on the topic page that lists it', async () => {
    await expectInert('/tema/samordning/', ['Tekst <b id="injisert-tittel">&</b>']);
  });

  it('never opened a dialog', () => {
    expect(dialogs).toEqual([]);
  });
});
