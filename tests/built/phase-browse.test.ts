import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { readPage } from '../helpers/dist.ts';

/**
 * Every entry can be reached by phase (L9): an entry whose source gives no phase is «Ikke oppgitt i
 * kilden», with a page of its own, so /fase/, the home page and the catalogue's «Fase» filter add up
 * to all entries.
 */
const total = readdirSync(new URL('../../content/initiatives/', import.meta.url)).filter((f) =>
  f.endsWith('.mdx'),
).length;
const sum = (counts: string[]) => counts.reduce((n, c) => n + Number(c), 0);

describe('browsing by phase (L9)', () => {
  it('/fase/ lists every entry, the ones without a phase under «Ikke oppgitt i kilden»', () => {
    const page = readPage('/fase/');
    const main = page.slice(page.indexOf('<main'));
    const counts = [...main.matchAll(/<\/a> \((\d+)\)/g)].map((m) => m[1]!);
    expect(sum(counts)).toBe(total);
    expect(main).toContain('href="/fase/ikke-oppgitt/"');
  });

  it('/fase/ikke-oppgitt/ lists the entries without a phase, and their facts link there', () => {
    const page = readPage('/fase/ikke-oppgitt/');
    expect(page).toContain('Ikke oppgitt i kilden');
    const links = [...page.matchAll(/href="(\/eksempler\/[^"/]+\/)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    expect(readPage(links[0]!)).toMatch(
      /data-pagefind-filter="fase:ikke-oppgitt"[^>]*><a class="ds-link" href="\/fase\/ikke-oppgitt\/"/,
    );
  });

  it("the home page «Etter fase» and the catalogue's «Fase» filter add up to every entry", () => {
    const home = readPage('/');
    const section = home.slice(
      home.indexOf('id="etter-fase"'),
      home.indexOf('</section>', home.indexOf('id="etter-fase"')),
    );
    expect(sum([...section.matchAll(/&nbsp;\((\d+)\)/g)].map((m) => m[1]!))).toBe(total);
    const catalogue = readPage('/eksempler/');
    const counts = [
      ...catalogue.matchAll(/data-param="fase"[^>]*>\s*<label[^>]*>[^<]*<span class="count" data-count="(\d+)"/g),
    ].map((m) => m[1]!);
    expect(counts.length).toBeGreaterThan(0);
    expect(sum(counts)).toBe(total);
  });
});
