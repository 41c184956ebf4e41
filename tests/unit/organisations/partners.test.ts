import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';

/** The migration of partners from free text to organisation ids, checked on the real content. */
const root = fileURLToPath(new URL('../../../content/', import.meta.url));
const organisations = new Map(
  Object.entries(parse(readFileSync(`${root}taxonomies/organisations.yaml`, 'utf8')) as Record<string, unknown>).map(
    ([id, o]) => [id, organisationSchema.parse(o)],
  ),
);
const sectors = new Set(Object.keys(parse(readFileSync(`${root}taxonomies/sectors.yaml`, 'utf8')) as object));
const entries = readdirSync(`${root}initiatives`)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    slug: f.slice(0, -4),
    data: parse(splitMdx(readFileSync(`${root}initiatives/${f}`, 'utf8')).frontmatter ?? '') as {
      partners?: unknown[];
    },
  }));

describe('partners in all 29 entries', () => {
  it('are all organisation ids that resolve, with at most a role beside them', () => {
    expect(entries).toHaveLength(29);
    for (const { slug, data } of entries) {
      expect(data.partners?.length, slug).toBeGreaterThan(0);
      for (const partner of data.partners ?? []) {
        expect(
          Object.keys(partner as object).filter((k) => k !== 'id' && k !== 'role'),
          slug,
        ).toEqual([]);
        expect(organisations.has((partner as { id: string }).id), `${slug}: ${JSON.stringify(partner)}`).toBe(true);
      }
    }
  });

  it('point to organisations whose sector and parent exist', () => {
    for (const [id, o] of organisations) {
      expect(sectors.has(o.sector), id).toBe(true);
      if (o.parent) expect(organisations.has(o.parent), id).toBe(true);
    }
  });

  it('count one body spelled two ways in the sources once', () => {
    const usn = [...organisations].filter(([, o]) =>
      [o.name, ...(o.aliases ?? [])].some((n) => /Universitetet i Sør-?øst[- ]Norge/.test(n)),
    );
    expect(usn.map(([id]) => id)).toEqual(['universitetet-i-sorost-norge']);
    const using = entries
      .filter((e) => e.data.partners?.some((p) => (p as { id: string }).id === 'universitetet-i-sorost-norge'))
      .map((e) => e.slug);
    expect(using.sort()).toEqual(['det-gode-liv-i-siljan', 'larviksmodellen-vare-unge']);
  });

  it('give organisations that share a name a qualifier each, so a reader can tell them apart', () => {
    const byName = new Map<string, string[]>();
    for (const [id, o] of organisations)
      byName.set(`${o.name}|${o.qualifier ?? ''}`, [...(byName.get(`${o.name}|${o.qualifier ?? ''}`) ?? []), id]);
    expect([...byName.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });
});
