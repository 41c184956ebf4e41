import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CatalogueState,
  defaultSort,
  effectiveSort,
  emptyState,
  isEmptyState,
  matchesFilters,
  normaliseState,
  parseCatalogueState,
  serialiseCatalogueState,
  sortOptions,
  toggleFilter,
} from '../../../src/lib/catalogue/state.ts';
import {
  type FacetParam,
  NO_PHASE,
  emptyFilters,
  facetLabel,
  facetValuesOf,
  facets,
} from '../../../src/lib/catalogue/facets.ts';
import { keyIds } from '../../../src/schemas/keys.ts';

const state = (
  q: string,
  filters: Partial<Record<FacetParam, string[]>> = {},
  sort?: CatalogueState['sort'],
): CatalogueState => ({
  q,
  filters: { ...emptyFilters(), ...filters },
  ...(sort ? { sort } : {}),
});

describe('facets and sort options', () => {
  it('lists the nine facets in order, with Norwegian labels and schema fields', () => {
    expect(facets.map((f) => [f.param, f.field, f.label])).toEqual([
      ['effekt', 'demandEffect', 'Endring i tjenestebehov'],
      ['fase', 'phase', 'Fase'],
      ['land', 'country', 'Land'],
      ['tema', 'topics', 'Tema'],
      ['malgruppe', 'targetGroups', 'Målgruppe'],
      ['utfordring', 'challenges', 'Samfunnsutfordring'],
      ['kommune', 'municipalities', 'Kommune'],
      ['partner', 'partners', 'Samarbeidspartner'],
      ['nokkel', 'keys', 'Nøkkel på nivå 2 eller 3'],
    ]);
  });

  it("gives each facet's heading by its parameter", () => {
    for (const facet of facets) expect(facetLabel(facet.param)).toBe(facet.label);
  });

  it('offers relevance, title, number and updated', () => {
    expect(sortOptions.map((o) => o.value)).toEqual(['relevans', 'tittel', 'nummer', 'oppdatert']);
    expect(sortOptions.every((o) => o.label.length > 0)).toBe(true);
  });

  it('sorts by relevance when there is a query, by number otherwise', () => {
    expect(defaultSort({ q: 'omsorg' })).toBe('relevans');
    expect(defaultSort({ q: '' })).toBe('nummer');
    expect(effectiveSort({ q: '', sort: 'tittel' })).toBe('tittel');
    expect(effectiveSort({ q: 'omsorg' })).toBe('relevans');
  });
});

describe('parseCatalogueState', () => {
  it('reads the query, repeated facet values and the sort', () => {
    const parsed = parseCatalogueState(
      '?q=eldre+omsorg&tema=samordning&tema=forebygging&land=NO&nokkel=power&sort=tittel',
    );
    expect(parsed).toEqual(
      state('eldre omsorg', { tema: ['forebygging', 'samordning'], land: ['NO'], nokkel: ['power'] }, 'tittel'),
    );
  });

  it('accepts a string without «?», URLSearchParams and URL', () => {
    const expected = state('', { fase: ['pilot'] });
    expect(parseCatalogueState('fase=pilot')).toEqual(expected);
    expect(parseCatalogueState(new URLSearchParams('fase=pilot'))).toEqual(expected);
    expect(parseCatalogueState(new URL('https://example.org/katalog/?fase=pilot'))).toEqual(expected);
  });

  it('ignores unknown parameters, unknown sorts and empty values', () => {
    expect(parseCatalogueState('?foo=bar&sort=tilfeldig&tema=&q=&kommune=%20')).toEqual(emptyState());
  });

  it('drops values that are not ids, and duplicates', () => {
    expect(parseCatalogueState('?tema=a&tema=a&tema=<script>&tema=b%20c&tema=-x').filters.tema).toEqual(['a']);
  });

  it('drops unknown ids when the known ids are given', () => {
    const known = { tema: ['samordning'], fase: ['pilot', 'operation'] };
    expect(parseCatalogueState('?tema=samordning&tema=finnes-ikke&fase=drift', known)).toEqual(
      state('', { tema: ['samordning'] }),
    );
  });

  it('trims and collapses the query, and keeps æøå', () => {
    expect(parseCatalogueState('?q=%20%20Pårørende%0A%20støtte%20').q).toBe('Pårørende støtte');
  });

  it('drops a sort that is the default, and relevance without a query', () => {
    expect(parseCatalogueState('?q=omsorg&sort=relevans').sort).toBeUndefined();
    expect(parseCatalogueState('?sort=nummer').sort).toBeUndefined();
    expect(parseCatalogueState('?sort=relevans').sort).toBeUndefined();
    expect(parseCatalogueState('?q=omsorg&sort=nummer').sort).toBe('nummer');
  });
});

describe('serialiseCatalogueState', () => {
  it('writes the empty state as no query string', () => {
    expect(serialiseCatalogueState(emptyState())).toBe('');
    expect(isEmptyState(emptyState())).toBe(true);
  });

  it('writes q, the facets in order and the sort, values sorted', () => {
    const url = serialiseCatalogueState(
      state(
        'eldre omsorg',
        { nokkel: ['power', 'purpose'], tema: ['samordning', 'forebygging'], fase: ['pilot'] },
        'oppdatert',
      ),
    );
    expect(url).toBe(
      '?q=eldre+omsorg&fase=pilot&tema=forebygging&tema=samordning&nokkel=power&nokkel=purpose&sort=oppdatert',
    );
  });

  it('gives the same URL for the same state however it was built', () => {
    const a = serialiseCatalogueState(state(' omsorg ', { tema: ['b', 'a', 'a'] }, 'relevans'));
    const b = serialiseCatalogueState(parseCatalogueState('?tema=a&q=omsorg&tema=b'));
    expect(a).toBe('?q=omsorg&tema=a&tema=b');
    expect(b).toBe(a);
  });

  it('encodes Norwegian letters and reserved characters', () => {
    const url = serialiseCatalogueState(state('pårørende & støtte'));
    expect(url).toBe('?q=p%C3%A5r%C3%B8rende+%26+st%C3%B8tte');
    expect(parseCatalogueState(url).q).toBe('pårørende & støtte');
  });
});

