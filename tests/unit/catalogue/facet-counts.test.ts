import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import fc from 'fast-check';
import { splitMdx } from '../../../src/lib/validation/mdx-file.ts';
import { matchesFilters } from '../../../src/lib/catalogue/state.ts';
import {
  emptyFilters,
  facets,
  facetValuesOf,
  type FacetSource,
  type Filters,
} from '../../../src/lib/catalogue/facets.ts';
import { countsIfTicked, optionCounts, type OptionCounts } from '../../../src/lib/catalogue/facet-counts.ts';

const dir = fileURLToPath(new URL('../../../content/initiatives/', import.meta.url));
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => facetValuesOf(parse(splitMdx(readFileSync(dir + f, 'utf8')).frontmatter ?? '') as FacetSource));
const filters = (set: Partial<Filters>): Filters => ({ ...emptyFilters(), ...set });

/*
 * The expected numbers below were counted by hand from the frontmatter of content/initiatives/*.mdx
 * (`grep '^country:'`, `grep '^topics:'`, `grep '^phase:'`), not computed by the code under test.
 * Countries: 22 NO, 6 DK (energi-til-hinanden, opgang-til-opgang, saet-borgere…, samskabelse…,
 * sheworks-atelier, tilbage-til-skole), 1 SE (halsolabb-den-nara-varden).
 * «ensomhet-og-fellesskap» (6, all NO): baerekraftige-fellesskap, comfortpark, det-gode-liv-i-siljan,
 * hverdagshjelpen, pa-dorterskelen, samskaping-om-helse-i-lister; of these operation: 3, planning: 2, pilot: 1.
 * «helse-og-omsorg» (8): digital-hjemmeoppfolging, halsolabb…, heltom, hvordan-driftes-samfunnet,
 * klinisk-ernaeringsfysiolog, tjenesteleveranse-til-seniorer, universitetssykehjem, vurderingsteam.
 * «arbeid-og-kvalifisering» in operation: baerekraftige-fellesskap, oslojobb, sheworks-atelier, vegetar-expressen.
 */
describe('optionCounts: the number beside a box is the number of results with it ticked', () => {
  it('has the 29 entries', () => {
    expect(rows).toHaveLength(29);
  });

  it('without a selection, counts each value in the whole catalogue', () => {
    const counts = optionCounts(rows, emptyFilters());
    expect(counts.land).toEqual({ NO: 22, DK: 6, SE: 1 });
    expect(counts.tema['helse-og-omsorg']).toBe(8);
    expect(counts.tema['ensomhet-og-fellesskap']).toBe(6);
  });

  it('with «Danmark» ticked, «Norge» says 28 and «Sverige» 7: what ticking them gives, never 0', () => {
    const counts = optionCounts(rows, filters({ land: ['DK'] }));
    expect(counts.land).toEqual({ DK: 6, NO: 28, SE: 7 });
    // Other facets count within the 6 Danish results.
    expect(counts.fase).toEqual({ pilot: 2, planning: 2, operation: 2, implementation: 0, 'ikke-oppgitt': 0 });
  });

  it('with «Ensomhet og fellesskap» ticked, «Helse- og omsorgstjenester» says 14 (6 + 8, no overlap)', () => {
    const counts = optionCounts(rows, filters({ tema: ['ensomhet-og-fellesskap'] }));
    expect(counts.tema['ensomhet-og-fellesskap']).toBe(6);
    expect(counts.tema['helse-og-omsorg']).toBe(14);
    expect(counts.land).toEqual({ NO: 6, DK: 0, SE: 0 });
    expect(counts.fase).toEqual({ operation: 3, planning: 2, pilot: 1, implementation: 0, 'ikke-oppgitt': 0 });
  });

  it('across two facets: Ensomhet + Regulær drift gives 3; ticking «Arbeid og kvalifisering» too gives 6', () => {
    const state = filters({ tema: ['ensomhet-og-fellesskap'], fase: ['operation'] });
    const counts = optionCounts(rows, state);
    expect(rows.filter((r) => matchesFilters(r, state))).toHaveLength(3);
    // 3 now, plus oslojobb, sheworks-atelier and vegetar-expressen (baerekraftige-fellesskap is already in).
    expect(counts.tema['arbeid-og-kvalifisering']).toBe(6);
    expect(counts.fase.operation).toBe(3);
    // Ensomhet entries in planning: comfortpark, samskaping-om-helse-i-lister → 3 + 2.
    expect(counts.fase.planning).toBe(5);
  });

  it('every count equals the size of the result list with that value added, for any state', () => {
    const values = Object.fromEntries(facets.map(({ param }) => [param, [...new Set(rows.flatMap((r) => r[param]))]]));
    const state = fc.record(
      Object.fromEntries(facets.map(({ param }) => [param, fc.subarray(values[param]!, { maxLength: 2 })])) as Record<
        keyof Filters,
        fc.Arbitrary<string[]>
      >,
    );
    fc.assert(
      fc.property(state, (f) => {
        const counts = optionCounts(rows, f as Filters);
        for (const { param } of facets) {
          for (const [value, n] of Object.entries(counts[param])) {
            const ticked = { ...f, [param]: [...new Set([...f[param]!, value])] } as Filters;
            if (rows.filter((r) => matchesFilters(r, ticked)).length !== n) return false;
          }
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

describe('countsIfTicked: the same rule from what Pagefind reports', () => {
  /** What Pagefind reports for a search with `f`: each value's count among the results. */
  const reported = (f: Filters): Record<string, Record<string, number>> => {
    const hits = rows.filter((r) => matchesFilters(r, f));
    return Object.fromEntries(
      facets.map(({ param }) => [
        param,
        Object.fromEntries(
          [...new Set(rows.flatMap((r) => r[param]))].map((v) => [v, hits.filter((h) => h[param].includes(v)).length]),
        ),
      ]),
    );
  };
  /** The catalogue's searches: the main one, and per ticked facet one with `none` of its ticked values. */
  const viaPagefind = (f: Filters): OptionCounts => {
    const total = rows.filter((r) => matchesFilters(r, f)).length;
    const outside: OptionCounts = { ...reported(f) };
    for (const { param } of facets) {
      if (f[param].length === 0) continue;
      const others = { ...f, [param]: [] };
      const hits = rows.filter((r) => matchesFilters(r, others) && !f[param].some((v) => r[param].includes(v)));
      outside[param] = Object.fromEntries(
        Object.keys(outside[param]!).map((v) => [v, hits.filter((h) => h[param].includes(v)).length]),
      );
    }
    return countsIfTicked(total, f, outside);
  };

  it.each([
    ['land=DK', filters({ land: ['DK'] })],
    ['tema=ensomhet', filters({ tema: ['ensomhet-og-fellesskap'] })],
    ['tema=ensomhet&fase=operation', filters({ tema: ['ensomhet-og-fellesskap'], fase: ['operation'] })],
    [
      'two topics and a challenge',
      filters({ tema: ['integrering', 'velferdsteknologi'], utfordring: ['ungt-utenforskap'] }),
    ],
  ])('agrees with optionCounts for %s', (_name, f) => {
    expect(viaPagefind(f)).toEqual(optionCounts(rows, f));
  });

  it('leaves out a facet whose index is not loaded', () => {
    expect(countsIfTicked(6, filters({ land: ['DK'] }), { land: { DK: 0, NO: 22, SE: 1 } })).toEqual({
      land: { DK: 6, NO: 28, SE: 7 },
    });
  });
});
