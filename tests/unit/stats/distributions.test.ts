import { describe, expect, it } from 'vitest';
import { countBy, keyCooccurrence, levelDistribution, phaseByKey } from '../../../src/lib/stats/distributions.ts';
import { catalogueHref } from '../../../src/lib/urls.ts';
import { NO_PHASE, type FacetSource } from '../../../src/lib/catalogue/facets.ts';

const entry = (phase: FacetSource['phase'], levels: number[], topics: string[] = ['a']): FacetSource => ({
  phase,
  demandEffect: { status: 'none-reported', text: 'Kilden sier ikke noe om behovet for tjenester.' },
  country: 'NO',
  topics,
  targetGroups: ['x'],
  challenges: [],
  municipalities: [],
  partners: [],
  keys: {
    purpose: { level: levels[0]! },
    resources: { level: levels[1]! },
    power: { level: levels[2]! },
    relationships: { level: levels[3]! },
  },
});
const entries = [
  entry('pilot', [2, 0, 3, 1]),
  entry('pilot', [1, 2, 2, 0], ['a', 'b']),
  entry(undefined, [0, 0, 0, 2], ['b']),
];
const keyIds = ['purpose', 'resources', 'power', 'relationships'];

describe('distributions', () => {
  it('counts a single-valued facet, an entry without a phase under «not stated» with its link, summing to the total', () => {
    const rows = countBy(
      entries,
      'fase',
      [
        { id: 'pilot', label: 'Pilot' },
        { id: 'operation', label: 'Drift' },
        { id: NO_PHASE, label: 'Ikke oppgitt' },
      ],
      'Ingen',
    );
    expect(rows.map((r) => [r.label, r.count, r.href])).toEqual([
      ['Pilot', 2, '/eksempler/?fase=pilot'],
      ['Drift', 0, undefined],
      ['Ikke oppgitt', 1, `/eksempler/?fase=${NO_PHASE}`],
    ]);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(entries.length);
  });

  it('counts a multi-valued facet per value', () => {
    expect(
      countBy(entries, 'tema', [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ]).map((r) => r.count),
    ).toEqual([2, 2]);
  });

  it('distributes levels per key', () => {
    expect(levelDistribution(entries, keyIds)).toEqual({
      purpose: [1, 1, 1, 0],
      resources: [2, 0, 1, 0],
      power: [1, 0, 1, 1],
      relationships: [1, 1, 1, 0],
    });
  });

  it('counts keys moved together (level ≥ 2), linking only the diagonal', () => {
    const grid = keyCooccurrence(entries, keyIds);
    expect(grid.map((row) => row.map((c) => c.count))).toEqual([
      [1, 0, 1, 0],
      [0, 1, 1, 0],
      [1, 1, 2, 0],
      [0, 0, 0, 1],
    ]);
    expect(grid[2]![2]!.href).toBe(catalogueHref({ nokkel: ['power'] }));
    expect(grid[0]![2]!.href).toBeUndefined();
  });

  it('crosses phase with moved keys, each cell a catalogue link with both filters', () => {
    const grid = phaseByKey(entries, ['pilot'], keyIds);
    expect(grid[0]!.map((c) => c.count)).toEqual([1, 1, 2, 0]);
    expect(grid[0]![2]!.href).toBe('/eksempler/?fase=pilot&nokkel=power');
  });
});