describe('round trip', () => {
  const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/);
  const values = fc.array(id, { maxLength: 4 });
  const arbitraryState = fc.record({
    q: fc.string({
      maxLength: 40,
      unit: fc.constantFrom('a', 'ø', 'Å', ' ', '&', '+', '=', '?', '#', '%', '"', '\n', 'e', '1'),
    }),
    filters: fc.record({
      effekt: values,
      fase: values,
      land: values,
      tema: values,
      malgruppe: values,
      utfordring: values,
      kommune: values,
      partner: values,
      nokkel: values,
    }),
    sort: fc.option(fc.constantFrom(...sortOptions.map((o) => o.value)), { nil: undefined }),
  });

  it('parse(serialise(state)) is the canonical state', () => {
    fc.assert(
      fc.property(arbitraryState, (s) => {
        const canonical = normaliseState(s);
        expect(parseCatalogueState(serialiseCatalogueState(s))).toEqual(canonical);
      }),
    );
  });

  it('serialise(parse(url)) is stable', () => {
    fc.assert(
      fc.property(arbitraryState, (s) => {
        const url = serialiseCatalogueState(s);
        expect(serialiseCatalogueState(parseCatalogueState(url))).toBe(url);
      }),
    );
  });

  it('parses any query string without throwing, into a canonical state', () => {
    const key = fc.constantFrom(
      'q',
      'effekt',
      'fase',
      'land',
      'tema',
      'malgruppe',
      'utfordring',
      'kommune',
      'nokkel',
      'sort',
      'x',
      '',
    );
    const pair = fc.tuple(key, fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 10 }), (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        const parsed = parseCatalogueState(search);
        expect(normaliseState(parsed)).toEqual(parsed);
      }),
    );
  });
});

describe('toggleFilter', () => {
  it('adds and removes a value, keeping the state canonical', () => {
    const on = toggleFilter(emptyState(), 'tema', 'samordning');
    expect(on.filters.tema).toEqual(['samordning']);
    const two = toggleFilter(on, 'tema', 'forebygging');
    expect(two.filters.tema).toEqual(['forebygging', 'samordning']);
    expect(toggleFilter(two, 'tema', 'samordning').filters.tema).toEqual(['forebygging']);
  });
});

describe('facetValuesOf and matchesFilters', () => {
  const level = (n: number) => ({ level: n });
  const entry = {
    phase: 'operation' as const,
    demandEffect: { status: 'expected' as const, text: 'Kilden venter at færre trenger hjemmetjenester.' },
    country: 'NO' as const,
    topics: ['samordning', 'forebygging'],
    targetGroups: ['familier'],
    challenges: ['ungt-utenforskap' as const],
    municipalities: ['lorenskog'],
    partners: [{ id: 'nav', role: 'fagfolk herfra' }, { id: 'lorenskog-kommune' }],
    keys: { purpose: level(2), resources: level(3), power: level(1), relationships: level(0) },
  };

  it('derives the values of every facet, with keys at level 2 or 3', () => {
    expect(facetValuesOf(entry)).toEqual({
      effekt: ['expected'],
      fase: ['operation'],
      land: ['NO'],
      tema: ['forebygging', 'samordning'],
      malgruppe: ['familier'],
      utfordring: ['ungt-utenforskap'],
      kommune: ['lorenskog'],
      partner: ['lorenskog-kommune', 'nav'],
      nokkel: ['purpose', 'resources'],
    });
    for (const key of facetValuesOf(entry).nokkel) expect(keyIds).toContain(key);
  });

  it('gives an entry without a phase the value «not stated», so it can be filtered (L9)', () => {
    expect(facetValuesOf({ ...entry, phase: undefined }).fase).toEqual([NO_PHASE]);
  });

  it('gives the demandEffect status as the effect value', () => {
    expect(facetValuesOf(entry).effekt).toEqual([entry.demandEffect.status]);
    const values = facetValuesOf(entry);
    expect(matchesFilters(values, state('', { effekt: ['expected', 'documented'] }).filters)).toBe(true);
    expect(matchesFilters(values, state('', { effekt: ['documented'] }).filters)).toBe(false);
  });

  it('matches any value within a facet and every facet with a selection', () => {
    const values = facetValuesOf(entry);
    expect(matchesFilters(values, emptyFilters())).toBe(true);
    expect(matchesFilters(values, state('', { tema: ['samordning', 'bolig-og-bomiljo'] }).filters)).toBe(true);
    expect(matchesFilters(values, state('', { tema: ['samordning'], land: ['SE'] }).filters)).toBe(false);
    expect(matchesFilters(values, state('', { nokkel: ['power'] }).filters)).toBe(false);
    expect(matchesFilters(values, state('', { nokkel: ['resources'] }).filters)).toBe(true);
  });
});
