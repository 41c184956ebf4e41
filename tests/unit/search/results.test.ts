import { noPhaseLabel } from '../../../src/lib/format/nb.ts';
import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/lib/catalogue/facets.ts';
import {
  compoundTails,
  facetsWithSelection,
  isCloseMatch,
  pagefindFilters,
  queryStopWords,
  rankPartial,
  resultSummary,
  searchTerms,
  toResultCard,
  unmatchedWords,
  zeroCounts,
  type ResultData,
} from '../../../src/lib/search/results.ts';
import { countLabel } from '../../../src/lib/format/nb.ts';
import { facetOptions } from '../../../src/lib/catalogue/facet-options.ts';
import type { FacetVocabularies } from '../../../src/lib/catalogue/facets.ts';
import { orderByList, orderedIds, sortFile, sortPlan } from '../../../src/lib/search/sort.ts';
import { cataloguePageHref, pageCount } from '../../../src/lib/catalogue/pages.ts';

const filters = (set: Partial<Filters>): Filters => ({ ...emptyFilters(), ...set });

describe('pagefindFilters', () => {
  it('asks for any of the values within a facet, every facet with a selection', () => {
    expect(pagefindFilters(filters({ fase: ['pilot', 'operation'], land: ['NO'] }))).toEqual({
      fase: { any: ['pilot', 'operation'] },
      land: { any: ['NO'] },
    });
  });

  it('leaves out empty facets and the facet being counted', () => {
    expect(pagefindFilters(emptyFilters())).toEqual({});
    // The counted facet asks for the entries with none of its values: those a tick would add.
    expect(pagefindFilters(filters({ fase: ['pilot'], land: ['NO'] }), 'fase')).toEqual({
      land: { any: ['NO'] },
      fase: { none: ['pilot'] },
    });
  });
});

