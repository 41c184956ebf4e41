import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage } from '../helpers/dist.ts';
import { matchesFilters, parseCatalogueState } from '../../src/lib/catalogue/state.ts';
import { facetValuesOf, type FacetSource } from '../../src/lib/catalogue/facets.ts';

const page = readPage('/statistikk/');
const entries = (
  JSON.parse(readFileSync(join(distDir, 'data/velferdsspor.json'), 'utf8')) as { entries: FacetSource[] }
).entries;
const decode = (s: string) => s.replace(/&amp;/g, '&');
const tables = [...page.matchAll(/<table class="ds-table stat-table"([^>]*)>([\s\S]*?)<\/table>/g)].map((m) => ({
  attrs: m[1]!,
  body: m[2]!,
}));
const counts = (body: string) => [...body.matchAll(/<td class="num" data-count="(\d+)">/g)].map((m) => Number(m[1]));

describe('/statistikk/', () => {
  it('has a table for phase, country, topic, challenge, target group, levels, co-occurrence and phase × key', () => {
    for (const caption of [
      'etter fase',
      'etter land',
      'etter tema',
      'etter samfunnsutfordring',
      'etter målgruppe',
      'per nivå',
      'begge nøklene',
      'per fase som flytter',
    ]) {
      expect(page, caption).toMatch(new RegExp(`<caption[^>]*>[^<]*${caption}`));
    }
  });

  it('sums every single-valued table, and every row of the level table, to the number of entries', () => {
    const single = tables.filter((t) => t.attrs.includes('data-multi="false"'));
    expect(single.length).toBe(2);
    for (const t of single) expect(counts(t.body).reduce((a, b) => a + b, 0)).toBe(entries.length);
    const levels = tables.find((t) => t.attrs.includes('data-levels'))!;
    const rows = [...levels.body.matchAll(/<tr><th scope="row">[^<]+<\/th>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(counts(row[1]!).reduce((a, b) => a + b, 0)).toBe(entries.length);
    for (const t of tables.filter((x) => x.attrs.includes('data-total')))
      expect(t.attrs).toContain(`data-total="${entries.length}"`);
  });

  it('counts each value of a multi-valued table as the entries that have it, plus the ones with none', () => {
    const challenge = tables.find((t) => t.body.includes('samfunnsutfordring'))!;
    const withNone = counts(challenge.body);
    const none = entries.filter((e) => e.challenges.length === 0).length;
    expect(withNone.at(-1)).toBe(none);
  });

  it('links every count to the catalogue filtered to exactly that many entries (table and chart alike)', () => {
    const links = [...page.matchAll(/<a class="ds-link" href="(\/eksempler\/\?[^"]+)">(\d+)<\/a>/g)];
    expect(links.length).toBeGreaterThan(30);
    for (const [, href, shown] of links) {
      const state = parseCatalogueState(new URL(decode(href!), 'http://x').searchParams);
      const matching = entries.filter((e) => matchesFilters(facetValuesOf(e), state.filters));
      expect(matching.length, href).toBe(Number(shown));
    }
    const chartLinks = [...page.matchAll(/<a class="count-bar" href="(\/eksempler\/\?[^"]+)" tabindex="-1">/g)].map(
      (m) => m[1],
    );
    const tableLinks = new Set(links.map((m) => m[1]));
    for (const href of chartLinks) expect(tableLinks.has(href), href).toBe(true);
  });
});
