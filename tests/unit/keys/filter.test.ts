import { describe, expect, it } from 'vitest';
import { NO_PHASE } from '../../../src/lib/catalogue/facets.ts';
import {
  diagramFilterQuery,
  emptyFilters,
  isEmptyFilters,
  markerFacetValues,
  markerMatches,
  parseDiagramFilters,
  type MarkerData,
} from '../../../src/lib/keys/filter.ts';

// Marker data as renderKeyDiagramSvg writes it.
const family: MarkerData = {
  phase: 'operation',
  country: 'NO',
  topics: 'samordning barn-og-familie forebygging',
  levels: '{"purpose":2,"resources":3,"power":1,"relationships":2}',
};
const programme: MarkerData = {
  country: 'DK',
  topics: 'samskaping',
  levels: '{"purpose":1,"resources":1,"power":2,"relationships":1}',
};

const filters = (partial: Partial<ReturnType<typeof emptyFilters>>) => ({ ...emptyFilters(), ...partial });

describe('markerFacetValues', () => {
  it('reads phase, country, topics and the keys at level 2 or more', () => {
    const values = markerFacetValues(family);
    expect(values.fase).toEqual(['operation']);
    expect(values.land).toEqual(['NO']);
    expect(values.tema).toEqual(['barn-og-familie', 'forebygging', 'samordning']);
    expect(values.nokkel).toEqual(['purpose', 'relationships', 'resources']);
  });

  it('gives an entry without a phase the «not stated» value, and survives broken or missing levels', () => {
    expect(markerFacetValues(programme).fase).toEqual([NO_PHASE]);
    expect(markerFacetValues({ country: 'SE', levels: 'not json' }).nokkel).toEqual([]);
    expect(markerFacetValues({}).tema).toEqual([]);
  });
});

describe('markerMatches', () => {
  it('matches everything with no filter', () => {
    expect(markerMatches(family, emptyFilters())).toBe(true);
    expect(markerMatches(programme, emptyFilters())).toBe(true);
  });

  it('needs one value per facet (OR) and every chosen facet (AND)', () => {
    expect(markerMatches(family, filters({ fase: ['pilot', 'operation'] }))).toBe(true);
    expect(markerMatches(family, filters({ fase: ['operation'], land: ['DK'] }))).toBe(false);
    expect(markerMatches(programme, filters({ fase: ['operation'] }))).toBe(false);
    expect(markerMatches(family, filters({ tema: ['forebygging'], nokkel: ['power', 'resources'] }))).toBe(true);
  });

  it('counts a key only from level 2', () => {
    expect(markerMatches(family, filters({ nokkel: ['power'] }))).toBe(false);
    expect(markerMatches(programme, filters({ nokkel: ['power'] }))).toBe(true);
  });
});

describe('the URL', () => {
  it('round-trips, in the catalogue format (repeated parameters, values sorted)', () => {
    const chosen = filters({ fase: ['pilot', 'operation'], land: ['DK'], tema: ['samordning'], nokkel: ['power'] });
    const query = diagramFilterQuery(chosen);
    expect(query).toBe('?fase=operation&fase=pilot&land=DK&tema=samordning&nokkel=power');
    expect(parseDiagramFilters(query)).toEqual(
      filters({ fase: ['operation', 'pilot'], land: ['DK'], tema: ['samordning'], nokkel: ['power'] }),
    );
  });

  it('is empty for no filter', () => {
    expect(diagramFilterQuery(emptyFilters())).toBe('');
    expect(isEmptyFilters(parseDiagramFilters(''))).toBe(true);
  });

  it('drops what the diagram cannot show: other facets, the search text and unknown ids', () => {
    const parsed = parseDiagramFilters('?q=ensomhet&malgruppe=eldre&fase=pilot&fase=nope&land=NO', {
      fase: ['pilot', 'operation'],
    });
    expect(parsed).toEqual(filters({ fase: ['pilot'], land: ['NO'] }));
    expect(diagramFilterQuery(parsed)).toBe('?fase=pilot&land=NO');
  });
});
