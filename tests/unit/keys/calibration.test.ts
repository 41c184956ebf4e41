import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCalibration, type CalibrationSource } from '../../../src/lib/keys/calibration.ts';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';
import { keyIds, keyLevels } from '../../../src/schemas/keys.ts';

const key = (level: number, rationale: string) => ({ level, rationale });

describe('buildCalibration', () => {
  const entries: CalibrationSource[] = [
    {
      slug: 'b',
      number: 2,
      title: 'B',
      keys: {
        purpose: key(2, 'B formål'),
        resources: key(0, 'B ressurser'),
        power: key(1, 'B makt'),
        relationships: key(3, 'B relasjoner'),
      },
    },
    {
      slug: 'a',
      number: 1,
      title: 'A',
      keys: {
        purpose: key(2, 'A formål'),
        resources: key(1, 'A ressurser'),
        power: key(1, 'A makt'),
        relationships: key(2, 'A relasjoner'),
      },
    },
  ];
  const table = buildCalibration(entries);

  it('has one block per key in reading order, each with every level 0–3', () => {
    expect(table.map((b) => b.key)).toEqual(keyIds);
    for (const block of table)
      expect(block.levels.map((l) => [l.level, l.label])).toEqual(keyLevels.map((l) => [l.level, l.label]));
  });

  it("puts each entry at its level with that key's rationale, by catalogue number", () => {
    const purpose = table.find((b) => b.key === 'purpose')!;
    expect(purpose.levels[2]!.rows).toEqual([
      { slug: 'a', number: 1, title: 'A', rationale: 'A formål' },
      { slug: 'b', number: 2, title: 'B', rationale: 'B formål' },
    ]);
    expect(purpose.levels[0]!.rows).toEqual([]);
    const relationships = table.find((b) => b.key === 'relationships')!;
    expect(relationships.levels[3]!.rows.map((r) => r.rationale)).toEqual(['B relasjoner']);
  });
});

describe('the calibration table of the real entries', () => {
  const dir = fileURLToPath(new URL('../../../content/initiatives/', import.meta.url));
  const entries: CalibrationSource[] = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = parse(splitMdx(readFileSync(dir + f, 'utf8')).frontmatter ?? '');
      return { slug: f.slice(0, -4), number: data.number, title: data.title, keys: data.keys };
    });
  const table = buildCalibration(entries);

  it('lists every entry exactly once per key, at the level and with the rationale of its frontmatter', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const block of table) {
      const rows = block.levels.flatMap((l) => l.rows.map((r) => ({ ...r, level: l.level })));
      expect(rows.map((r) => r.slug).sort(), block.key).toEqual(entries.map((e) => e.slug).sort());
      for (const row of rows) {
        const entry = entries.find((e) => e.slug === row.slug)!;
        expect([row.level, row.rationale], `${block.key} ${row.slug}`).toEqual([
          entry.keys[block.key].level,
          entry.keys[block.key].rationale,
        ]);
      }
    }
  });
});
