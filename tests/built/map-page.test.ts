import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage } from '../helpers/dist.ts';
import { matchesFilters, parseCatalogueState } from '../../src/lib/catalogue/state.ts';
import { facetValuesOf, type FacetSource } from '../../src/lib/catalogue/facets.ts';

const page = readPage('/kart/');
const entries = (
  JSON.parse(readFileSync(join(distDir, 'data/velferdsspor.json'), 'utf8')) as {
    entries: (FacetSource & { id: string; scope: string })[];
  }
).entries;
const svg = /<svg[^>]*class="nordic-map"[\s\S]*?<\/svg>/.exec(page)?.[0] ?? '';

describe('/kart/', () => {
  const markers = [
    ...svg.matchAll(
      /<a href="([^"]+)" tabindex="-1" data-kommune="([^"]+)">\s*<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" pointer-events="none"\/>\s*<circle class="hit" [^>]*\/>\s*<\/a>/g,
    ),
  ].map((m) => ({ href: m[1]!.replace(/&amp;/g, '&'), id: m[2]!, r: Number(m[5]) }));
  const rows = [
    ...page.matchAll(/<tr data-kommune="([^"]+)">[\s\S]*?<a class="ds-link" href="([^"]+)">(\d+)<\/a>/g),
  ].map((m) => ({ id: m[1]!, href: m[2]!, count: Number(m[3]) }));

  it('draws one marker per municipality with entries, and lists the same municipalities beside it', () => {
    const withEntries = new Set(entries.flatMap((e) => e.municipalities));
    expect(new Set(markers.map((m) => m.id))).toEqual(withEntries);
    expect(new Set(rows.map((r) => r.id))).toEqual(withEntries);
  });

  it('links every marker and row to the catalogue filtered to exactly the entries it counts', () => {
    for (const row of rows) {
      const state = parseCatalogueState(new URL(row.href, 'http://x').searchParams);
      expect(state.filters.kommune).toEqual([row.id]);
      expect(entries.filter((e) => matchesFilters(facetValuesOf(e), state.filters)).length, row.id).toBe(row.count);
      expect(markers.find((m) => m.id === row.id)!.href).toBe(row.href);
    }
  });

  it('sizes markers by count (a larger count never has a smaller circle)', () => {
    const count = new Map(rows.map((r) => [r.id, r.count]));
    const sorted = [...markers].sort((a, b) => count.get(a.id)! - count.get(b.id)!);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.r).toBeGreaterThanOrEqual(sorted[i - 1]!.r);
  });

  it('lists intermunicipal and national entries apart, and pins national ones to no point', () => {
    const national = entries.filter((e) => e.municipalities.length === 0);
    expect(national.length).toBeGreaterThan(0);
    const nationalSection = page.slice(page.indexOf('id="nasjonale"'));
    for (const e of national) expect(nationalSection).toContain(`href="/eksempler/${e.id}/"`);
    const spanningSection = page.slice(page.indexOf('id="flere-kommuner"'), page.indexOf('id="nasjonale"'));
    for (const e of entries.filter((x) => x.scope === 'intermunicipal'))
      expect(spanningSection).toContain(`href="/eksempler/${e.id}/"`);
  });

  it('draws the outlines of exactly the countries the entries are in', () => {
    const countries = new Set(entries.map((e) => e.country));
    // The land group's paths: the markers' tap areas are paths too, in <defs>.
    const land = /<g class="land"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(land.match(/<path d="/g)).toHaveLength(countries.size);
  });
});
