import { describe, expect, it } from 'vitest';
import { ignoredNotice, readCatalogueUrl } from '../../../src/lib/catalogue/url-notice.ts';
import { parseCatalogueState } from '../../../src/lib/catalogue/state.ts';

const known = {
  fase: ['planning', 'implementation', 'pilot', 'operation'],
  land: ['NO', 'DK', 'SE'],
  tema: ['ensomhet-og-fellesskap'],
};

describe('readCatalogueUrl (L1)', () => {
  it('lists unknown parameters, unknown filter values and unknown orders as the link had them', () => {
    const { ignored } = readCatalogueUrl('?fase=planlegging&xyz=1&sort=nyeste&tema=%3Cb%3E&side=3', known);
    expect(ignored).toEqual(['fase=planlegging', 'xyz=1', 'sort=nyeste', 'tema=<b>', 'side=3']);
  });

  it('keeps what is known, so the rest of the link still works', () => {
    const { params, ignored } = readCatalogueUrl('?q=eldre&fase=xyz&fase=pilot&land=NO&sort=tittel', known);
    expect(ignored).toEqual(['fase=xyz']);
    expect(parseCatalogueState(params, known)).toEqual({
      q: 'eldre',
      filters: { ...parseCatalogueState('').filters, fase: ['pilot'], land: ['NO'] },
      sort: 'tittel',
    });
  });

  it('reads a value in the wrong case as the id it spells, without a notice', () => {
    const { params, ignored } = readCatalogueUrl('?land=dk&fase=PILOT', known);
    expect(ignored).toEqual([]);
    expect(parseCatalogueState(params, known).filters.land).toEqual(['DK']);
    expect(parseCatalogueState(params, known).filters.fase).toEqual(['pilot']);
  });

  it('says nothing about empty values, which a submitted form sends', () => {
    expect(readCatalogueUrl('?q=&fase=&sort=', known).ignored).toEqual([]);
  });

  it('quotes a long value shortened, and each piece once', () => {
    const { ignored } = readCatalogueUrl(`?x=${'a'.repeat(300)}&land=danmark&land=danmark`, known);
    expect(ignored[0]!.length).toBeLessThanOrEqual(40);
    expect(ignored[0]!.endsWith('…')).toBe(true);
    expect(ignored.slice(1)).toEqual(['land=danmark']);
  });
});

describe('ignoredNotice', () => {
  it('is empty when nothing was left out', () => {
    expect(ignoredNotice([], true)).toBe('');
  });

  it('names each piece and says what the list below is', () => {
    expect(ignoredNotice(['fase=planlegging'], false)).toBe(
      'Denne delen av lenken finnes ikke i katalogen og er ikke brukt: «fase=planlegging». Her er alle eksemplene.',
    );
    expect(ignoredNotice(['a=1', 'b=2', 'c=3'], true)).toBe(
      'Disse delene av lenken finnes ikke i katalogen og er ikke brukt: «a=1», «b=2» og «c=3». Resten av lenken er brukt.',
    );
  });
});
