import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages, distDir, readPage } from '../helpers/dist.ts';

/** The organisation pages against the open data: the JSON export is what the pages were built from. */
const entries = (
  JSON.parse(readFileSync(join(distDir, 'data/velferdsspor.json'), 'utf8')) as {
    entries: { id: string; partners: { id: string }[] }[];
  }
).entries;
const organisations = parse(
  readFileSync(new URL('../../content/taxonomies/organisations.yaml', import.meta.url), 'utf8'),
) as Record<string, { name: string; parent?: string }>;
const entryLinks = (html: string) => [...html.matchAll(/href="\/eksempler\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!);
const using = (id: string) => entries.filter((e) => e.partners.some((p) => p.id === id)).map((e) => e.id);

describe('/aktorer/<id>/', () => {
  const pages = builtPages().filter((p) => /^\/aktorer\/[^/]+\/$/.test(p.path));

  it('exists for every organisation in organisations.yaml, and for no other', () => {
    expect(pages.map((p) => p.path.split('/')[2]).sort()).toEqual(Object.keys(organisations).sort());
  });

  it('lists exactly the entries whose partners include it, each once, as cards', () => {
    for (const { path } of pages) {
      const id = path.split('/')[2]!;
      const html = readPage(path);
      const section = html.slice(html.indexOf('id="eksempler"'));
      const cards = [
        ...section.matchAll(/<article class="ds-card initiative-card"[\s\S]*?href="\/eksempler\/([a-z0-9-]+)\/"/g),
      ].map((m) => m[1]!);
      expect(cards.sort(), id).toEqual(using(id).sort());
    }
  });

  it('links its parent and its children', () => {
    for (const [id, o] of Object.entries(organisations)) {
      const html = readPage(`/aktorer/${id}/`);
      if (o.parent) expect(html, id).toContain(`href="/aktorer/${o.parent}/" data-parent`);
      for (const [child] of Object.entries(organisations).filter(([, c]) => c.parent === id)) {
        expect(html.slice(html.indexOf('data-children')), id).toContain(`href="/aktorer/${child}/"`);
      }
    }
  });
});

describe('/aktorer/', () => {
  const html = readPage('/aktorer/');
  const all = html.slice(html.indexOf('data-all'));
  const rows = [
    ...all.matchAll(/<tr data-organisation="([^"]+)" data-count="(\d+)">[\s\S]*?<td class="num">(\d+)<\/td>/g),
  ].map((m) => ({ id: m[1]!, count: Number(m[2]), shown: Number(m[3]) }));

  it('lists every organisation once, with the number of entries it takes part in', () => {
    expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(organisations).sort());
    for (const row of rows) {
      expect(row.shown, row.id).toBe(using(row.id).length);
      expect(row.count, row.id).toBe(row.shown);
    }
  });

  it('sorts by number of entries, most first', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.count).toBeLessThanOrEqual(rows[i - 1]!.count);
  });

  it('draws the network of the organisations in two or more entries, and the table beside it names the same ones and their entries', () => {
    const shared = Object.keys(organisations)
      .filter((id) => using(id).length >= 2)
      .sort();
    expect(shared.length).toBeGreaterThan(1);
    const table = html.slice(html.indexOf('data-network'), html.indexOf('id="alle"'));
    const tableRows = [...table.matchAll(/<tr data-organisation="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(tableRows.map((m) => m[1]).sort()).toEqual(shared);
    for (const [, id, row] of tableRows) expect(entryLinks(row!).sort(), id).toEqual(using(id!).sort());
    const svg = /<svg[^>]*class="network"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg.match(/<rect /g)).toHaveLength(shared.length);
    const linked = new Set(shared.flatMap(using));
    expect(svg.match(/<circle /g)).toHaveLength(linked.size);
    expect(svg.match(/<line /g)).toHaveLength(shared.reduce((n, id) => n + using(id).length, 0));
  });
});

describe('entry pages', () => {
  it('link every partner to its organisation page', () => {
    for (const entry of entries) {
      const html = readPage(`/eksempler/${entry.id}/`);
      const section = html.slice(html.indexOf('id="partnere"'));
      const linked = [...section.matchAll(/href="\/aktorer\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
      expect(linked.slice(0, entry.partners.length), entry.id).toEqual(entry.partners.map((p) => p.id));
    }
  });
});