describe('sort plans and id lists', () => {
  it('uses Pagefind’s ranking or own order where it can, and a list otherwise', () => {
    expect(sortPlan({ q: 'eldre' })).toEqual({ kind: 'as-is' });
    expect(sortPlan({ q: '' })).toEqual({ kind: 'as-is' });
    expect(sortPlan({ q: 'eldre', sort: 'nummer' })).toEqual({ kind: 'list', key: 'number', descending: false });
    expect(sortPlan({ q: 'eldre', sort: 'tittel' })).toEqual({ kind: 'list', key: 'title', descending: false });
    expect(sortPlan({ q: '', sort: 'oppdatert' })).toEqual({ kind: 'list', key: 'updated', descending: true });
    expect(sortFile('title')).toBe('sort-title.json');
  });

  const pages: { id: string; sorts: Record<string, string> }[] = [
    { id: 'a', sorts: { number: '10', title: 'ørnen', updated: '2024-01-01' } },
    { id: 'b', sorts: { number: '9', title: 'alna', updated: '2025-03-01' } },
    { id: 'c', sorts: { number: '100', title: 'zebra' } },
    { id: 'd', sorts: { number: '9', title: 'alna', updated: '2023-05-05' } },
  ];

  it('orders ids by number as numbers and by text as code points, missing values last, ties stable', () => {
    expect(orderedIds(pages, 'number')).toEqual(['b', 'd', 'a', 'c']);
    expect(orderedIds(pages, 'title')).toEqual(['b', 'd', 'c', 'a']);
    expect(orderedIds(pages, 'updated')).toEqual(['d', 'a', 'b', 'c']);
  });

  it('puts results in list order, reversed when descending, unknown results last', () => {
    const results = [{ id: 'x' }, { id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(orderByList(results, ['c', 'a', 'b'], false).map((r) => r.id)).toEqual(['c', 'a', 'b', 'x']);
    expect(orderByList(results, ['c', 'a', 'b'], true).map((r) => r.id)).toEqual(['b', 'a', 'c', 'x']);
  });
});

describe('facet counts', () => {
  it('lists the facets with a selection', () => {
    expect(facetsWithSelection(filters({ tema: ['a'], kommune: ['b'] }))).toEqual(['tema', 'kommune']);
  });

  it('turns every known count to 0 for a search that found nothing', () => {
    expect(zeroCounts({ fase: { pilot: 2, operation: 1 } })).toEqual({ fase: { pilot: 0, operation: 0 } });
  });
});

const data = (content: string, meta: Record<string, string>): ResultData => ({
  url: '/eksempler/x/',
  content,
  meta,
});

describe('toResultCard', () => {
  it('reads everything a card shows from the result’s meta', () => {
    const card = toResultCard(
      data('…', {
        title: 'Vurderingsteam',
        number: '20',
        summary: 'I Bergen …',
        municipality: 'Bergen',
        phase: 'Regulær drift',
        country: 'Norge',
        effect: 'Forventet',
      }),
    );
    expect(card).toEqual({
      url: '/eksempler/x/',
      title: 'Vurderingsteam',
      number: '20',
      summary: 'I Bergen …',
      municipality: 'Bergen',
      phase: 'Regulær drift',
      country: 'Norge',
      effect: 'Forventet',
    });
  });

  it('falls back sensibly when meta is missing', () => {
    expect(toResultCard(data('…', {}))).toMatchObject({
      title: '/eksempler/x/',
      number: '',
      phase: noPhaseLabel,
      effect: '',
    });
  });
});

describe('searchTerms', () => {
  it('never sends a one-letter word, which would match every page by prefix', () => {
    expect(searchTerms('<b>fet</b>')).toEqual(['fet']);
    expect(searchTerms('e')).toEqual([]);
  });

  it('leaves out the words people type around what they look for', () => {
    expect(searchTerms('Tiltak mot ensomhet blant eldre')).toEqual(['ensomhet', 'eldre']);
    expect(searchTerms('hva gjør andre kommuner for unge?')).toEqual(['kommuner', 'unge']);
  });

  it('keeps the words when nothing else is left, and drops repeats', () => {
    expect(searchTerms('for hvem')).toEqual(['for', 'hvem']);
    expect(searchTerms('eldre Eldre')).toEqual(['eldre']);
    expect(searchTerms('  ')).toEqual([]);
  });

  it('never treats a content word as filler', () => {
    for (const word of ['eldre', 'unge', 'kommune', 'omsorg', 'helse', 'arbeid', 'frivillige'])
      expect(queryStopWords.has(word), word).toBe(false);
  });
});

describe('unmatchedWords (the guard against Pagefind’s short-prefix fallback)', () => {
  it('accepts matches in the content and in meta, including compound parts', () => {
    expect(unmatchedWords('kommunene', data('Kommunen hjelper eldre.', {}))).toEqual([]);
    expect(unmatchedWords('omsorg', data('Ny eldreomsorg.', { nokkelord: 'eldre omsorg' }))).toEqual([]);
    expect(unmatchedWords('eldre omsorg', data('Eldre får omsorg.', {}))).toEqual([]);
  });

  it('rejects a result that only has a short prefix of the word', () => {
    expect(unmatchedWords('omsxyz', data('Det handler om oss.', { title: 'Oss' }))).toEqual(['omsxyz']);
    expect(unmatchedWords('omsorg eldre', data('om eldre', {}))).toEqual(['omsorg']);
  });

  it('checks the words that are sent, not the filler', () => {
    expect(unmatchedWords('tiltak for eldre', data('Eldre.', {}))).toEqual([]);
  });
});

describe('isCloseMatch', () => {
  it('needs all letters but an inflection ending', () => {
    expect(isCloseMatch('fellesskap', data('Nytt fellesskapet.', {}))).toBe(true);
    expect(isCloseMatch('kommunene', data('kommune', {}))).toBe(true);
    expect(isCloseMatch('ellesskap', data('eller', {}))).toBe(false);
  });
});

describe('compoundTails', () => {
  it('tries the endings of a word, longest first, with at least five letters', () => {
    expect(compoundTails('bofellesskap')).toEqual(
      ['fellesskap', 'ellesskap', 'llesskap', 'lesskap', 'esskap', 'sskap', 'skap'].filter((t) => t.length >= 5),
    );
    expect(compoundTails('eldre')).toEqual([]);
  });
});

describe('rankPartial', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('puts pages matching more words first, then by summed score, and leaves out full matches', () => {
    const perWord = [[r('a', 1), r('b', 5), r('full', 9)], [r('c', 2), r('a', 1)], [r('d', 0.5)]];
    expect(rankPartial(perWord, new Set(['full'])).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the first order on ties', () => {
    expect(rankPartial([[r('x', 1), r('y', 1)]]).map((x) => x.id)).toEqual(['x', 'y']);
  });
});

describe('resultSummary', () => {
  it('says how many, for what and with which filters', () => {
    expect(countLabel(1)).toBe('1 eksempel');
    expect(resultSummary(12, { q: 'eldre' })).toBe('12 eksempler for «eldre».');
    expect(resultSummary(1, { q: '', filters: filters({ fase: ['pilot'] }) })).toBe(
      '1 eksempel med filtrene du har valgt.',
    );
    expect(resultSummary(0, { q: 'xyz' })).toBe('Ingen eksempler for «xyz».');
  });

  it('tells what was changed in the search', () => {
    expect(resultSummary(3, { q: 'bofellesskap' }, { replaced: [['bofellesskap', 'fellesskap']] })).toBe(
      '3 eksempler for «bofellesskap». Ingen treff på «bofellesskap», så vi søkte på «fellesskap».',
    );
    expect(resultSummary(2, { q: 'eldre xyz' }, { dropped: ['xyz'], partial: 1 })).toBe(
      '2 eksempler for «eldre xyz». Ingen treff på «xyz», så det ordet er tatt bort. 1 eksempel passer delvis.',
    );
  });
});

describe('facetOptions', () => {
  const entry = (
    phase: 'pilot' | 'operation',
    topics: string[],
    power: number,
    effect: 'documented' | 'expected' | 'none-reported' = 'none-reported',
  ) => ({
    phase,
    demandEffect: { status: effect, text: 'Kilden sier noe om behovet for tjenester.' },
    country: 'NO' as const,
    topics,
    targetGroups: [],
    challenges: [],
    municipalities: ['oslo'],
    partners: [],
    keys: { purpose: { level: 1 }, resources: { level: 0 }, power: { level: power }, relationships: { level: 2 } },
  });
  const terms = (labels: [string, string][]) => Object.fromEntries(labels.map(([id, label]) => [id, { label }]));
  const vocabularies: FacetVocabularies = {
    demandEffectStatuses: terms([
      ['documented', 'Dokumentert'],
      ['expected', 'Forventet'],
      ['none-reported', 'Ikke rapportert'],
    ]),
    phases: terms([
      ['planning', 'Planlegging'],
      ['pilot', 'Pilot'],
      ['operation', 'Drift'],
    ]),
    countries: terms([
      ['NO', 'Norge'],
      ['DK', 'Danmark'],
    ]),
    topics: [
      { id: 'b', label: 'Ørnen' },
      { id: 'a', label: 'Bolig' },
      { id: 'c', label: 'Ubrukt' },
    ],
    targetGroups: [],
    challenges: {},
    municipalities: [{ id: 'oslo', name: 'Oslo' }],
    organisations: [],
    keys: terms([
      ['purpose', 'Formål'],
      ['resources', 'Ressurser'],
      ['power', 'Makt'],
      ['relationships', 'Relasjoner'],
    ]),
  };

  it('lists the values in use with labels and counts, in vocabulary or label order', () => {
    const options = facetOptions(
      [
        entry('pilot', ['a', 'b'], 3, 'expected'),
        entry('operation', ['b'], 1),
        entry('operation', ['b'], 1, 'documented'),
      ],
      vocabularies,
    );
    expect(options.effekt).toEqual([
      { id: 'documented', label: 'Dokumentert', count: 1 },
      { id: 'expected', label: 'Forventet', count: 1 },
      { id: 'none-reported', label: 'Ikke rapportert', count: 1 },
    ]);
    expect(options.fase).toEqual([
      { id: 'pilot', label: 'Pilot', count: 1 },
      { id: 'operation', label: 'Drift', count: 2 },
    ]);
    expect(options.land).toEqual([{ id: 'NO', label: 'Norge', count: 3 }]);
    expect(options.tema).toEqual([
      { id: 'a', label: 'Bolig', count: 1 },
      { id: 'b', label: 'Ørnen', count: 3 },
    ]);
    expect(options.nokkel).toEqual([
      { id: 'power', label: 'Makt', count: 1 },
      { id: 'relationships', label: 'Relasjoner', count: 3 },
    ]);
  });

  it('fails on a value without a label', () => {
    expect(() => facetOptions([entry('pilot', ['ukjent'], 0)], vocabularies)).toThrow(/ukjent/);
  });
});

describe('catalogue pages', () => {
  it('splits the list in pages of 50 with stable addresses', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(29)).toBe(1);
    expect(pageCount(50)).toBe(1);
    expect(pageCount(1000)).toBe(20);
    expect(cataloguePageHref(1)).toBe('/eksempler/');
    expect(cataloguePageHref(3)).toBe('/eksempler/side/3/');
  });
});
